import type { Role, Viewer } from '../auth/viewer';

/**
 * What the audit trail records: who (from the verified token), about which customer, what kind
 * of access, in which request. Never the data that was read nor the input that was sent.
 */

export const AUDIT_ACTIONS = ['READ', 'MUTATION'] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** One thing a service reports: a read of a customer's data, or a mutation asked for. */
export interface AuditEntry {
  /** Unique per entry, so a delivery that is retried is stored once. */
  id: string;
  action: AuditAction;
  /** What was read (a type name, e.g. `LifeContract`) or which mutation (e.g. `Mutation.signIn`). */
  resource: string;
  /** The customer (party) concerned; null for a mutation whose customer is not known before it runs. */
  customerId: string | null;
}

/** The request an entry belongs to, as the service that reports it knows it. */
export interface AuditedRequest {
  /** Verified from the access token; the actor is always taken from it. */
  viewer: Viewer;
  /** The caller's Authorization header, for a writer that delivers to another service (which verifies it again). */
  authorization: string | undefined;
  /** The gateway's id of the request: unique, what the trail is searched by. */
  requestId: string;
  /** The id the client sent with it, if any: recorded as theirs (any client may send any id). */
  callerRequestId: string | null;
  /** The client's operation name, when it has one. */
  operationName: string | null;
  /** The service that decided the access (identity, life, nonlife, documents). */
  service: string;
}

/** Who acted, as stored. */
export interface AuditActor {
  actorId: string | null;
  actorRole: Role;
  brokerId: string | null;
}

export function actorOf(viewer: Viewer): AuditActor {
  switch (viewer.role) {
    case 'anonymous':
      return { actorId: null, actorRole: 'anonymous', brokerId: null };
    case 'broker':
      return { actorId: viewer.subject, actorRole: 'broker', brokerId: viewer.brokerId };
    default:
      return { actorId: viewer.subject, actorRole: viewer.role, brokerId: null };
  }
}

/** Stores audit entries. A rejection means they were not stored: the caller then refuses what it was about to do. */
export interface AuditWriter {
  write(request: AuditedRequest, entries: readonly AuditEntry[]): Promise<void>;
  close(): Promise<void>;
}
