import type { CacheRedisClient } from '../cache/redisClient';
import type { Quota, RateLimitDecision } from './RateLimiter';

interface Lease {
  /** The fixed window (its number since the epoch) the lease belongs to. */
  window: number;
  /** Points leased from Redis and not yet spent. */
  left: number;
  /** Redis said the window's quota is spent: refuse until it ends. */
  spentUntil?: number;
  /** A lease request under way, which concurrent requests of the same key wait for. */
  pending?: Promise<void> | undefined;
}

/** Keys tracked at once; past that the oldest lease is dropped (its points are lost, never doubled). */
const MAX_TRACKED_KEYS = 50_000;
/** A window's count outlives the window by this much, so a replica whose clock is a little late still finds it. */
const CLOCK_SLACK_MS = 5_000;

/** Points a replica leases at a time: 2 % of the quota (12 of the general 600 a minute), one for small quotas. */
export function leaseSizeOf(quota: Quota): number {
  return Math.max(1, Math.floor(quota.points / 50));
}

/**
 * One quota counted across replicas in Redis, a lease at a time: a replica takes up to a lease of
 * the current window's points in one round trip and spends them in the process, so a caller's
 * requests cost one Redis round trip per lease rather than per request. The count in Redis is the
 * sum of what was leased, so the replicas together never allow more than the quota; what a replica
 * leased and did not spend when the window ends is lost to that window (at most a lease per replica
 * and caller). Windows are fixed and numbered from the epoch, so every replica counts the same one.
 */
export class LeasedQuota {
  private readonly leases = new Map<string, Lease>();
  private readonly windowMs: number;
  private readonly leaseSize: number;

  constructor(
    private readonly redis: CacheRedisClient,
    private readonly keyPrefix: string,
    private readonly quota: Quota,
    /** Runs the Redis round trip (behind the limiter's circuit); rejects when Redis cannot count. */
    private readonly guarded: <T>(work: () => Promise<T>) => Promise<T>,
  ) {
    this.windowMs = quota.durationSeconds * 1_000;
    this.leaseSize = leaseSizeOf(quota);
  }

  /** Spends `points` of `key`'s quota; rejects when Redis cannot be asked for a lease that is needed. */
  async consume(key: string, points: number): Promise<RateLimitDecision> {
    for (;;) {
      const now = Date.now();
      const lease = this.leaseOf(key, Math.floor(now / this.windowMs));
      if (lease.left >= points) {
        lease.left -= points;
        return { allowed: true };
      }
      if (lease.spentUntil !== undefined)
        return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((lease.spentUntil - now) / 1_000)) };
      lease.pending ??= this.extend(key, lease, points).finally(() => (lease.pending = undefined));
      await lease.pending;
    }
  }

  private leaseOf(key: string, window: number): Lease {
    const held = this.leases.get(key);
    if (held && held.window === window) return held;
    if (held) this.leases.delete(key);
    const lease: Lease = { window, left: 0 };
    this.leases.set(key, lease);
    if (this.leases.size > MAX_TRACKED_KEYS) {
      const oldest = this.leases.keys().next().value;
      if (oldest !== undefined) this.leases.delete(oldest);
    }
    return lease;
  }

  private async extend(key: string, lease: Lease, points: number): Promise<void> {
    const countKey = `${this.keyPrefix}:${key}:${lease.window}`;
    const ttlMs = (lease.window + 1) * this.windowMs - Date.now() + CLOCK_SLACK_MS;
    const [granted, livesMs] = await this.guarded(() =>
      this.redis.cgLease(countKey, this.quota.points, Math.max(points, this.leaseSize), points, Math.max(1, ttlMs)),
    );
    if (granted > 0) lease.left += granted;
    else lease.spentUntil = Date.now() + Math.max(0, Math.min(livesMs, ttlMs) - CLOCK_SLACK_MS);
  }
}
