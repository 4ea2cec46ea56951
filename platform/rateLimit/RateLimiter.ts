import { createHash } from 'node:crypto';
import type { Cluster, Redis } from 'ioredis';
import { rateLimitKeyPrefix } from '../cache/keys';
import { DEFAULT_REDIS_CIRCUIT, RedisCircuit, type RedisCircuitSettings } from '../cache/RedisCircuit';
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
  /** Bound on one count in Redis (the client's command timeout); the circuit's hard bound adds a margin. */
  commandTimeoutMs?: number;
  /** When the circuit opens and how soon it probes Redis again. */
  circuit?: Partial<Omit<RedisCircuitSettings, 'timeoutMs'>>;
}

interface Quotas {
  inProcess: RateLimiterMemory;
  shared: RateLimiterRedis | undefined;
}

/** Extra time the circuit allows beyond the command timeout before it gives up. */
const CIRCUIT_TIMEOUT_MARGIN_MS = 50;

/**
 * Counts requests against named quotas, in Redis so the count holds across gateway replicas.
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
  private readonly redis: Redis | Cluster | undefined;

  constructor({ quotas, redis, prefix, commandTimeoutMs = 150, circuit }: RateLimiterOptions<Name>) {
    const byName = new Map<Name, Quotas>();
    for (const [name, quota] of Object.entries(quotas) as Array<[Name, Quota]>) {
      const options = {
        keyPrefix: rateLimitKeyPrefix(prefix, name),
        points: quota.points,
        duration: quota.durationSeconds,
      };
      byName.set(name, {
        inProcess: new RateLimiterMemory(options),
        shared: redis
          ? new RateLimiterRedis({ ...options, storeClient: redis, rejectIfRedisNotReady: true })
          : undefined,
      });
    }
    this.quotas = byName;
    this.redis = redis;
    this.circuit = redis
      ? new RedisCircuit(
          { ...DEFAULT_REDIS_CIRCUIT, ...circuit, timeoutMs: commandTimeoutMs + CIRCUIT_TIMEOUT_MARGIN_MS },
          () => redis.ping(),
        )
      : undefined;
  }

  /** Counts one request (or `points`) of `key` against the quota `name`. */
  async consume(name: Name, key: string, points = 1): Promise<RateLimitDecision> {
    const quota = this.quotas.get(name);
    if (!quota) throw new Error(`No rate-limit quota named "${name}".`);
    const hashed = hashKey(key);
    const { shared } = quota;
    const { circuit } = this;
    if (shared && circuit && !circuit.open && this.redis?.status === 'ready') {
      try {
        // A refusal is an answer from Redis, not a failure: it must not count against the circuit.
        return await circuit.run('rate-limit', () => decide(shared, hashed, points));
      } catch {
        // Redis failed, timed out or the circuit just opened: this process counts instead.
      }
    }
    return decide(quota.inProcess, hashed, points);
  }

  /** Stops the circuit's background probe. */
  close(): void {
    this.circuit?.close();
  }
}

async function decide(limiter: RateLimiterAbstract, key: string, points: number): Promise<RateLimitDecision> {
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
