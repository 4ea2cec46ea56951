import { redisTargetFromConfig } from '../platform/cache/config';
import type { GatewayConfig } from './config';
import { PersistedOperationManifest } from './persistedOperations';
import { DEFAULT_RATE_LIMIT_POLICY } from './rateLimits';
import type { GatewayOptions } from './server';

export type SecurityOptions = Required<
  Pick<GatewayOptions, 'limits' | 'corsOrigins' | 'persistedOperations' | 'rateLimiting'>
>;

/** The gateway's limits, CORS, persisted operations and rate limiting as the environment sets them. */
export function securityOptionsFromConfig(config: GatewayConfig): SecurityOptions {
  const redisTarget = redisTargetFromConfig(config);
  return {
    limits: {
      maxDepth: config.MAX_DEPTH,
      maxAliases: config.MAX_ALIASES,
      maxRootFields: config.MAX_ROOT_FIELDS,
      maxDirectives: config.MAX_DIRECTIVES,
      maxTokens: config.MAX_TOKENS,
      maxCost: config.MAX_COST,
      maxBrokerCost: config.MAX_BROKER_COST,
      maxPageSize: config.MAX_PAGE_SIZE,
      maxStringLength: config.MAX_STRING_LENGTH,
      defaultListSize: config.COST_DEFAULT_LIST_SIZE,
    },
    corsOrigins: config.CORS_ORIGINS,
    persistedOperations: {
      manifest: PersistedOperationManifest.fromFile(config.PERSISTED_OPERATIONS_MANIFEST),
      mode: config.PERSISTED_OPERATIONS,
    },
    rateLimiting: {
      policy: { ...DEFAULT_RATE_LIMIT_POLICY, general: { points: config.RATE_LIMIT_PER_MINUTE, durationSeconds: 60 } },
      ...(redisTarget ? { redis: { ...redisTarget, commandTimeoutMs: config.REDIS_COMMAND_TIMEOUT_MS } } : {}),
      prefix: config.CACHE_PREFIX,
      trustedProxyHops: config.TRUST_PROXY_HOPS,
    },
  };
}

/** What a production operator should hear at start about a weaker-than-recommended setting. */
export function productionWarnings(config: GatewayConfig): string[] {
  if (config.NODE_ENV !== 'production') return [];
  const warnings: string[] = [];
  if (config.PERSISTED_OPERATIONS !== 'safelist')
    warnings.push('PERSISTED_OPERATIONS is not "safelist": customer tokens may run any operation within the limits.');
  if (!config.REDIS_URL && !config.REDIS_CLUSTER_NODES)
    warnings.push('No REDIS_URL: rate limits are counted per gateway process, not across replicas.');
  return warnings;
}
