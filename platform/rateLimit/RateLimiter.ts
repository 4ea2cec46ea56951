import { createHash } from 'node:crypto';
import type { Cluster, Redis } from 'ioredis';
import { rateLimitKeyPrefix } from '../cache/keys';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';

/** `points` requests per `durationSeconds` (a fixed window). */
export interface Quota {
  points: number;
  durationSeconds: number;
}

export type RateLimitDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export interface RateLimiterOptions<Name extends string> {
  quotas: Readonly<Record<Name, Quota>>;
  /** The shared Redis; without it every quota is counted per process. */
  redis?: Redis | Cluster | undefined;
  /** The deployment's Redis prefix (CACHE_PREFIX): its counters are never another deployment's. */
  prefix: string;
}

/**
 * Counts requests against named quotas, in Redis so the count holds across gateway replicas.
 * When Redis fails or is not connected, each quota is counted in this process instead (the
 * library's insurance limiter): limits loosen to one quota per replica, never to none.
 * Keys are hashed, so no e-mail address or contract number is ever written to Redis.
 */
export class RateLimiter<Name extends string> {
  private readonly limiters: ReadonlyMap<Name, RateLimiterAbstract>;

  constructor({ quotas, redis, prefix }: RateLimiterOptions<Name>) {
    const limiters = new Map<Name, RateLimiterAbstract>();
    for (const [name, quota] of Object.entries(quotas) as Array<[Name, Quota]>) {
      const options = {
        keyPrefix: rateLimitKeyPrefix(prefix, name),
        points: quota.points,
        duration: quota.durationSeconds,
      };
      const inProcess = new RateLimiterMemory(options);
      limiters.set(
        name,
        redis
          ? new RateLimiterRedis({
              ...options,
              storeClient: redis,
              rejectIfRedisNotReady: true,
              insuranceLimiter: inProcess,
            })
          : inProcess,
      );
    }
    this.limiters = limiters;
  }

  /** Counts one request (or `points`) of `key` against the quota `name`. */
  async consume(name: Name, key: string, points = 1): Promise<RateLimitDecision> {
    const limiter = this.limiters.get(name);
    if (!limiter) throw new Error(`No rate-limit quota named "${name}".`);
    try {
      await limiter.consume(hashKey(key), points);
      return { allowed: true };
    } catch (rejection) {
      if (rejection instanceof RateLimiterRes)
        return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)) };
      throw rejection;
    }
  }
}

function hashKey(key: string): string {
  return createHash('sha256').update(key).digest('base64url').slice(0, 32);
}
