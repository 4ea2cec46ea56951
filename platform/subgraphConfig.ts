import { z } from 'zod';
import { auditConfigShape, auditWriterFromConfig } from './audit/config';
import { loadServiceSecret, serviceSecretShape } from './auth/serviceCredential';
import { revocationListFromConfig, tokenConfigShape, tokenVerifierFromConfig } from './auth/config';
import { cacheConfigShape, createCacheStore } from './cache/config';
import { ConfigError, commonConfigShape, env, loadConfig } from './config';
import type { BackendPolicy } from './backend/BackendClient';
import { DEFAULT_RETRY_BUDGET } from './backend/RetryBudget';
import { runComponent, type Component } from './component';
import type { SubgraphParts } from './graphql/subgraphParts';
import { createLogger } from './logger';
import { DEFAULT_MAX_ENTITY_REPRESENTATIONS } from './graphql/entityBatchLimit';
import { createMetrics } from './metrics';
import { SUBGRAPHS, type SubgraphName } from './topology';

export const backendPolicyShape = {
  BACKEND_TIMEOUT_MS: env.positiveInt(3_000),
  BACKEND_RETRIES: env.nonNegativeInt(1),
  BACKEND_MAX_CONCURRENT: env.positiveInt(32),
  /** Retries allowed as a percentage of recent calls (the retry budget). */
  BACKEND_RETRY_BUDGET_PERCENT: z.coerce
    .number()
    .int('must be a whole number')
    .min(0, 'must be 0 to 100')
    .max(100, 'must be 0 to 100')
    .default(20),
  BACKEND_BREAKER_THRESHOLD: env.positiveInt(5),
  BACKEND_BREAKER_HALF_OPEN_MS: env.positiveInt(10_000),
};

const subgraphBaseSchema = z.object({
  ...commonConfigShape,
  ...tokenConfigShape,
  ...cacheConfigShape,
  ...backendPolicyShape,
  ...auditConfigShape,
  ...serviceSecretShape,
  /** Entity representations one request may carry (400 TOO_MANY_REPRESENTATIONS above). */
  MAX_ENTITY_REPRESENTATIONS: env.positiveInt(DEFAULT_MAX_ENTITY_REPRESENTATIONS),
});

/**
 * Loads the variables every subgraph reads plus the subgraph's own (`own`), reporting every bad
 * variable of both in one message: the parts every subgraph is built from, its own configuration,
 * and where it listens.
 */
export async function subgraphPartsFromEnv<S extends z.ZodObject>(
  name: string,
  defaults: { port: number; operatorPort: number },
  own: S,
  source: NodeJS.ProcessEnv = process.env,
): Promise<{ parts: SubgraphParts; config: z.infer<S>; port: number; operatorPort: number; host: string }> {
  const problems: string[] = [];
  const attempt = <T>(load: () => T): T | undefined => {
    try {
      return load();
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      problems.push(...error.message.split('\n').slice(1));
      return undefined;
    }
  };
  const base = attempt(() =>
    loadConfig(
      subgraphBaseSchema.extend({ PORT: env.port(defaults.port), OPERATOR_PORT: env.port(defaults.operatorPort) }),
      source,
    ),
  );
  const config = attempt(() => loadConfig(own, source));
  if (!base || !config) throw new ConfigError(`Invalid configuration:\n${problems.join('\n')}`);
  const log = createLogger({ component: name, level: base.LOG_LEVEL });
  const metrics = createMetrics(name);
  const backendPolicy: Partial<BackendPolicy> = {
    timeoutMs: base.BACKEND_TIMEOUT_MS,
    retries: base.BACKEND_RETRIES,
    maxConcurrent: base.BACKEND_MAX_CONCURRENT,
    breakerThreshold: base.BACKEND_BREAKER_THRESHOLD,
    breakerHalfOpenAfterMs: base.BACKEND_BREAKER_HALF_OPEN_MS,
    retryBudget: { ...DEFAULT_RETRY_BUDGET, ratio: base.BACKEND_RETRY_BUDGET_PERCENT / 100 },
  };
  const production = base.NODE_ENV === 'production';
  const serviceSecret = await loadServiceSecret({ production, configured: base.INTERNAL_SERVICE_SECRET });
  const revocations = revocationListFromConfig(base, log);
  const parts: SubgraphParts = {
    log,
    metrics,
    tokenVerifier: tokenVerifierFromConfig(base, revocations),
    revocations,
    cacheStore: createCacheStore(base, { metrics, log: log.child({ part: 'cache' }) }),
    cachePrefix: base.CACHE_PREFIX,
    backendPolicy,
    maxEntityRepresentations: base.MAX_ENTITY_REPRESENTATIONS,
    production,
    serviceSecret,
    audit: auditWriterFromConfig(base, { serviceSecret, policy: backendPolicy, metrics, log }),
  };
  return { parts, config, port: base.PORT, operatorPort: base.OPERATOR_PORT, host: base.BIND_HOST };
}

/** A subgraph as its index.ts runs it: its own variables, and how it is built from them and the common parts. */
export interface SubgraphEntry<S extends z.ZodObject> {
  /** Also where its default ports come from (platform/topology.ts). */
  name: SubgraphName;
  configSchema: S;
  create(parts: SubgraphParts, config: z.infer<S>): Promise<Component>;
}

/** What a subgraph's index.ts does: build it from the environment and listen (runComponent). */
export function runSubgraph<S extends z.ZodObject>(entry: SubgraphEntry<S>): Promise<void> {
  return runComponent(async () => {
    const defaults = SUBGRAPHS.find((subgraph) => subgraph.name === entry.name);
    if (defaults === undefined) throw new Error(`${entry.name} is not in platform/topology.ts.`);
    const { parts, config, port, operatorPort, host } = await subgraphPartsFromEnv(
      entry.name,
      defaults,
      entry.configSchema,
    );
    return { component: await entry.create(parts, config), port, operatorPort, host, log: parts.log };
  });
}
