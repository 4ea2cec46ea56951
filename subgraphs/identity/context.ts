import type { AuditStore } from '../../platform/audit/AuditStore';
import type { RequestBase } from '../../platform/graphql/subgraphServer';
import type { IdentityFlows } from './flows';
import type { IdentityLoaders } from './loaders';
import type { IdentityReads } from './reads';

export interface IdentityContext extends RequestBase {
  loaders: IdentityLoaders;
  /** Getting in: registration, sign-in, sessions (shared by every request). */
  flows: IdentityFlows;
  /** Registration states and contact changes, batched per request. */
  reads: IdentityReads;
  /** The audit trail identity keeps for every service (platform/audit), read by support staff. */
  auditTrail: AuditStore;
}
