import { randomUUID } from 'node:crypto';
import type { AuditWriter } from '../../../../platform/audit/AuditEntry';
import type { Logger } from '../../../../platform/logger';
import type { BrokerFeedStore } from '../../store/BrokerFeedStore';
import type { AttemptRecord, ClaimedWebhook, WebhookStore } from '../../store/WebhookStore';
import { retryDelayMs, type RetrySchedule } from './backoff';
import { webhookBody } from './payload';
import type { WebhookPoster } from './post';
import type { WebhookSecretBox } from './secretBox';
import { webhookHeaders } from './signature';

export interface WebhookDeliverySettings {
  /** How often due subscriptions are looked for. */
  pollMs: number;
  /** Bound on one POST, connecting included (at most 5 s). */
  timeoutMs: number;
  /** Offices delivered to at once by this process: a dead endpoint holds one of them for at most `timeoutMs`. */
  concurrency: number;
  /** Most events in one POST. */
  batchSize: number;
  retry: RetrySchedule;
  /** After failing this long without a success the subscription is marked failing (attempts go on at the cap). */
  failingAfterSeconds: number;
}

export interface WebhookDelivererParts {
  webhooks: WebhookStore;
  feeds: BrokerFeedStore;
  secrets: WebhookSecretBox;
  poster: WebhookPoster;
  /** Where the deliveries are recorded as the office's reads of its customers (as polling the feed is). */
  audit: AuditWriter;
  log: Logger;
  settings: WebhookDeliverySettings;
}

/** Batches one turn delivers to an office before it lets the others go first. */
const BATCHES_PER_TURN = 10;

/**
 * Posts each subscribed office's feed to its endpoint (docs/mybroker.md#webhooks): the events
 * after its delivered position, in order, one POST at a time per office. A 2xx moves the
 * delivered position and counts as the office's acknowledgement; a failure is retried with
 * exponential backoff and full jitter. One deliverer per process; replicas share the offices
 * through leases. Offices are delivered to side by side, at most `concurrency` at once, each POST
 * bounded by `timeoutMs`, so a dead endpoint delays nobody else. Logs carry office ids,
 * positions and statuses only: the events are customers' personal data.
 */
export class WebhookDeliverer {
  private timer: NodeJS.Timeout | undefined;
  private claiming: Promise<void> | undefined;
  private kickAgain = false;
  private readonly inFlight = new Set<Promise<void>>();
  private readonly stopping = new AbortController();
  /** Above the longest turn's single POST and its writes, so a lease never ends while its POST is out. */
  private readonly leaseSeconds: number;

  constructor(private readonly parts: WebhookDelivererParts) {
    this.leaseSeconds = Math.ceil(parts.settings.timeoutMs / 1000) + 30;
  }

  start(): void {
    this.kick();
    this.timer = setInterval(() => this.kick(), this.parts.settings.pollMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    this.timer = undefined;
    this.stopping.abort();
    await this.claiming;
    await Promise.all([...this.inFlight]);
    await this.parts.poster.close();
  }

  /** Claims as many due offices as there are free slots and starts a turn for each; never waits for a POST. */
  kick(): void {
    if (this.stopping.signal.aborted) return;
    if (this.claiming) {
      // New events came while claiming: look again right after, not at the next poll.
      this.kickAgain = true;
      return;
    }
    const free = this.parts.settings.concurrency - this.inFlight.size;
    if (free <= 0) return;
    this.claiming = this.parts.webhooks
      .claimDue(free, this.leaseSeconds)
      .then((claims) => {
        for (const claim of claims) {
          const turn: Promise<void> = this.turn(claim)
            .catch((error: unknown) =>
              this.parts.log.error({ err: error, brokerId: claim.brokerId }, 'webhook delivery turn failed'),
            )
            .finally(() => {
              this.inFlight.delete(turn);
              // A slot is free: an office whose events came meanwhile need not wait for the poll.
              this.kick();
            });
          this.inFlight.add(turn);
        }
      })
      .catch((error: unknown) => this.parts.log.error({ err: error }, 'due webhooks could not be claimed'))
      .finally(() => {
        this.claiming = undefined;
        if (this.kickAgain) {
          this.kickAgain = false;
          this.kick();
        }
      });
  }

  /** Waits until every turn under way has ended (tests). */
  async idle(): Promise<void> {
    // A turn that ends kicks the next claim: wait until neither is left.
    while (this.claiming || this.inFlight.size > 0) {
      await this.claiming;
      await Promise.all([...this.inFlight]);
    }
  }

  /** Delivers batch after batch to one office while they succeed, then lets go of it. */
  private async turn(claim: ClaimedWebhook): Promise<void> {
    let held = true;
    try {
      for (let batch = 0; batch < BATCHES_PER_TURN && !this.stopping.signal.aborted; batch++) {
        const outcome = await this.deliverBatch(claim);
        if (outcome !== 'delivered') {
          held = outcome === 'nothing';
          return;
        }
      }
    } finally {
      if (held) await this.parts.webhooks.release(claim);
    }
  }

  /** One POST of the events after the delivered position; 'delivered' when another batch may follow in this turn. */
  private async deliverBatch(claim: ClaimedWebhook): Promise<'delivered' | 'nothing' | 'let-go'> {
    const { webhooks, feeds, secrets, poster, log, settings } = this.parts;
    const pinned = claim.batchLastPosition;
    const count =
      pinned !== null && pinned > claim.deliveredPosition ? pinned - claim.deliveredPosition : settings.batchSize;
    const { events } = await feeds.page(claim.brokerId, claim.deliveredPosition, Math.min(count, settings.batchSize));
    const first = events[0];
    const last = events.at(-1);
    if (!first || !last) return 'nothing';
    if (pinned !== last.position && !(await webhooks.pinBatch(claim, last.position))) return 'let-go';

    const secret = secrets.open(claim.secretSealed, claim.brokerId);
    if (secret === undefined) {
      log.error({ brokerId: claim.brokerId }, 'webhook secret cannot be read (hashing key changed?): register again');
      await webhooks.postpone(claim, settings.retry.capMs);
      return 'let-go';
    }
    const range = { brokerId: claim.brokerId, from: first.position, to: last.position };
    try {
      await this.recordReads(
        claim,
        events.map((event) => event.customerId),
        range,
      );
    } catch (error) {
      log.error({ err: error, ...range }, 'webhook delivery not sent: the audit trail cannot record it');
      await webhooks.postpone(claim, settings.retry.baseMs);
      return 'let-go';
    }

    const body = webhookBody(claim.brokerId, events);
    const timestamp = Math.floor(Date.now() / 1000);
    const webhookId = `${claim.brokerId}-${first.position}-${last.position}`;
    const attemptedAt = new Date();
    const result = await poster.post(
      claim.url,
      { ...webhookHeaders(secret, webhookId, timestamp, body) },
      body,
      this.stopping.signal,
    );
    const attempt: AttemptRecord = {
      attemptedAt,
      firstPosition: first.position,
      lastPosition: last.position,
      ...result,
    };
    if (result.outcome === 'delivered') {
      // Acknowledged first: should the process stop between the two, the batch is sent again
      // (receivers handle events idempotently by cursor), never left unacknowledged.
      await feeds.acknowledge(claim.brokerId, last.position);
      const held = await webhooks.recordSuccess(claim, attempt, this.leaseSeconds);
      log.info({ ...range, status: result.httpStatus }, 'webhook delivered');
      if (!held) return 'let-go';
      claim.deliveredPosition = last.position;
      claim.batchLastPosition = null;
      claim.consecutiveFailures = 0;
      return 'delivered';
    }
    if (this.stopping.signal.aborted) {
      // Cut short by a stop: not the endpoint's failure; another turn sends it again.
      return 'nothing';
    }
    const delayMs = retryDelayMs(claim.consecutiveFailures + 1, settings.retry);
    const recorded = await webhooks.recordFailure(claim, attempt, delayMs, settings.failingAfterSeconds);
    log.warn(
      {
        ...range,
        status: result.httpStatus,
        outcome: result.outcome,
        failures: recorded?.failures,
        failing: recorded?.failing,
        retryInMs: delayMs,
      },
      'webhook delivery failed',
    );
    return 'let-go';
  }

  /** Each customer of the batch is a read by the office, as when it polls its feed. */
  private async recordReads(
    claim: ClaimedWebhook,
    customerIds: string[],
    range: { brokerId: string; from: number; to: number },
  ): Promise<void> {
    await this.parts.audit.write(
      {
        viewer: { role: 'broker', subject: `webhook:${claim.id}`, brokerId: claim.brokerId },
        authorization: undefined,
        requestId: `webhook-${range.brokerId}-${range.from}-${range.to}-${randomUUID()}`,
        callerRequestId: null,
        operationName: 'BrokerWebhookDelivery',
        service: 'identity',
      },
      [...new Set(customerIds)].map((customerId) => ({
        id: randomUUID(),
        action: 'READ' as const,
        resource: 'BrokerChange',
        customerId,
      })),
    );
  }
}
