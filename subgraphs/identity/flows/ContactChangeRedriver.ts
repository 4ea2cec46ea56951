import type { Logger } from '../../../platform/logger';
import type { ContactChangeStore } from '../store/ContactChangeStore';
import type { ContactChangeApplier } from './ContactChangeApplier';

export interface ContactChangeRedriverParts {
  events: ContactChangeStore;
  applier: ContactChangeApplier;
  log: Logger;
  /** How long a re-drive holds an event before another replica may take it. */
  leaseSeconds: number;
  /** How often events whose lease ran out are looked for, after the first look at start. */
  intervalMs: number;
}

const BATCH = 20;

/**
 * Finishes contact changes nobody is applying any more: left `applying` by a process that
 * crashed between recording a change and the master's answer, or put off while the master was
 * unavailable. Looks at start, then every `intervalMs`; replicas share the work through leases.
 */
export class ContactChangeRedriver {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;

  constructor(private readonly parts: ContactChangeRedriverParts) {}

  start(): void {
    this.kick();
    this.timer = setInterval(() => this.kick(), this.parts.intervalMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    this.timer = undefined;
    await this.running;
  }

  /** One pass over every abandoned event, batch by batch, until none is left or the master is unavailable. */
  async runOnce(): Promise<number> {
    const { events, applier, leaseSeconds } = this.parts;
    let applied = 0;
    for (;;) {
      const batch = await events.claimAbandoned(BATCH, leaseSeconds);
      for (const [index, event] of batch.entries()) {
        const outcome = await applier.apply(event, `redrive-${event.id}`);
        if (outcome === 'applied') applied++;
        if (outcome === 'pending') {
          // The master is unavailable: the rest waits for the next pass, not for its lease.
          await Promise.all(batch.slice(index + 1).map((rest) => events.release(rest.id)));
          return applied;
        }
      }
      if (batch.length < BATCH) return applied;
    }
  }

  private kick(): void {
    if (this.running) return;
    this.running = this.runOnce()
      .then((applied) => {
        if (applied > 0) this.parts.log.info({ applied }, 'contact changes re-driven to the customer master');
      })
      .catch((error: unknown) => this.parts.log.error({ err: error }, 'contact change re-drive failed'))
      .finally(() => {
        this.running = undefined;
      });
  }
}
