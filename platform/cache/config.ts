import { z } from 'zod';
import { env } from '../config';
import type { CacheStore } from './CacheStore';
import { MemoryCacheStore } from './MemoryCacheStore';
import { RedisCacheStore } from './RedisCacheStore';

export const cacheConfigShape = {
  /** Unset: an in-process LRU (fine for one process, not shared between replicas). */
  REDIS_URL: z.url('must be a redis:// URL').optional(),
  /** Prefix of every cache key; bump its version to abandon every entry at once. */
  CACHE_PREFIX: z.string().regex(/^[\w.-]{1,40}$/, 'letters, digits, dot, dash or underscore').default('cg1'),
  /** Bound on each Redis command: what a slow Redis can add to a request. */
  REDIS_COMMAND_TIMEOUT_MS: env.positiveInt(150),
  MEMORY_CACHE_ENTRIES: env.positiveInt(100_000),
};

export interface CacheConfig {
  REDIS_URL?: string | undefined;
  REDIS_COMMAND_TIMEOUT_MS: number;
  MEMORY_CACHE_ENTRIES: number;
}

export function createCacheStore(config: CacheConfig): CacheStore {
  if (config.REDIS_URL) return new RedisCacheStore({ url: config.REDIS_URL, commandTimeoutMs: config.REDIS_COMMAND_TIMEOUT_MS });
  return new MemoryCacheStore(config.MEMORY_CACHE_ENTRIES);
}
