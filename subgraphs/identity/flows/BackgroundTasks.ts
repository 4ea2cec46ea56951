import type { Logger } from '../../../platform/logger';

/**
 * Work that must not delay an answer (where the delay itself would tell something) but must
 * not be lost on a clean stop either: stopping waits for what is still running.
 */
export class BackgroundTasks {
  private readonly running = new Set<Promise<void>>();

  constructor(private readonly log: Logger) {}

  run(name: string, task: () => Promise<void>): void {
    const promise = task()
      .catch((error: unknown) => this.log.error({ err: error, task: name }, 'background task failed'))
      .finally(() => this.running.delete(promise));
    this.running.add(promise);
  }

  async drain(): Promise<void> {
    await Promise.all([...this.running]);
  }
}
