import { randomUUID } from 'node:crypto';
import type { Database } from '../../../platform/database/Database';
import type { DocumentRequestStatus, DocumentType } from '../generated/resolvers';
import type { DocumentRequest, DocumentRequesterRole } from '../model';

interface RequestRow {
  id: string;
  customer_id: string;
  contract_number: string;
  document_type: DocumentType;
  year: number;
  note: string | null;
  status: DocumentRequestStatus;
  requested_by_role: DocumentRequesterRole;
  requested_by_office: string | null;
  requested_at: Date;
  decided_at: Date | null;
  decision_note: string | null;
  [column: string]: unknown;
}

const COLUMNS =
  'id, customer_id, contract_number, document_type, year, note, status, requested_by_role, requested_by_office, requested_at, decided_at, decision_note';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const toRequest = (row: RequestRow): DocumentRequest => ({
  id: row.id,
  customerId: row.customer_id,
  contractNumber: row.contract_number,
  type: row.document_type,
  year: Number(row.year),
  note: row.note,
  status: row.status,
  requestedByRole: row.requested_by_role,
  requestedByOffice: row.requested_by_office,
  requestedAt: row.requested_at,
  decidedAt: row.decided_at,
  decisionNote: row.decision_note,
});

/** The document asked for, already checked (documentRequestInput.ts). */
export interface AskedDocument {
  customerId: string;
  contractNumber: string;
  type: DocumentType;
  year: number;
  note: string | null;
}

/** Who asks: the token's subject and role, and the office when a broker asks. */
export interface DocumentRequester {
  subject: string;
  role: DocumentRequesterRole;
  office: string | null;
}

export type DocumentDecision = 'SENT_BY_EMAIL' | 'REFUSED';

export type DocumentDecisionOutcome =
  | { outcome: 'decided'; request: DocumentRequest }
  | { outcome: 'already-decided'; request: DocumentRequest }
  /** A refusal of a pending request without a note: nothing recorded. */
  | { outcome: 'note-required' }
  | { outcome: 'not-found' };

/** Position of the last request of a page: requested at, id. */
export type DocumentRequestPosition = [requestedAt: string, id: string];

/** Requests for documents that are not in the customer zone, in the documents schema. */
export class DocumentRequestStore {
  constructor(private readonly db: Database) {}

  /**
   * Records a pending request, or returns the pending one for the same customer, contract, type
   * and year. The partial unique index decides between concurrent requests; the loser reads the
   * winner's row. A request decided between the two statements is no longer pending, so the insert
   * is tried again.
   */
  async request(
    asked: AskedDocument,
    requestedBy: DocumentRequester,
  ): Promise<{ request: DocumentRequest; created: boolean }> {
    const key = [asked.customerId, asked.contractNumber, asked.type, asked.year] as const;
    for (let attempt = 0; attempt < 3; attempt++) {
      const inserted = await this.db.query<RequestRow>(
        `INSERT INTO documents.document_requests
           (id, customer_id, contract_number, document_type, year, note, requested_by, requested_by_role, requested_by_office)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
         ON CONFLICT (customer_id, contract_number, document_type, year) WHERE status = 'PENDING' DO NOTHING
         RETURNING ${COLUMNS}`,
        [randomUUID(), ...key, asked.note, requestedBy.subject, requestedBy.role, requestedBy.office],
      );
      if (inserted.rows[0]) return { request: toRequest(inserted.rows[0]), created: true };
      const pending = await this.db.query<RequestRow>(
        `SELECT ${COLUMNS} FROM documents.document_requests
         WHERE customer_id = $1 AND contract_number = $2 AND document_type = $3 AND year = $4 AND status = 'PENDING'`,
        [...key],
      );
      if (pending.rows[0]) return { request: toRequest(pending.rows[0]), created: false };
    }
    throw new Error('A document request kept changing while it was recorded.');
  }

  /** Each customer's requests, newest first; customers who never asked get an empty list. */
  async ofCustomers(customerIds: readonly string[]): Promise<Map<string, DocumentRequest[]>> {
    const { rows } = await this.db.query<RequestRow>(
      `SELECT ${COLUMNS} FROM documents.document_requests
       WHERE customer_id = ANY($1::text[]) ORDER BY customer_id, requested_at DESC, id DESC`,
      [customerIds],
    );
    const byCustomer = new Map<string, DocumentRequest[]>(customerIds.map((id) => [id, []]));
    for (const row of rows) byCustomer.get(row.customer_id)?.push(toRequest(row));
    return byCustomer;
  }

  /**
   * Records support staff's decision on a pending request. The same decision again gives the
   * request as it is; another decision on a decided request changes nothing. A refusal needs a
   * note: without one a pending request stays as it is (`note-required`).
   */
  async decide(
    id: string,
    decision: DocumentDecision,
    staffId: string,
    note: string | null,
  ): Promise<DocumentDecisionOutcome> {
    if (!UUID.test(id)) return { outcome: 'not-found' };
    if (decision !== 'REFUSED' || note !== null) {
      const updated = await this.db.query<RequestRow>(
        `UPDATE documents.document_requests SET status = $2, decided_by = $3, decided_at = date_trunc('milliseconds', now()), decision_note = $4
         WHERE id = $1 AND status = 'PENDING' RETURNING ${COLUMNS}`,
        [id, decision, staffId, note],
      );
      if (updated.rows[0]) return { outcome: 'decided', request: toRequest(updated.rows[0]) };
    }
    const { rows } = await this.db.query<RequestRow>(
      `SELECT ${COLUMNS} FROM documents.document_requests WHERE id = $1`,
      [id],
    );
    const existing = rows[0];
    if (!existing) return { outcome: 'not-found' };
    if (existing.status === 'PENDING') return { outcome: 'note-required' };
    return { outcome: existing.status === decision ? 'decided' : 'already-decided', request: toRequest(existing) };
  }

  /** The customer a request is about; null for an unknown request. */
  async customerOf(id: string): Promise<string | null> {
    if (!UUID.test(id)) return null;
    const { rows } = await this.db.query<{ customer_id: string }>(
      'SELECT customer_id FROM documents.document_requests WHERE id = $1',
      [id],
    );
    return rows[0]?.customer_id ?? null;
  }

  /** Requests with this status, oldest first, `limit` after `after`. */
  async list(
    status: DocumentRequestStatus,
    limit: number,
    after: DocumentRequestPosition | null,
  ): Promise<DocumentRequest[]> {
    const { rows } = after
      ? await this.db.query<RequestRow>(
          `SELECT ${COLUMNS} FROM documents.document_requests WHERE status = $1 AND (requested_at, id) > ($2::timestamptz, $3::uuid)
           ORDER BY requested_at, id LIMIT $4`,
          [status, after[0], after[1], limit],
        )
      : await this.db.query<RequestRow>(
          `SELECT ${COLUMNS} FROM documents.document_requests WHERE status = $1 ORDER BY requested_at, id LIMIT $2`,
          [status, limit],
        );
    return rows.map(toRequest);
  }
}
