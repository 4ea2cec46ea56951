import type { Queryable } from '../database/Database';
import type { Role } from '../auth/viewer';
import type { AuditAction, AuditActor, AuditEntry } from './AuditEntry';

/** A stored audit record. */
export interface AuditRecord extends AuditActor {
  id: string;
  /** Its position in the trail: later records have higher positions. */
  seq: string;
  at: Date;
  customerId: string | null;
  action: AuditAction;
  resource: string;
  operationName: string | null;
  /** The gateway's id of the request. */
  requestId: string;
  /** The id the client sent with the request, if any: theirs, not unique. */
  callerRequestId: string | null;
  service: string;
}

interface RecordRow extends Record<string, unknown> {
  id: string;
  seq: string;
  at: Date;
  actor_id: string | null;
  actor_role: Role;
  broker_id: string | null;
  customer_id: string | null;
  action: AuditAction;
  resource: string;
  operation_name: string | null;
  request_id: string;
  caller_request_id: string | null;
  service: string;
}

const toRecord = (row: RecordRow): AuditRecord => ({
  id: row.id,
  seq: row.seq,
  at: row.at,
  actorId: row.actor_id,
  actorRole: row.actor_role,
  brokerId: row.broker_id,
  customerId: row.customer_id,
  action: row.action,
  resource: row.resource,
  operationName: row.operation_name,
  requestId: row.request_id,
  callerRequestId: row.caller_request_id,
  service: row.service,
});

export interface AppendRequest {
  requestId: string;
  callerRequestId: string | null;
  operationName: string | null;
  service: string;
}

/** The audit trail in PostgreSQL (the `audit` schema): appended to, read by customer, never changed. */
export class AuditStore {
  constructor(private readonly db: Queryable) {}

  /** Stores the entries in one statement; an entry whose id is already stored (a retried delivery) is skipped. */
  async append(actor: AuditActor, request: AppendRequest, entries: readonly AuditEntry[]): Promise<void> {
    if (entries.length === 0) return;
    await this.db.query(
      `INSERT INTO audit.records (id, actor_id, actor_role, broker_id, operation_name, request_id, caller_request_id, service, customer_id, action, resource)
       SELECT entry.id, $1, $2, $3, $4, $5, $6, $7, entry.customer_id, entry.action, entry.resource
         FROM unnest($8::uuid[], $9::text[], $10::text[], $11::text[]) AS entry (id, customer_id, action, resource)
       ON CONFLICT (id) DO NOTHING`,
      [
        actor.actorId,
        actor.actorRole,
        actor.brokerId,
        request.operationName,
        request.requestId,
        request.callerRequestId,
        request.service,
        entries.map((entry) => entry.id),
        entries.map((entry) => entry.customerId),
        entries.map((entry) => entry.action),
        entries.map((entry) => entry.resource),
      ],
    );
  }

  /**
   * A customer's records, newest first: `first` of them, older than position `before` when given.
   * Ordered by the column itself: the selected `seq` is its text, which would sort "9" after "10".
   */
  async page(customerId: string, first: number, before?: string): Promise<AuditRecord[]> {
    const { rows } = await this.db.query<RecordRow>(
      `SELECT id::text, seq::text, at, actor_id, actor_role, broker_id, customer_id, action, resource, operation_name, request_id, caller_request_id, service
         FROM audit.records
        WHERE customer_id = $1 AND ($2::bigint IS NULL OR records.seq < $2::bigint)
        ORDER BY records.seq DESC
        LIMIT $3`,
      [customerId, before ?? null, first],
    );
    return rows.map(toRecord);
  }

  /** Every record of one request, oldest first (for tests and investigations by request id). */
  async ofRequest(requestId: string): Promise<AuditRecord[]> {
    const { rows } = await this.db.query<RecordRow>(
      `SELECT id::text, seq::text, at, actor_id, actor_role, broker_id, customer_id, action, resource, operation_name, request_id, caller_request_id, service
         FROM audit.records WHERE request_id = $1 ORDER BY records.seq`,
      [requestId],
    );
    return rows.map(toRecord);
  }
}
