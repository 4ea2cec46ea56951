import { randomUUID } from 'node:crypto';
import type { Database, Queryable } from '../../../platform/database/Database';

export type WebhookOutcome = 'delivered' | 'http-error' | 'timeout' | 'connection-error';

/** One POST to an office's endpoint, as recorded: never the body sent nor the body answered. */
export interface WebhookAttempt {
  attemptedAt: Date;
  firstPosition: number;
  lastPosition: number;
  /** The answer's HTTP status; null when none came (timeout, connection error). */
  httpStatus: number | null;
  durationMs: number;
  outcome: WebhookOutcome;
}

/** An office's subscription as its broker and the contact centre see it. */
export interface WebhookStatus {
  id: string;
  brokerId: string;
  url: string;
  createdAt: Date;
  /** Up to where the office's feed was delivered (0 before the first delivery). */
  deliveredPosition: number;
  /** The position of the office's latest event (0 before the first). */
  lastPosition: number;
  consecutiveFailures: number;
  /** Deliveries have failed for longer than the bound (24 h by default): attempts go on at the longest interval. */
  failing: boolean;
  /** When the next attempt is due; it is made only when events wait. */
  nextAttemptAt: Date;
  /** The most recent attempts, newest first. */
  attempts: WebhookAttempt[];
}

/** A subscription a worker holds for one delivery turn (until the lease ends or it lets go). */
export interface ClaimedWebhook {
  id: string;
  brokerId: string;
  url: string;
  secretSealed: string;
  deliveredPosition: number;
  /** The last position of the batch being retried, so that a retry carries the same events; null when none is. */
  batchLastPosition: number | null;
  consecutiveFailures: number;
  leaseToken: string;
}

interface StatusRow {
  id: string;
  broker_id: string;
  url: string;
  created_at: Date;
  delivered_position: string;
  last_position: string | null;
  consecutive_failures: number;
  failing: boolean;
  next_attempt_at: Date;
  [column: string]: unknown;
}

interface AttemptRow {
  attempted_at: Date;
  first_position: string;
  last_position: string;
  http_status: number | null;
  duration_ms: number;
  outcome: WebhookOutcome;
  [column: string]: unknown;
}

interface ClaimRow {
  id: string;
  broker_id: string;
  url: string;
  secret_sealed: string;
  delivered_position: string;
  batch_last_position: string | null;
  consecutive_failures: number;
  [column: string]: unknown;
}

/** Attempts kept per subscription: the most recent ones (a day of hourly retries and more). */
const ATTEMPTS_KEPT = 100;

export interface AttemptRecord {
  attemptedAt: Date;
  firstPosition: number;
  lastPosition: number;
  httpStatus: number | null;
  durationMs: number;
  outcome: WebhookOutcome;
}

/**
 * Broker offices' webhook subscriptions and their delivery attempts (docs/mybroker.md#webhooks).
 * One subscription per office. A worker claims due subscriptions with a lease (FOR UPDATE SKIP
 * LOCKED, so replicas never take the same office) and every later write is made under the
 * lease's token: a worker whose lease ran out changes nothing.
 */
export class WebhookStore {
  constructor(private readonly db: Database) {}

  /**
   * Registers (or replaces) the office's endpoint and secret. A new subscription starts after what
   * the office has acknowledged; a replaced one keeps its place in the feed and its attempts, and
   * its failures are forgotten: delivery is due at once.
   */
  async register(brokerId: string, url: string, secretSealed: string): Promise<void> {
    await this.db.query(
      `INSERT INTO identity.broker_webhooks AS w (broker_id, id, url, secret_sealed, delivered_position)
       VALUES ($1, $2, $3, $4, COALESCE((SELECT acknowledged_position FROM identity.broker_feeds WHERE broker_id = $1), 0))
       ON CONFLICT (broker_id) DO UPDATE SET url = EXCLUDED.url, secret_sealed = EXCLUDED.secret_sealed,
         created_at = now(), batch_last_position = NULL, consecutive_failures = 0, failing_since = NULL,
         failing = false, next_attempt_at = now()`,
      [brokerId, randomUUID(), url, secretSealed],
    );
  }

  /** Whether there was a subscription to remove (its attempts go with it; the feed stays). */
  async remove(brokerId: string): Promise<boolean> {
    const { rowCount } = await this.db.query(`DELETE FROM identity.broker_webhooks WHERE broker_id = $1`, [brokerId]);
    return rowCount > 0;
  }

  /** The office's subscription with its `attempts` most recent attempts, or undefined when it has none. */
  async status(brokerId: string, attempts: number): Promise<WebhookStatus | undefined> {
    const { rows } = await this.db.query<StatusRow>(
      `SELECT w.id, w.broker_id, w.url, w.created_at, w.delivered_position, f.last_position, w.consecutive_failures,
              w.failing, w.next_attempt_at
         FROM identity.broker_webhooks w LEFT JOIN identity.broker_feeds f ON f.broker_id = w.broker_id
        WHERE w.broker_id = $1`,
      [brokerId],
    );
    const row = rows[0];
    if (!row) return undefined;
    const recent = await this.db.query<AttemptRow>(
      `SELECT attempted_at, first_position, last_position, http_status, duration_ms, outcome
         FROM identity.broker_webhook_attempts WHERE webhook_id = $1 ORDER BY id DESC LIMIT $2`,
      [row.id, attempts],
    );
    return {
      id: row.id,
      brokerId: row.broker_id,
      url: row.url,
      createdAt: row.created_at,
      deliveredPosition: Number(row.delivered_position),
      lastPosition: Number(row.last_position ?? 0),
      consecutiveFailures: row.consecutive_failures,
      failing: row.failing,
      nextAttemptAt: row.next_attempt_at,
      attempts: recent.rows.map((attempt) => ({
        attemptedAt: attempt.attempted_at,
        firstPosition: Number(attempt.first_position),
        lastPosition: Number(attempt.last_position),
        httpStatus: attempt.http_status,
        durationMs: attempt.duration_ms,
        outcome: attempt.outcome,
      })),
    };
  }

  /** Up to `limit` subscriptions with events waiting whose next attempt is due and nobody holds, oldest due first. */
  async claimDue(limit: number, leaseSeconds: number): Promise<ClaimedWebhook[]> {
    const leaseToken = randomUUID();
    const { rows } = await this.db.query<ClaimRow>(
      `UPDATE identity.broker_webhooks w SET lease_token = $3, lease_until = now() + make_interval(secs => $2)
        WHERE w.broker_id IN (
          SELECT h.broker_id FROM identity.broker_webhooks h JOIN identity.broker_feeds f ON f.broker_id = h.broker_id
           WHERE h.next_attempt_at <= now() AND (h.lease_until IS NULL OR h.lease_until <= now())
             AND f.last_position > h.delivered_position
           ORDER BY h.next_attempt_at LIMIT $1 FOR UPDATE OF h SKIP LOCKED
        )
       RETURNING w.id, w.broker_id, w.url, w.secret_sealed, w.delivered_position, w.batch_last_position, w.consecutive_failures`,
      [limit, leaseSeconds, leaseToken],
    );
    return rows.map((row) => ({
      id: row.id,
      brokerId: row.broker_id,
      url: row.url,
      secretSealed: row.secret_sealed,
      deliveredPosition: Number(row.delivered_position),
      batchLastPosition: row.batch_last_position === null ? null : Number(row.batch_last_position),
      consecutiveFailures: row.consecutive_failures,
      leaseToken,
    }));
  }

  /** Pins the batch about to be sent (its last position), so that its retries carry the same events. False when the lease is lost. */
  async pinBatch(claim: ClaimedWebhook, lastPosition: number): Promise<boolean> {
    const { rowCount } = await this.db.query(
      `UPDATE identity.broker_webhooks SET batch_last_position = $3 WHERE broker_id = $1 AND lease_token = $2`,
      [claim.brokerId, claim.leaseToken, lastPosition],
    );
    return rowCount > 0;
  }

  /**
   * A 2xx: the office's feed is delivered up to the batch's last position, failures are
   * forgotten and the lease runs on for the next batch. False when the lease was lost.
   */
  async recordSuccess(claim: ClaimedWebhook, attempt: AttemptRecord, leaseSeconds: number): Promise<boolean> {
    return this.db.transaction(async (tx) => {
      const { rowCount } = await tx.query(
        `UPDATE identity.broker_webhooks SET delivered_position = GREATEST(delivered_position, $3),
           batch_last_position = NULL, consecutive_failures = 0, failing_since = NULL, failing = false,
           next_attempt_at = now(), lease_until = now() + make_interval(secs => $4)
         WHERE broker_id = $1 AND lease_token = $2`,
        [claim.brokerId, claim.leaseToken, attempt.lastPosition, leaseSeconds],
      );
      if (rowCount === 0) return false;
      await insertAttempt(tx, claim.id, attempt);
      return true;
    });
  }

  /**
   * A failure: one more consecutive failure, the next attempt after `delayMs`, failing once
   * deliveries have failed for `failingAfterSeconds`; the lease ends. The failure count after
   * it, or undefined when the lease was lost.
   */
  async recordFailure(
    claim: ClaimedWebhook,
    attempt: AttemptRecord,
    delayMs: number,
    failingAfterSeconds: number,
  ): Promise<{ failures: number; failing: boolean } | undefined> {
    return this.db.transaction(async (tx) => {
      const { rows } = await tx.query<{ consecutive_failures: number; failing: boolean }>(
        `UPDATE identity.broker_webhooks SET consecutive_failures = consecutive_failures + 1,
           failing_since = COALESCE(failing_since, now()),
           failing = now() - COALESCE(failing_since, now()) >= make_interval(secs => $4),
           next_attempt_at = now() + make_interval(secs => $3::double precision / 1000),
           lease_token = NULL, lease_until = NULL
         WHERE broker_id = $1 AND lease_token = $2
         RETURNING consecutive_failures, failing`,
        [claim.brokerId, claim.leaseToken, delayMs, failingAfterSeconds],
      );
      const row = rows[0];
      if (!row) return undefined;
      await insertAttempt(tx, claim.id, attempt);
      return { failures: row.consecutive_failures, failing: row.failing };
    });
  }

  /** Puts the next attempt off without an attempt made (the secret cannot be read, the audit trail is down). */
  async postpone(claim: ClaimedWebhook, delayMs: number): Promise<void> {
    await this.db.query(
      `UPDATE identity.broker_webhooks SET next_attempt_at = now() + make_interval(secs => $3::double precision / 1000),
         lease_token = NULL, lease_until = NULL
       WHERE broker_id = $1 AND lease_token = $2`,
      [claim.brokerId, claim.leaseToken, delayMs],
    );
  }

  /** Lets go of the subscription (the turn is over); due again at once when more events wait. */
  async release(claim: ClaimedWebhook): Promise<void> {
    await this.db.query(
      `UPDATE identity.broker_webhooks SET lease_token = NULL, lease_until = NULL WHERE broker_id = $1 AND lease_token = $2`,
      [claim.brokerId, claim.leaseToken],
    );
  }
}

async function insertAttempt(tx: Queryable, webhookId: string, attempt: AttemptRecord): Promise<void> {
  await tx.query(
    `INSERT INTO identity.broker_webhook_attempts (webhook_id, attempted_at, first_position, last_position, http_status, duration_ms, outcome)
     VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [
      webhookId,
      attempt.attemptedAt,
      attempt.firstPosition,
      attempt.lastPosition,
      attempt.httpStatus,
      Math.round(attempt.durationMs),
      attempt.outcome,
    ],
  );
  await tx.query(
    `DELETE FROM identity.broker_webhook_attempts WHERE webhook_id = $1 AND id <= (
       SELECT id FROM identity.broker_webhook_attempts WHERE webhook_id = $1 ORDER BY id DESC OFFSET $2 LIMIT 1)`,
    [webhookId, ATTEMPTS_KEPT],
  );
}
