import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { tokenConfigShape } from '../platform/auth/config';
import { cacheConfigShape } from '../platform/cache/config';
import { commonConfigShape, env, loadConfig } from '../platform/config';
import { schemaDir } from '../platform/paths';
import { GATEWAY } from '../platform/topology';
import { parseOrigins } from './cors';
import { DEFAULT_OPERATION_LIMITS as LIMITS } from './limits/operationLimits';
import { DEFAULT_MANIFEST_PATH } from './persistedOperations';
import { DEFAULT_GENERAL_QUOTA } from './rateLimits';

const origins = z.string().transform((text, context) => {
  try {
    return parseOrigins(text);
  } catch (error) {
    context.addIssue({
      code: 'custom',
      message: `must be a comma-separated list of origins: ${(error as Error).message}`,
    });
    return z.NEVER;
  }
});

export const gatewayConfigSchema = z.object({
  ...commonConfigShape,
  ...tokenConfigShape,
  GATEWAY_PORT: env.port(GATEWAY.port),
  /** /metrics and the detailed /health/ready, for operators only: never publish this port. */
  OPERATOR_PORT: env.port(GATEWAY.operatorPort),
  SUPERGRAPH_PATH: z.string().default(path.join(schemaDir, 'supergraph.graphql')),
  /** Seconds between looks at SUPERGRAPH_PATH for a new composition to swap in; 0: read once at start. */
  SUPERGRAPH_POLL_SECONDS: env.nonNegativeInt(0),
  IDENTITY_URL: env.url().default('http://127.0.0.1:4001/graphql'),
  LIFE_URL: env.url().default('http://127.0.0.1:4002/graphql'),
  NONLIFE_URL: env.url().default('http://127.0.0.1:4003/graphql'),
  DOCUMENTS_URL: env.url().default('http://127.0.0.1:4004/graphql'),
  SUBGRAPH_TIMEOUT_MS: env.positiveInt(10_000),
  MAX_BODY_BYTES: env.positiveInt(100_000),
  /** Browser origins allowed to call the API (the portal's); none by default. */
  CORS_ORIGINS: origins.default([]),
  /** `safelist`: customers and anonymous callers may run only the operations in the manifest. */
  PERSISTED_OPERATIONS: z.enum(['open', 'safelist'], { message: 'must be open or safelist' }).default('open'),
  PERSISTED_OPERATIONS_MANIFEST: z.string().default(DEFAULT_MANIFEST_PATH),
  MAX_DEPTH: env.positiveInt(LIMITS.maxDepth),
  MAX_ALIASES: env.nonNegativeInt(LIMITS.maxAliases),
  MAX_ROOT_FIELDS: env.positiveInt(LIMITS.maxRootFields),
  MAX_DIRECTIVES: env.nonNegativeInt(LIMITS.maxDirectives),
  MAX_TOKENS: env.positiveInt(LIMITS.maxTokens),
  MAX_COST: env.positiveInt(LIMITS.maxCost),
  /** The cost limit for broker tokens (users and systems), whose portfolio pages ask for more. */
  MAX_BROKER_COST: env.positiveInt(LIMITS.maxBrokerCost),
  MAX_PAGE_SIZE: env.positiveInt(LIMITS.maxPageSize),
  MAX_STRING_LENGTH: env.positiveInt(LIMITS.maxStringLength),
  COST_DEFAULT_LIST_SIZE: env.positiveInt(LIMITS.defaultListSize),
  /** Requests per minute per caller (token subject, or client address when anonymous). */
  RATE_LIMIT_PER_MINUTE: env.positiveInt(DEFAULT_GENERAL_QUOTA.points),
  /** Proxies in front of the gateway that append to X-Forwarded-For (0: use the connection's address). */
  TRUST_PROXY_HOPS: env.nonNegativeInt(0),
  /** Where replicas share their rate-limit counts; per-process counts without it. */
  REDIS_URL: cacheConfigShape.REDIS_URL,
  REDIS_CLUSTER_NODES: cacheConfigShape.REDIS_CLUSTER_NODES,
  REDIS_USERNAME: cacheConfigShape.REDIS_USERNAME,
  REDIS_PASSWORD: cacheConfigShape.REDIS_PASSWORD,
  REDIS_TLS: cacheConfigShape.REDIS_TLS,
  REDIS_COMMAND_TIMEOUT_MS: cacheConfigShape.REDIS_COMMAND_TIMEOUT_MS,
  /** The deployment's namespace in Redis, the same value its subgraphs have: rate-limit counters live under it. */
  CACHE_PREFIX: cacheConfigShape.CACHE_PREFIX,
});

export type GatewayConfig = z.infer<typeof gatewayConfigSchema>;

export function loadGatewayConfig(source: NodeJS.ProcessEnv = process.env): GatewayConfig {
  return loadConfig(gatewayConfigSchema, source);
}

export function readSupergraph(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    throw new Error(`SUPERGRAPH_PATH: cannot read the supergraph at ${file}; run "npm run compose".`);
  }
}
