import { RetryBudget } from '../RetryBudget';

describe('RetryBudget', () => {
  const clock = (): { now: () => number; advance(ms: number): void } => {
    let time = 1_700_000_000_000;
    return { now: () => time, advance: (ms) => (time += ms) };
  };

  it('allows retries up to its ratio of recent calls', () => {
    const time = clock();
    const budget = new RetryBudget({ ratio: 0.2, minPerSecond: 0, windowMs: 10_000 }, time.now);
    for (let call = 0; call < 10; call++) budget.recordCall();
    expect(budget.canRetry()).toBe(true);
    budget.recordRetry();
    expect(budget.canRetry()).toBe(true);
    budget.recordRetry();
    expect(budget.canRetry()).toBe(false);
  });

  it('always allows its minimum per second, even without traffic', () => {
    const budget = new RetryBudget({ ratio: 0, minPerSecond: 0.3, windowMs: 10_000 }, clock().now);
    for (let retry = 0; retry < 3; retry++) {
      expect(budget.canRetry()).toBe(true);
      budget.recordRetry();
    }
    expect(budget.canRetry()).toBe(false);
  });

  it('forgets calls and retries older than its window', () => {
    const time = clock();
    const budget = new RetryBudget({ ratio: 0.5, minPerSecond: 0, windowMs: 3_000 }, time.now);
    budget.recordCall();
    budget.recordCall();
    budget.recordRetry();
    expect(budget.canRetry()).toBe(false);
    time.advance(3_000);
    expect(budget.canRetry()).toBe(false);
    budget.recordCall();
    budget.recordCall();
    expect(budget.canRetry()).toBe(true);
  });
});
