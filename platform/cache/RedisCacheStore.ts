import { setTimeout as sleep } from 'node:timers/promises';
import type { Redis } from 'ioredis';
import type { Logger } from '../logger';
import type { Metrics } from '../metrics';
import { DEFAULT_FILL_LOCK, type CacheStore, type Claim, type FillLockSettings, type Settlement } from './CacheStore';
import { createRedisClient, type CacheRedisClient, type RedisTarget } from './redisClient';
import { isLockKey } from './keys';
import { NearCache, type NearCacheSettings, type NearView } from './NearCache';
import { CacheUnavailableError, DEFAULT_REDIS_CIRCUIT, RedisCircuit, type RedisCircuitSettings } from './RedisCircuit';

export type RedisCacheStoreOptions = RedisTarget & {
  /** Bound on each command, so a slow Redis adds at most this much to a request. */
  commandTimeoutMs: number;
  /** When the circuit opens and how soon it probes again; the hard bound is the command timeout plus a margin. */
  circuit?: Partial<Omit<RedisCircuitSettings, 'timeoutMs'>>;
  fillLock?: FillLockSettings;
  /** Hot entries in process memory, kept right by Redis invalidations (standalone Redis only); off when absent or 0 entries. */
  nearCache?: NearCacheSettings;
  metrics?: Metrics;
  log?: Logger;
};

/** Extra time the circuit allows beyond ioredis's own command timeout before it gives up. */
const CIRCUIT_TIMEOUT_MARGIN_MS = 50;

/**
 * The shared cache on Redis or Redis Cluster. Every operation runs through a circuit breaker, so
 * a slow or silent Redis costs a request at most a bounded wait, and once the circuit is open
 * nothing at all until a background probe finds Redis answering again. Reads are one MGET on a single server; on a cluster each key is its own
 * GET and automatic pipelining sends one round trip per node, so no command crosses hash slots.
 */
export class RedisCacheStore implements CacheStore {
  readonly kind = 'redis' as const;
  readonly client: CacheRedisClient;
  readonly fillLock: FillLockSettings;
  private readonly circuit: RedisCircuit;
  private readonly clustered: boolean;
  private connected: boolean | undefined;
  /** Undefined without a near cache (not configured, or a cluster). */
  readonly near: NearCache | undefined;

  constructor(options: RedisCacheStoreOptions) {
    const { metrics, log } = options;
    this.fillLock = options.fillLock ?? DEFAULT_FILL_LOCK;
    this.clustered = 'clusterNodes' in options;
    this.circuit = new RedisCircuit(
      { ...DEFAULT_REDIS_CIRCUIT, ...options.circuit, timeoutMs: options.commandTimeoutMs + CIRCUIT_TIMEOUT_MARGIN_MS },
      () => this.client.ping(),
      (open) => {
        metrics?.cacheCircuitOpen.set(open ? 1 : 0);
        log?.warn(
          { circuit: open ? 'open' : 'closed' },
          open ? 'cache circuit open: serving from the backends without Redis' : 'cache circuit closed: caching again',
        );
      },
    );
    this.client = createRedisClient(options, {
      commandTimeoutMs: options.commandTimeoutMs,
      onConnection: (state) => {
        const connected = state === 'ready';
        if (this.connected === connected) return;
        if (this.connected !== undefined || !connected)
          log?.info(
            { redis: state },
            connected ? 'Redis connection ready' : 'Redis connection lost; reconnecting in the background',
          );
        this.connected = connected;
      },
    });
    this.near =
      'url' in options && options.nearCache && options.nearCache.maxEntries > 0
        ? new NearCache(this.client as Redis, options.url, options.nearCache, log)
        : undefined;
  }

  /** How the near cache may serve now: an open circuit counts as Redis being away. */
  private nearView(): NearView {
    if (!this.near) return 'bypass';
    return this.circuit.open ? this.near.forceOffline() : this.near.view();
  }

  /** Resolves true once connected (false after `timeoutMs`): until then every operation is a miss. */
  async ready(timeoutMs: number): Promise<boolean> {
    const deadline = Date.now() + timeoutMs;
    while (this.client.status !== 'ready') {
      if (Date.now() >= deadline) return false;
      await sleep(20);
    }
    return true;
  }

  /** Whether operations are being skipped because Redis failed repeatedly. */
  get circuitOpen(): boolean {
    return this.circuit.open;
  }

  /**
   * The near cache's entries first, Redis for the rest in one round trip. While Redis is away the
   * near cache's entries are the answer (a miss for the others), unless it holds none of them.
   */
  async getMany(keys: readonly string[]): Promise<Array<string | null>> {
    if (keys.length === 0) return [];
    const view = this.nearView();
    const near = this.near;
    if (!near || view === 'bypass') return this.readRedis(keys);
    const held = keys.map((key) => (isLockKey(key) ? undefined : near.get(key, view)));
    const missing = keys.filter((_key, index) => held[index] === undefined);
    if (missing.length === 0) return held as string[];
    const token = near.startRead();
    let fetched: Array<string | null> | undefined;
    try {
      fetched = await this.readRedis(missing);
    } catch (error) {
      if (missing.length === keys.length) throw error;
    } finally {
      near.finishRead(
        token,
        missing.filter((key) => !isLockKey(key)),
        fetched?.filter((_value, index) => !isLockKey(missing[index] ?? '')),
      );
    }
    let next = 0;
    return held.map((value) => value ?? fetched?.[next++] ?? null);
  }

  private readRedis(keys: readonly string[]): Promise<Array<string | null>> {
    return this.guarded('read', () =>
      this.clustered ? Promise.all(keys.map((key) => this.client.get(key))) : this.client.mget(...keys),
    );
  }

  async setMany(entries: ReadonlyArray<{ key: string; value: string; ttlMs: number }>): Promise<void> {
    if (entries.length === 0) return;
    const view = this.nearView();
    try {
      await this.guarded('write', () =>
        Promise.all(entries.map(({ key, value, ttlMs }) => this.client.set(key, value, 'PX', positiveMs(ttlMs)))),
      );
    } finally {
      this.near?.wrote(entries, view);
    }
  }

  keepWhileUnreachable(entries: ReadonlyArray<{ key: string; value: string | null }>): void {
    const view = this.nearView();
    if (view === 'offline') this.near?.wrote(entries, view);
  }

  async deleteMany(keys: readonly string[]): Promise<void> {
    if (keys.length === 0) return;
    this.near?.forget(keys);
    await this.guarded('delete', () => Promise.all(keys.map((key) => this.client.unlink(key))));
  }

  async claim(
    entries: ReadonlyArray<{ key: string; lockKey: string }>,
    owner: string,
    ttlMs: number,
  ): Promise<Claim[]> {
    if (entries.length === 0) return [];
    const replies = await this.guarded('claim', () =>
      Promise.all(entries.map(({ key, lockKey }) => this.client.cgClaim(lockKey, key, owner, positiveMs(ttlMs)))),
    );
    return replies.map(([holder, value]) => ({ holder: holder === '' ? null : holder, value: value ?? null }));
  }

  async settle(settlements: readonly Settlement[], owner: string): Promise<boolean[]> {
    if (settlements.length === 0) return [];
    const view = this.nearView();
    try {
      return await this.settleInRedis(settlements, owner);
    } finally {
      this.near?.wrote(settlements, view);
    }
  }

  private settleInRedis(settlements: readonly Settlement[], owner: string): Promise<boolean[]> {
    return this.guarded('settle', async () => {
      const written = settlements.map(({ key, lockKey, value, ttlMs }) =>
        this.client.cgSettle(key, lockKey, owner, value ?? '', positiveMs(ttlMs), value === null ? '0' : '1'),
      );
      const tagged = settlements.flatMap(({ key, value, ttlMs, tagKeys }) =>
        value === null ? [] : tagKeys.map((tagKey) => this.client.cgTag(tagKey, key, positiveMs(ttlMs))),
      );
      const [results] = await Promise.all([Promise.all(written), Promise.all(tagged)]);
      return results.map((result) => result === 1);
    });
  }

  async tagMembers(tagKeys: readonly string[]): Promise<string[][]> {
    if (tagKeys.length === 0) return [];
    return this.guarded('tag-read', () => Promise.all(tagKeys.map((tagKey) => this.client.smembers(tagKey))));
  }

  async untag(entries: ReadonlyArray<{ tagKey: string; members: readonly string[] }>): Promise<void> {
    const nonEmpty = entries.filter(({ members }) => members.length > 0);
    if (nonEmpty.length === 0) return;
    await this.guarded('untag', () =>
      Promise.all(nonEmpty.map(({ tagKey, members }) => this.client.srem(tagKey, ...members))),
    );
  }

  /**
   * While disconnected every command would fail at once anyway (no offline queue); saying so
   * without a try keeps those instant failures from counting against the circuit, which is there
   * for a Redis that is connected but slow or silent.
   */
  private guarded<T>(operation: string, work: () => Promise<T>): Promise<T> {
    if (this.client.status !== 'ready')
      return Promise.reject(new CacheUnavailableError('disconnected', `Redis ${operation} skipped: not connected.`));
    return this.circuit.run(operation, work);
  }

  async close(): Promise<void> {
    this.circuit.close();
    await this.near?.close();
    if (this.client.status === 'end') return;
    try {
      await this.client.quit();
    } catch {
      this.client.disconnect();
    }
  }
}

function positiveMs(ms: number): number {
  return Math.max(1, Math.round(ms));
}
