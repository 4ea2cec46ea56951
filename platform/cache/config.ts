import { z } from 'zod';
import { ConfigError, env } from '../config';
import type { Logger } from '../logger';
import type { Metrics } from '../metrics';
import { DEFAULT_NEAR_CACHE } from './NearCache';
import { DEFAULT_FILL_LOCK, type CacheStore } from './CacheStore';
import { MemoryCacheStore } from './MemoryCacheStore';
import { RedisCacheStore } from './RedisCacheStore';
import type { RedisTarget } from './redisClient';
import { DEFAULT_REDIS_CIRCUIT } from './RedisCircuit';

/** CACHE_PREFIX when it is not set. */
export const DEFAULT_CACHE_PREFIX = 'cg1';

const hostPort = /^(?<host>[A-Za-z0-9.-]+|\[[0-9A-Fa-f:]+\]):(?<port>\d{1,5})$/;

/** "host:port,host:port" → seed nodes of a Redis Cluster. */
export const clusterNodesSchema = z.string().transform((text, context) => {
  const nodes: Array<{ host: string; port: number }> = [];
  for (const part of text
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean)) {
    const match = hostPort.exec(part);
    const port = Number(match?.groups?.['port']);
    if (!match || port < 1 || port > 65535) {
      context.addIssue({ code: 'custom', message: 'must be host:port pairs separated by commas' });
      return z.NEVER;
    }
    nodes.push({ host: (match.groups?.['host'] ?? '').replace(/^\[|\]$/g, ''), port });
  }
  if (nodes.length === 0) {
    context.addIssue({ code: 'custom', message: 'must name at least one host:port' });
    return z.NEVER;
  }
  return nodes;
});

export const cacheConfigShape = {
  /** Unset (and no cluster): an in-process LRU (fine for one process, not shared between replicas). */
  REDIS_URL: z.url('must be a redis:// URL').optional(),
  /** Seed nodes of a Redis Cluster, "host:port,host:port"; used instead of REDIS_URL. */
  REDIS_CLUSTER_NODES: clusterNodesSchema.optional(),
  /** ACL user and password of the cluster's nodes (a standalone Redis takes them in REDIS_URL). */
  REDIS_USERNAME: z.string().min(1).optional(),
  REDIS_PASSWORD: z.string().min(1).optional(),
  /** TLS to the cluster's nodes (a standalone Redis: rediss:// in REDIS_URL). */
  REDIS_TLS: env.flag(false),
  /**
   * The deployment's namespace in Redis: the prefix of every key it writes there (cache entries,
   * fill locks, tags, rate-limit counters), different for every deployment sharing a Redis. Bump
   * its version to abandon every entry at once.
   */
  CACHE_PREFIX: z
    .string()
    .regex(/^[\w.-]{1,40}$/, 'letters, digits, dot, dash or underscore')
    .default(DEFAULT_CACHE_PREFIX),
  /** Bound on each Redis command: what a slow Redis can add to a request. */
  REDIS_COMMAND_TIMEOUT_MS: env.positiveInt(150),
  /** Consecutive Redis failures after which the cache is skipped altogether. */
  REDIS_BREAKER_THRESHOLD: env.positiveInt(DEFAULT_REDIS_CIRCUIT.threshold),
  /** How long Redis is skipped before one command tests it again. */
  REDIS_BREAKER_HALF_OPEN_MS: env.positiveInt(DEFAULT_REDIS_CIRCUIT.halfOpenAfterMs),
  /** Lifetime of a fill lock: longer than the slowest backend call. */
  CACHE_LOCK_TTL_MS: env.positiveInt(DEFAULT_FILL_LOCK.ttlMs),
  /** How long a reader waits for another replica's fill of the same key before fetching itself. */
  CACHE_LOCK_WAIT_MS: env.nonNegativeInt(DEFAULT_FILL_LOCK.waitMs),
  MEMORY_CACHE_ENTRIES: env.positiveInt(100_000),
  /** Hot entries each process keeps in memory in front of Redis (docs/operations.md#cache-and-resilience); 0 turns it off. */
  NEAR_CACHE_ENTRIES: env.nonNegativeInt(DEFAULT_NEAR_CACHE.maxEntries),
  /** The near cache's bound in MiB. */
  NEAR_CACHE_MAX_MB: env.positiveInt(DEFAULT_NEAR_CACHE.maxBytes / (1024 * 1024)),
  /** How long an entry lives in the near cache at most (Redis invalidations end it sooner). */
  NEAR_CACHE_TTL_SECONDS: env.positiveInt(DEFAULT_NEAR_CACHE.ttlMs / 1000),
};

export interface CacheConfig {
  REDIS_URL?: string | undefined;
  REDIS_CLUSTER_NODES?: Array<{ host: string; port: number }> | undefined;
  REDIS_USERNAME?: string | undefined;
  REDIS_PASSWORD?: string | undefined;
  REDIS_TLS?: boolean;
  REDIS_COMMAND_TIMEOUT_MS: number;
  REDIS_BREAKER_THRESHOLD?: number;
  REDIS_BREAKER_HALF_OPEN_MS?: number;
  CACHE_LOCK_TTL_MS?: number;
  CACHE_LOCK_WAIT_MS?: number;
  MEMORY_CACHE_ENTRIES: number;
  NEAR_CACHE_ENTRIES?: number;
  NEAR_CACHE_MAX_MB?: number;
  NEAR_CACHE_TTL_SECONDS?: number;
}

/** The variables that name the deployment's Redis, as every component reads them. */
export type RedisVariables = Pick<
  CacheConfig,
  'REDIS_URL' | 'REDIS_CLUSTER_NODES' | 'REDIS_USERNAME' | 'REDIS_PASSWORD' | 'REDIS_TLS'
>;

/** The Redis server or cluster the variables name, or undefined without one. */
export function redisTargetFromConfig(config: RedisVariables): RedisTarget | undefined {
  if (config.REDIS_URL && config.REDIS_CLUSTER_NODES)
    throw new ConfigError('Invalid configuration:\n  REDIS_URL, REDIS_CLUSTER_NODES: set one of them, not both');
  if (config.REDIS_CLUSTER_NODES)
    return {
      clusterNodes: config.REDIS_CLUSTER_NODES,
      username: config.REDIS_USERNAME,
      password: config.REDIS_PASSWORD,
      tls: config.REDIS_TLS,
    };
  return config.REDIS_URL ? { url: config.REDIS_URL } : undefined;
}

export function createCacheStore(config: CacheConfig, observe: { metrics?: Metrics; log?: Logger } = {}): CacheStore {
  const redis = redisTargetFromConfig(config);
  const fillLock = {
    ttlMs: config.CACHE_LOCK_TTL_MS ?? DEFAULT_FILL_LOCK.ttlMs,
    waitMs: config.CACHE_LOCK_WAIT_MS ?? DEFAULT_FILL_LOCK.waitMs,
  };
  const common = {
    commandTimeoutMs: config.REDIS_COMMAND_TIMEOUT_MS,
    circuit: {
      threshold: config.REDIS_BREAKER_THRESHOLD ?? DEFAULT_REDIS_CIRCUIT.threshold,
      halfOpenAfterMs: config.REDIS_BREAKER_HALF_OPEN_MS ?? DEFAULT_REDIS_CIRCUIT.halfOpenAfterMs,
    },
    fillLock,
    nearCache: {
      maxEntries: config.NEAR_CACHE_ENTRIES ?? DEFAULT_NEAR_CACHE.maxEntries,
      maxBytes: (config.NEAR_CACHE_MAX_MB ?? DEFAULT_NEAR_CACHE.maxBytes / (1024 * 1024)) * 1024 * 1024,
      ttlMs: (config.NEAR_CACHE_TTL_SECONDS ?? DEFAULT_NEAR_CACHE.ttlMs / 1000) * 1000,
    },
    ...observe,
  };
  if (redis) return new RedisCacheStore({ ...redis, ...common });
  return new MemoryCacheStore(config.MEMORY_CACHE_ENTRIES, fillLock);
}
