import { randomUUID } from 'node:crypto';
import type { Logger } from '../../../platform/logger';
import { MAX_PAPER_DECISIONS } from '../../../platform/paperDecisionFeed';
import type { PaperDecisionClient } from '../backend/PaperDecisionClient';
import type { PaperDecisionOutbox } from '../store/PaperDecisionOutbox';

/** How long a taken batch is the relay's before another may send it: above one identity call's bound. */
const LEASE_SECONDS = 30;

/**
 * Relays the outbox of paper-delivery decisions to identity's broker feeds: at once after a
 * decision (kick), and every `pollMs` for what could not be sent (identity down, a crash between
 * the decision and its relay). Logs carry counts only.
 */
export class PaperDecisionRelay {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private again = false;
  private stopped = false;

  constructor(
    private readonly outbox: PaperDecisionOutbox,
    private readonly client: PaperDecisionClient,
    private readonly log: Logger,
    private readonly pollMs: number,
  ) {}

  start(): void {
    this.kick();
    this.timer = setInterval(() => this.kick(), this.pollMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    await this.running;
  }

  /** Relays what is due now; a kick while a relay runs makes it go round once more. */
  kick(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.relayDue()
      .catch((error: unknown) => this.log.warn({ err: error }, 'paper decisions not relayed yet; retried later'))
      .finally(() => {
        this.running = undefined;
        if (this.again) {
          this.again = false;
          this.kick();
        }
      });
  }

  /** Waits until no relay is under way (tests). */
  async idle(): Promise<void> {
    while (this.running) await this.running;
  }

  private async relayDue(): Promise<void> {
    for (;;) {
      const due = await this.outbox.takeDue(MAX_PAPER_DECISIONS, LEASE_SECONDS);
      if (due.length === 0) return;
      const accepted = await this.client.send(due, `paper-decisions-${randomUUID()}`);
      await this.outbox.markRelayed(accepted);
      this.log.info({ relayed: accepted.length }, 'paper decisions relayed to the broker feeds');
      if (due.length < MAX_PAPER_DECISIONS || this.stopped) return;
    }
  }
}
