import { randomUUID } from 'node:crypto';
import type { Database } from '../../../platform/database/Database';
import type { PaperDeliveryStatus } from '../generated/resolvers';
import type { PaperDeliveryRequest } from '../model';

interface RequestRow {
  id: string;
  customer_id: string;
  requested_by_office: string | null;
  reason: string;
  status: PaperDeliveryStatus;
  requested_at: Date;
  decided_at: Date | null;
  decision_note: string | null;
  [column: string]: unknown;
}

const COLUMNS = 'id, customer_id, requested_by_office, reason, status, requested_at, decided_at, decision_note';
const OPEN = `status IN ('PENDING', 'APPROVED')`;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const toRequest = (row: RequestRow): PaperDeliveryRequest => ({
  id: row.id,
  customerId: row.customer_id,
  requestedByOffice: row.requested_by_office,
  reason: row.reason,
  status: row.status,
  requestedAt: row.requested_at,
  decidedAt: row.decided_at,
  decisionNote: row.decision_note,
});

export type Decision = 'APPROVED' | 'REFUSED';

export type DecisionOutcome =
  | { outcome: 'decided'; request: PaperDeliveryRequest }
  | { outcome: 'already-decided'; request: PaperDeliveryRequest }
  | { outcome: 'not-found' };

/** Position of the last request of a page: requested at, id. */
export type RequestPosition = [requestedAt: string, id: string];

/** Paper-delivery requests (docs/requirements.md §3.6) in the documents schema. */
export class PaperRequestStore {
  constructor(private readonly db: Database) {}

  /**
   * Records a pending request, or returns the customer's open (pending or approved) one. The
   * partial unique index decides between concurrent requests; the loser reads the winner's row.
   * A request refused between the two statements closes it, so the insert is tried again.
   */
  async request(
    customerId: string,
    reason: string,
    requestedBy: { subject: string; office: string | null },
  ): Promise<{ request: PaperDeliveryRequest; created: boolean }> {
    for (let attempt = 0; attempt < 3; attempt++) {
      const inserted = await this.db.query<RequestRow>(
        `INSERT INTO documents.paper_delivery_requests (id, customer_id, reason, requested_by, requested_by_office) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (customer_id) WHERE ${OPEN} DO NOTHING
         RETURNING ${COLUMNS}`,
        [randomUUID(), customerId, reason, requestedBy.subject, requestedBy.office],
      );
      if (inserted.rows[0]) return { request: toRequest(inserted.rows[0]), created: true };
      const open = await this.db.query<RequestRow>(
        `SELECT ${COLUMNS} FROM documents.paper_delivery_requests WHERE customer_id = $1 AND ${OPEN}`,
        [customerId],
      );
      if (open.rows[0]) return { request: toRequest(open.rows[0]), created: false };
    }
    throw new Error('A paper-delivery request kept changing while it was recorded.');
  }

  /** Each customer's latest request, whatever its status; customers who never asked are absent. */
  async latestOf(customerIds: readonly string[]): Promise<Map<string, PaperDeliveryRequest>> {
    const { rows } = await this.db.query<RequestRow>(
      `SELECT DISTINCT ON (customer_id) ${COLUMNS} FROM documents.paper_delivery_requests
       WHERE customer_id = ANY($1::text[]) ORDER BY customer_id, requested_at DESC, id DESC`,
      [customerIds],
    );
    return new Map(rows.map((row) => [row.customer_id, toRequest(row)]));
  }

  /**
   * Records support staff's decision on a pending request. The same decision again gives the
   * request as it is; another decision on a decided request changes nothing.
   */
  async decide(id: string, decision: Decision, staffId: string, note: string | null): Promise<DecisionOutcome> {
    if (!UUID.test(id)) return { outcome: 'not-found' };
    // The decision and its outbox row for the broker feeds commit together, or neither does.
    const decided = await this.db.transaction(async (tx) => {
      const updated = await tx.query<RequestRow>(
        `UPDATE documents.paper_delivery_requests SET status = $2, decided_by = $3, decided_at = date_trunc('milliseconds', now()), decision_note = $4
         WHERE id = $1 AND status = 'PENDING' RETURNING ${COLUMNS}`,
        [id, decision, staffId, note],
      );
      const row = updated.rows[0];
      if (!row) return undefined;
      await tx.query(
        `INSERT INTO documents.paper_decision_outbox (id, request_id, customer_id, outcome, decided_at, requested_by_office)
         VALUES ($1, $2, $3, $4, $5, $6)`,
        [
          randomUUID(),
          row.id,
          row.customer_id,
          decision === 'APPROVED' ? 'approved' : 'refused',
          row.decided_at,
          row.requested_by_office,
        ],
      );
      return toRequest(row);
    });
    if (decided) return { outcome: 'decided', request: decided };
    const { rows } = await this.db.query<RequestRow>(
      `SELECT ${COLUMNS} FROM documents.paper_delivery_requests WHERE id = $1`,
      [id],
    );
    const existing = rows[0];
    if (!existing) return { outcome: 'not-found' };
    return { outcome: existing.status === decision ? 'decided' : 'already-decided', request: toRequest(existing) };
  }

  /** The customer a request is about; null for an unknown request. */
  async customerOf(id: string): Promise<string | null> {
    if (!UUID.test(id)) return null;
    const { rows } = await this.db.query<{ customer_id: string }>(
      'SELECT customer_id FROM documents.paper_delivery_requests WHERE id = $1',
      [id],
    );
    return rows[0]?.customer_id ?? null;
  }

  /** Requests with this status, oldest first, `limit` after `after`. */
  async list(
    status: PaperDeliveryStatus,
    limit: number,
    after: RequestPosition | null,
  ): Promise<PaperDeliveryRequest[]> {
    const { rows } = after
      ? await this.db.query<RequestRow>(
          `SELECT ${COLUMNS} FROM documents.paper_delivery_requests WHERE status = $1 AND (requested_at, id) > ($2::timestamptz, $3::uuid)
           ORDER BY requested_at, id LIMIT $4`,
          [status, after[0], after[1], limit],
        )
      : await this.db.query<RequestRow>(
          `SELECT ${COLUMNS} FROM documents.paper_delivery_requests WHERE status = $1 ORDER BY requested_at, id LIMIT $2`,
          [status, limit],
        );
    return rows.map(toRequest);
  }
}
