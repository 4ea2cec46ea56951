import { createHash } from 'node:crypto';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { rateLimitKeyPrefix } from '../cache/keys';
import {
  CacheUnavailableError,
  DEFAULT_REDIS_CIRCUIT,
  RedisCircuit,
  type RedisCircuitSettings,
} from '../cache/RedisCircuit';
import type { CacheRedisClient } from '../cache/redisClient';
import { LeasedQuota } from './LeasedQuota';

/** `points` requests per `durationSeconds` (a fixed window). */
export interface Quota {
  points: number;
  durationSeconds: number;
}

export type RateLimitDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export interface RateLimiterOptions<Name extends string> {
  quotas: Readonly<Record<Name, Quota>>;
  /** The shared Redis (createRedisClient); without it every quota is counted per process. */
  redis?: CacheRedisClient | undefined;
  /** The deployment's Redis prefix (CACHE_PREFIX): its counters are never another deployment's. */
  prefix: string;
  /** Bound on one count in Redis (the client's command timeout); the circuit's hard bound adds a margin. */
  commandTimeoutMs?: number;
  /** When the circuit opens and how soon it probes Redis again. */
  circuit?: Partial<Omit<RedisCircuitSettings, 'timeoutMs'>>;
}

interface Quotas {
  inProcess: RateLimiterMemory;
  shared: LeasedQuota | undefined;
}

/** Extra time the circuit allows beyond the command timeout before it gives up. */
const CIRCUIT_TIMEOUT_MARGIN_MS = 50;

/**
 * Counts requests against named quotas, in Redis so the count holds across gateway replicas,
 * leased a few points at a time (LeasedQuota) so most requests do not wait for Redis.
 * When Redis fails or is not connected, each quota is counted in this process instead: limits
 * loosen to one quota per replica, never to none. Redis sits behind the same kind of circuit as
 * the cache: after a few failed counts the circuit opens and counting goes straight to the
 * process (a background ping closes it when Redis answers), so a hung Redis costs a request no
 * more than a dead one. Keys are hashed, so no e-mail address or contract number is ever
 * written to Redis.
 */
export class RateLimiter<Name extends string> {
  private readonly quotas: ReadonlyMap<Name, Quotas>;
  private readonly circuit: RedisCircuit | undefined;

  constructor({ quotas, redis, prefix, commandTimeoutMs = 150, circuit }: RateLimiterOptions<Name>) {
    const shared = redis
      ? new RedisCircuit(
          { ...DEFAULT_REDIS_CIRCUIT, ...circuit, timeoutMs: commandTimeoutMs + CIRCUIT_TIMEOUT_MARGIN_MS },
          () => redis.ping(),
        )
      : undefined;
    this.circuit = shared;
    const guarded = <T>(work: () => Promise<T>): Promise<T> => {
      if (!redis || !shared || shared.open || redis.status !== 'ready')
        return Promise.reject(new CacheUnavailableError('disconnected', 'Redis cannot count now.'));
      return shared.run('rate-limit', work);
    };
    const byName = new Map<Name, Quotas>();
    for (const [name, quota] of Object.entries(quotas) as Array<[Name, Quota]>) {
      const keyPrefix = rateLimitKeyPrefix(prefix, name);
      byName.set(name, {
        inProcess: new RateLimiterMemory({ keyPrefix, points: quota.points, duration: quota.durationSeconds }),
        shared: redis ? new LeasedQuota(redis, keyPrefix, quota, guarded) : undefined,
      });
    }
    this.quotas = byName;
  }

  /** Counts one request (or `points`) of `key` against the quota `name`. */
  async consume(name: Name, key: string, points = 1): Promise<RateLimitDecision> {
    const quota = this.quotas.get(name);
    if (!quota) throw new Error(`No rate-limit quota named "${name}".`);
    const hashed = hashKey(key);
    if (quota.shared) {
      try {
        return await quota.shared.consume(hashed, points);
      } catch {
        // Redis failed, timed out or the circuit is open: this process counts instead.
      }
    }
    return countInProcess(quota.inProcess, hashed, points);
  }

  /** Stops the circuit's background probe. */
  close(): void {
    this.circuit?.close();
  }
}

async function countInProcess(limiter: RateLimiterMemory, key: string, points: number): Promise<RateLimitDecision> {
  try {
    await limiter.consume(key, points);
    return { allowed: true };
  } catch (rejection) {
    if (rejection instanceof RateLimiterRes)
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)) };
    throw rejection;
  }
}

function hashKey(key: string): string {
  return createHash('sha256').update(key).digest('base64url').slice(0, 32);
}
