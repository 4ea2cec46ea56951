import { encodeCursor } from '../../platform/audit/cursor';
import type { AuditRecord as StoredAuditRecord } from '../../platform/audit/AuditStore';
import type { AuditActorRole, AuditRecord } from './generated/resolvers';

const ROLES: Record<StoredAuditRecord['actorRole'], AuditActorRole> = {
  anonymous: 'ANONYMOUS',
  customer: 'CUSTOMER',
  broker: 'BROKER',
  support: 'SUPPORT',
};

/** A stored record as the schema shows it, for the customer it was listed for. */
export function toAuditRecordView(record: StoredAuditRecord, customerId: string): AuditRecord {
  return {
    id: record.id,
    cursor: encodeCursor(record.seq),
    at: record.at.toISOString(),
    actorId: record.actorId,
    actorRole: ROLES[record.actorRole],
    brokerId: record.brokerId,
    customerId: record.customerId ?? customerId,
    action: record.action,
    resource: record.resource,
    operationName: record.operationName,
    requestId: record.requestId,
    callerRequestId: record.callerRequestId,
    service: record.service,
  };
}
