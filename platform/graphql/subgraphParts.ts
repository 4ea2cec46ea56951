import type { AuditWriter } from '../audit/AuditEntry';
import type { BackendPolicy } from '../backend/BackendClient';
import type { RevocationList } from '../auth/revocations';
import type { TokenVerifier } from '../auth/tokens';
import type { CacheStore } from '../cache/CacheStore';
import { RecordCache } from '../cache/RecordCache';
import type { Logger } from '../logger';
import type { Metrics } from '../metrics';

/**
 * The one contract of every subgraph factory (`create<Name>Subgraph`): what it is built from, by
 * `subgraphPartsFromEnv` in a process or by a test; each subgraph's options add its own.
 */
export interface SubgraphParts {
  log: Logger;
  metrics: Metrics;
  /** Checks tokens against `revocations` too, and closes them when the subgraph stops. */
  tokenVerifier: TokenVerifier;
  /** The process's list of ended sessions (identity adds to it; every verifier checks it). */
  revocations: RevocationList;
  cacheStore: CacheStore;
  cachePrefix: string;
  production: boolean;
  backendPolicy?: Partial<BackendPolicy>;
  /** Entity representations one request may carry (DEFAULT_MAX_ENTITY_REPRESENTATIONS unless given). */
  maxEntityRepresentations?: number;
  /** The clock cache freshness is judged by; tests move it to age entries. */
  clock?: () => number;
  /** The subgraphs' shared credential for identity's internal routes (platform/auth/serviceCredential.ts). */
  serviceSecret: Buffer;
  /** Where broker and staff reads and mutations are recorded (identity keeps its own trail and ignores this). */
  audit?: AuditWriter;
}

/** The subgraph's read-through cache, its entries namespaced by the subgraph's name. */
export function recordCacheFor(parts: SubgraphParts, namespace: string): RecordCache {
  return new RecordCache({
    store: parts.cacheStore,
    namespace,
    keyPrefix: parts.cachePrefix,
    metrics: parts.metrics,
    log: parts.log.child({ part: 'cache' }),
    ...(parts.clock ? { now: parts.clock } : {}),
  });
}
