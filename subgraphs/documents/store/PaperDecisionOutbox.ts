import type { Database } from '../../../platform/database/Database';
import type { PaperDecision } from '../../../platform/paperDecisionFeed';

interface OutboxRow {
  id: string;
  customer_id: string;
  outcome: 'approved' | 'refused';
  decided_at: Date;
  requested_by_office: string | null;
  recorded_at: Date;
  [column: string]: unknown;
}

/**
 * Decisions on paper requests that the broker feeds must get (written by PaperRequestStore.decide
 * in the decision's transaction), until identity has taken them. A relay takes a batch with a
 * lease (next_attempt_at pushed forward, FOR UPDATE SKIP LOCKED so replicas take different rows)
 * and marks what identity accepted; what it did not is due again when the lease ends.
 */
export class PaperDecisionOutbox {
  constructor(private readonly db: Database) {}

  /** Up to `limit` decisions not yet relayed and due, oldest first, leased for `leaseSeconds`. */
  async takeDue(limit: number, leaseSeconds: number): Promise<PaperDecision[]> {
    const { rows } = await this.db.query<OutboxRow>(
      `UPDATE documents.paper_decision_outbox o SET attempts = o.attempts + 1,
         next_attempt_at = now() + make_interval(secs => $2)
       WHERE o.id IN (
         SELECT id FROM documents.paper_decision_outbox
          WHERE relayed_at IS NULL AND next_attempt_at <= now()
          ORDER BY recorded_at, id LIMIT $1 FOR UPDATE SKIP LOCKED)
       RETURNING o.id, o.customer_id, o.outcome, o.decided_at, o.requested_by_office, o.recorded_at`,
      [limit, leaseSeconds],
    );
    return (
      rows
        // RETURNING keeps no order: the feeds get the decisions in the order they were made.
        .sort((a, b) => a.recorded_at.getTime() - b.recorded_at.getTime())
        .map((row) => ({
          id: row.id,
          customerId: row.customer_id,
          outcome: row.outcome,
          decidedAt: row.decided_at.toISOString(),
          requestedByOffice: row.requested_by_office,
        }))
    );
  }

  /** Identity took these. */
  async markRelayed(ids: readonly string[]): Promise<void> {
    if (ids.length === 0) return;
    await this.db.query(
      `UPDATE documents.paper_decision_outbox SET relayed_at = now() WHERE id = ANY($1::uuid[]) AND relayed_at IS NULL`,
      [ids],
    );
  }

  /** How many decisions wait to be relayed (the health of the relay, for tests and metrics). */
  async waiting(): Promise<number> {
    const { rows } = await this.db.query<{ count: string }>(
      `SELECT count(*) AS count FROM documents.paper_decision_outbox WHERE relayed_at IS NULL`,
    );
    return Number(rows[0]?.count ?? 0);
  }
}
