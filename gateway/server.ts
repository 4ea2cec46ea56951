import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import type { TokenVerifier } from '../platform/auth/tokens';
import { DEFAULT_CACHE_PREFIX } from '../platform/cache/config';
import { createRedisClient, type CacheRedisClient, type RedisTarget } from '../platform/cache/redisClient';
import type { Component } from '../platform/component';
import { apolloServerOptions } from '../platform/graphql/apolloOptions';
import { graphqlRouteHandler } from '../platform/graphql/httpHandler';
import { createHttpServer, drainServer, listen, type Route } from '../platform/http';
import type { Logger } from '../platform/logger';
import type { Metrics } from '../platform/metrics';
import { createOperatorEndpoint, Lifecycle, liveRoute, publicReadinessRoute, readinessOf } from '../platform/operator';
import { RateLimiter } from '../platform/rateLimit/RateLimiter';
import { admission } from './admission';
import { graphiqlRoutes } from './graphiql';
import type { GatewayContext } from './context';
import { withCors } from './cors';
import { gatewayReadiness } from './health';
import { costModelFromSdl } from './limits/costModel';
import { operationLimitsPlugin } from './limits/limitsPlugin';
import { DEFAULT_OPERATION_LIMITS, type OperationLimits } from './limits/operationLimits';
import { operationShapeRules } from './limits/validationRules';
import type { SandboxPreload } from './sandbox';
import { PersistedOperationManifest, persistedQueryCache, type PersistedOperationsMode } from './persistedOperations';
import {
  DEFAULT_RATE_LIMIT_POLICY,
  quotasOf,
  rateLimitedRoute,
  strictRateLimitPlugin,
  type RateLimitPolicy,
} from './rateLimits';
import { SubgraphDataSource } from './SubgraphDataSource';
import { watchedSupergraph, type SupergraphWatch } from './supergraphSource';
import { createSubgraphAgent, createUndiciFetcher } from './undiciFetcher';

export interface GatewayOptions {
  /** The composition to serve: the supergraph file's content at start. */
  supergraphSdl: string;
  /** Swap in the file's new content when it changes (SUPERGRAPH_POLL_SECONDS); `supergraphSdl` stays otherwise. */
  supergraphWatch?: SupergraphWatch;
  /** GraphQL URL per subgraph name; overrides the routing URLs in the supergraph. */
  subgraphUrls: Record<string, string>;
  /** Bound on each subgraph call. */
  subgraphTimeoutMs: number;
  tokenVerifier: TokenVerifier;
  log: Logger;
  metrics: Metrics;
  production: boolean;
  maxBodyBytes: number;
  /** Public routes beside /graphql that other parts contribute (e.g. token endpoint, downloads). */
  routes?: Route[];
  /** Operation limits, checked before a query is planned; DEFAULT_OPERATION_LIMITS where not given. */
  limits?: Partial<OperationLimits>;
  /** Origins allowed to call the API from a browser (CORS); none when not given. */
  corsOrigins?: readonly string[];
  /** The registered operations, and whether only they may run (for every caller but brokers' systems). Open with none when not given. */
  persistedOperations?: { manifest: PersistedOperationManifest; mode: PersistedOperationsMode };
  /** Rate limiting; off when not given (index.ts always configures it from the environment). */
  rateLimiting?: RateLimitingOptions;
  /**
   * What Sandbox (at /graphql) and GraphiQL (at /graphiql, graphiql.ts) open with outside
   * production (sandbox.ts); empty when not given. Neither is served in production.
   */
  sandbox?: SandboxPreload;
}

export interface RateLimitingOptions {
  policy?: RateLimitPolicy;
  /** The shared Redis that replicas count in; per-process counting without it. */
  redis?: RedisTarget & { commandTimeoutMs: number };
  /** The deployment's Redis prefix (CACHE_PREFIX) the counters live under; DEFAULT_CACHE_PREFIX when not given. */
  prefix?: string;
  /** Proxies in front of the gateway whose X-Forwarded-For entries are trusted (0: use the socket's address). */
  trustedProxyHops?: number;
  /** How long the start waits for Redis to answer before counting in the process (REDIS_CONNECT_WAIT_MS unless given). */
  redisConnectWaitMs?: number;
}

const REDIS_CONNECT_WAIT_MS = 2_000;

function connectedWithin(redis: CacheRedisClient, ms: number): Promise<void> {
  if (redis.status === 'ready') return Promise.resolve();
  return new Promise((resolve) => {
    const done = (): void => {
      clearTimeout(timer);
      redis.off('ready', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    redis.once('ready', done);
  });
}

/**
 * @apollo/gateway otherwise sends usage metrics of every gateway it builds to Apollo's endpoint,
 * after probing cloud metadata addresses (169.254.169.254 and the like) for the host's identity:
 * an insurer's gateway calls nothing outside its own network. The environment variable is the
 * only switch it reads (in its constructor).
 */
export function disableApolloTelemetry(): void {
  process.env['APOLLO_TELEMETRY_DISABLED'] = 'true';
}

export async function createGateway(options: GatewayOptions): Promise<Component> {
  const { log, metrics, tokenVerifier } = options;
  const agent = createSubgraphAgent();
  const fetcher = createUndiciFetcher(agent, options.subgraphTimeoutMs);
  disableApolloTelemetry();
  const gateway = new ApolloGateway({
    supergraphSdl: options.supergraphWatch
      ? watchedSupergraph({
          ...options.supergraphWatch,
          initialSdl: options.supergraphSdl,
          log,
          metrics,
          check: costModelFromSdl,
        })
      : options.supergraphSdl,
    buildService: ({ name, url }) => {
      const target = options.subgraphUrls[name] ?? url;
      if (!target) throw new Error(`No URL configured for subgraph "${name}".`);
      return new SubgraphDataSource(name, target, fetcher, metrics);
    },
    logger: log.child({ part: 'apollo-gateway' }),
  });

  const limits: OperationLimits = { ...DEFAULT_OPERATION_LIMITS, ...options.limits };
  const persisted = options.persistedOperations ?? {
    manifest: PersistedOperationManifest.empty(),
    mode: 'open' as const,
  };
  const rateLimiting = options.rateLimiting;
  const ratePolicy = rateLimiting?.policy ?? DEFAULT_RATE_LIMIT_POLICY;
  const redis = rateLimiting?.redis
    ? createRedisClient(rateLimiting.redis, { commandTimeoutMs: rateLimiting.redis.commandTimeoutMs })
    : undefined;
  // Counting starts in Redis when it answers at start; a Redis that is down does not hold the gateway back.
  if (redis) await connectedWithin(redis, rateLimiting?.redisConnectWaitMs ?? REDIS_CONNECT_WAIT_MS);
  const limiter = rateLimiting
    ? new RateLimiter({
        quotas: quotasOf(ratePolicy),
        redis,
        prefix: rateLimiting.prefix ?? DEFAULT_CACHE_PREFIX,
        ...(rateLimiting.redis ? { commandTimeoutMs: rateLimiting.redis.commandTimeoutMs } : {}),
      })
    : undefined;

  const routes: Route[] = [];
  const httpServer = createHttpServer({ routes, log, traceAs: 'gateway' });
  const apollo = new ApolloServer<GatewayContext>({
    ...apolloServerOptions<GatewayContext>({
      production: options.production,
      log,
      metrics,
      sandbox: options.sandbox ?? true,
      countStaleParts: true,
      plugins: [
        operationLimitsPlugin<GatewayContext>({
          limits,
          costModel: costModelFromSdl(options.supergraphSdl),
          costModelOf: costModelFromSdl,
          costLimitOf: ({ viewer }) => (viewer.role === 'broker' ? limits.maxBrokerCost : limits.maxCost),
        }),
        ...(limiter ? [strictRateLimitPlugin<GatewayContext>(limiter, ratePolicy)] : []),
      ],
    }),
    gateway,
    parseOptions: { maxTokens: limits.maxTokens },
    validationRules: operationShapeRules(limits),
    persistedQueries: { cache: persistedQueryCache(persisted.manifest, persisted.mode) },
  });
  const lifecycle = new Lifecycle();
  await apollo.start();
  lifecycle.serving();

  const context = admission({
    tokenVerifier,
    log,
    limiter,
    persisted,
    trustedProxyHops: rateLimiting?.trustedProxyHops ?? 0,
  });

  const subgraphs = Object.entries(options.subgraphUrls).map(([name, url]) => ({ name, url }));
  const readiness = readinessOf(lifecycle, gatewayReadiness(subgraphs));
  routes.push(
    {
      method: 'ANY',
      path: '/graphql',
      handler: withCors(
        graphqlRouteHandler<GatewayContext>({ apollo, context, maxBodyBytes: options.maxBodyBytes }),
        new Set(options.corsOrigins ?? []),
      ),
    },
    ...(options.production ? [] : graphiqlRoutes({ preload: options.sandbox, endpoint: '/graphql', log })),
    liveRoute,
    publicReadinessRoute(readiness),
    ...(options.routes ?? []).map((route) =>
      limiter && ratePolicy.publicRoutes && route.method !== 'GET'
        ? { ...route, handler: rateLimitedRoute(route.handler, limiter, rateLimiting?.trustedProxyHops ?? 0) }
        : route,
    ),
  );

  const operator = createOperatorEndpoint({ log, metrics, readiness });

  return {
    name: 'gateway',
    httpServer,
    operator,
    listen: (port, host) => listen(httpServer, port, host),
    async stop(drain) {
      // Readiness says draining (both ports) while the public port drains; the operator port
      // closes last, so probes see the drain. Apollo stops after the drain: its own drain plugin
      // would leave its grace timer running after a clean drain.
      lifecycle.draining();
      await drainServer(httpServer, drain);
      await operator.stop();
      await apollo.stop();
      await agent.close();
      limiter?.close();
      redis?.disconnect();
      await tokenVerifier.close();
    },
  };
}
