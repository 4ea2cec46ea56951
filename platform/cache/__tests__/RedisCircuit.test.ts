import { setTimeout as sleep } from 'node:timers/promises';
import { RedisCircuit } from '../RedisCircuit';

const original = {
  add: EventTarget.prototype.addEventListener,
  remove: EventTarget.prototype.removeEventListener,
};

/**
 * The most abort listeners any one signal held at once while `work` ran. Node warns
 * (MaxListenersExceededWarning) past ten, on a later tick and to the process, not to the test, so
 * the test counts them itself.
 */
async function mostAbortListeners(work: () => Promise<unknown>): Promise<number> {
  const add = jest.spyOn(EventTarget.prototype, 'addEventListener');
  const remove = jest.spyOn(EventTarget.prototype, 'removeEventListener');
  const held = new Map<EventTarget, number>();
  let most = 0;
  add.mockImplementation(function (this: EventTarget, type, ...rest) {
    if (type === 'abort') {
      held.set(this, (held.get(this) ?? 0) + 1);
      most = Math.max(most, held.get(this) ?? 0);
    }
    return original.add.call(this, type, ...rest);
  });
  remove.mockImplementation(function (this: EventTarget, type, ...rest) {
    if (type === 'abort') held.set(this, (held.get(this) ?? 1) - 1);
    return original.remove.call(this, type, ...rest);
  });
  try {
    await work();
  } finally {
    add.mockRestore();
    remove.mockRestore();
  }
  return most;
}

describe('RedisCircuit', () => {
  it('runs many operations at once without piling listeners on one shared signal', async () => {
    const circuit = new RedisCircuit({ timeoutMs: 5_000, threshold: 5, halfOpenAfterMs: 1_000 }, async () => 'PONG');
    let answers: number[] = [];
    // Thirty in flight together, as a busy subgraph's loaders issue them: each used to add an abort
    // listener to one never-aborted signal shared by all.
    const most = await mostAbortListeners(async () => {
      answers = await Promise.all(
        Array.from({ length: 30 }, (_, index) =>
          circuit.run('get', async () => {
            await sleep(20);
            return index;
          }),
        ),
      );
    });
    circuit.close();
    expect(answers).toEqual(Array.from({ length: 30 }, (_, index) => index));
    expect(most).toBeLessThanOrEqual(2);
  });
});
