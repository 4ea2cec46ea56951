import type { BackendPolicy } from '../backend/BackendClient';
import type { TokenVerifier } from '../auth/tokens';
import type { CacheStore } from '../cache/CacheStore';
import type { Logger } from '../logger';
import type { Metrics } from '../metrics';

/** What every subgraph factory is given, by its index.ts from the environment or by a test. */
export interface SubgraphParts {
  log: Logger;
  metrics: Metrics;
  tokenVerifier: TokenVerifier;
  cacheStore: CacheStore;
  cachePrefix: string;
  production: boolean;
  backendPolicy?: Partial<BackendPolicy>;
}
