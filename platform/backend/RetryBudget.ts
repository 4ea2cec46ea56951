export interface RetryBudgetSettings {
  /** Retries allowed per call made, e.g. 0.2: at most one retry for every five calls. */
  ratio: number;
  /** Retries always allowed per second, so a quiet backend still gets its occasional retry. */
  minPerSecond: number;
  /** The sliding window calls and retries are counted over. */
  windowMs: number;
}

export const DEFAULT_RETRY_BUDGET: RetryBudgetSettings = { ratio: 0.2, minPerSecond: 2, windowMs: 10_000 };

/** Seconds a window is divided into; old seconds fall out as time moves. */
const SLOT_MS = 1_000;

/**
 * Caps retries to a share of recent traffic (as gRPC and Finagle do): when a backend fails for
 * everyone, retries would multiply its load exactly when it can least take it, so beyond the
 * budget a failed call fails at once.
 */
export class RetryBudget {
  private readonly slots: Array<{ second: number; calls: number; retries: number }> = [];

  constructor(
    private readonly settings: RetryBudgetSettings = DEFAULT_RETRY_BUDGET,
    private readonly now: () => number = Date.now,
  ) {}

  /** Counts a first attempt. */
  recordCall(): void {
    this.current().calls++;
  }

  /** Whether one more retry fits the budget now. */
  canRetry(): boolean {
    const { calls, retries } = this.totals();
    const floor = (this.settings.minPerSecond * this.settings.windowMs) / 1_000;
    return retries < Math.max(floor, calls * this.settings.ratio);
  }

  /** Counts a retry that is being made. */
  recordRetry(): void {
    this.current().retries++;
  }

  private current(): { second: number; calls: number; retries: number } {
    const second = Math.floor(this.now() / SLOT_MS);
    this.prune(second);
    const last = this.slots[this.slots.length - 1];
    if (last && last.second === second) return last;
    const slot = { second, calls: 0, retries: 0 };
    this.slots.push(slot);
    return slot;
  }

  private totals(): { calls: number; retries: number } {
    this.prune(Math.floor(this.now() / SLOT_MS));
    return this.slots.reduce((sum, slot) => ({ calls: sum.calls + slot.calls, retries: sum.retries + slot.retries }), {
      calls: 0,
      retries: 0,
    });
  }

  private prune(second: number): void {
    const oldest = second - Math.ceil(this.settings.windowMs / SLOT_MS) + 1;
    while (this.slots.length > 0 && (this.slots[0] as { second: number }).second < oldest) this.slots.shift();
  }
}
