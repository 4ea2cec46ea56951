import type { Logger } from '../logger';
import type { Metrics } from '../metrics';
import { CacheUnavailableError } from './RedisCircuit';

/**
 * Counts a cache operation that did not happen and logs it, except while the circuit is open or
 * Redis is disconnected: then every request would log the same thing, and the store has said so
 * once already.
 */
export function reportCacheFailure(metrics: Metrics | undefined, log: Logger, operation: string, error: unknown): void {
  const reason = error instanceof CacheUnavailableError ? error.reason : 'error';
  metrics?.cacheErrors.inc({ operation, reason });
  if (reason === 'circuit-open' || reason === 'disconnected') return;
  log.warn({ err: error, operation }, `cache ${operation} failed; continuing without the cache`);
}
