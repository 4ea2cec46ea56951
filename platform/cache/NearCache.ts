import { Redis } from 'ioredis';
import { LRUCache } from 'lru-cache';
import type { Logger } from '../logger';

/** How big the near cache may grow and how long an entry lives in it. */
export interface NearCacheSettings {
  /** Most entries kept in the process; 0 turns the near cache off. */
  maxEntries: number;
  /** Most bytes of keys and values kept (counted as UTF-16 code units, about bytes for JSON). */
  maxBytes: number;
  /** An entry's life in the process (Redis keeps its own TTL; invalidations end it sooner). */
  ttlMs: number;
}

export const DEFAULT_NEAR_CACHE: NearCacheSettings = { maxEntries: 10_000, maxBytes: 64 * 1024 * 1024, ttlMs: 300_000 };

/** The channel Redis publishes the keys a tracking client read and someone else changed. */
const INVALIDATION_CHANNEL = '__redis__:invalidate';

/** How the near cache may be used right now. */
export type NearView =
  /** Redis tracks what this process read: local entries are current; read them, then Redis for the rest. */
  | 'trusted'
  /** Redis cannot be reached: serve what the process holds (past its TTL too), keep what it fetches. */
  | 'offline'
  /** Redis answers but tracking is not (yet) set up: go to Redis, keep nothing. */
  | 'bypass';

/**
 * Hot cache entries in process memory in front of Redis, kept right with Redis server-assisted
 * client-side caching: the cache's own connection turns CLIENT TRACKING on (REDIRECT to a
 * subscriber connection of this class, NOLOOP), so Redis announces on `__redis__:invalidate`
 * every key this process read that any replica overwrote, evicted or that expired, and the entry
 * is dropped here. A read is remembered only when no invalidation for its key came while it was
 * in flight. Whenever tracking is (re)established, and when Redis comes back after an outage,
 * everything held is dropped, since invalidations may have been missed meanwhile. While Redis
 * cannot be reached, what is held keeps being served (the record's envelope still says fresh or
 * stale), so an outage does not send the hot set to the legacy systems. Standalone Redis only.
 */
export class NearCache {
  private readonly entries: LRUCache<string, string>;
  private readonly subscriber: Redis;
  private tracking = false;
  /** The subscriber connection's id while it is subscribed; tracking redirects to it. */
  private subscriberId: number | undefined;
  private establishing: Promise<void> | undefined;
  private retry: NodeJS.Timeout | undefined;
  private closed = false;
  private lastView: NearView = 'bypass';
  /** Invalidations so far; a read started at `sequence` n keeps a key only if not invalidated after n. */
  private sequence = 0;
  private readsInFlight = 0;
  private readonly invalidatedAt = new Map<string, number>();
  private flushedAt = 0;

  constructor(
    private readonly main: Redis,
    url: string,
    settings: NearCacheSettings,
    private readonly log?: Logger,
  ) {
    this.entries = new LRUCache<string, string>({
      max: settings.maxEntries,
      maxSize: settings.maxBytes,
      sizeCalculation: (value, key) => Math.max(1, value.length + key.length),
      ttl: settings.ttlMs,
      ttlAutopurge: false,
      noDeleteOnStaleGet: true,
    });
    // RESP2: with RESP3, Redis would send the invalidations as `invalidate` pushes, which ioredis drops.
    this.subscriber = new Redis(url, {
      protocol: 2,
      connectTimeout: 2_000,
      maxRetriesPerRequest: 1,
      disconnectTimeout: 200,
      retryStrategy: (attempt) => Math.min(attempt * 200, 2_000),
      // Subscribed again by `establish`, after asking the new connection its id (a subscribed
      // RESP2 connection answers nothing but subscription commands).
      autoResubscribe: false,
    });
    this.subscriber.on('error', () => undefined);
    this.subscriber.on('messageBuffer', (channel: Buffer, message: unknown) => {
      if (channel.toString() === INVALIDATION_CHANNEL) this.invalidate(message);
    });
    this.subscriber.on('close', () => {
      this.tracking = false;
      this.subscriberId = undefined;
    });
    this.main.on('close', () => {
      this.tracking = false;
    });
    this.subscriber.on('ready', () => this.establish());
    this.main.on('ready', () => this.establish());
    this.establish();
  }

  /** How to use the near cache for one operation; coming back from an outage drops what was held. */
  view(): NearView {
    const view: NearView = this.main.status !== 'ready' ? 'offline' : this.tracking ? 'trusted' : 'bypass';
    if (this.lastView === 'offline' && view !== 'offline') this.entries.clear();
    this.lastView = view;
    return view;
  }

  /** Treats Redis as unreachable even though its connection is up (the cache's circuit is open). */
  forceOffline(): NearView {
    this.lastView = 'offline';
    return 'offline';
  }

  /** The held entry, or undefined; offline, an entry past its TTL still counts. */
  get(key: string, view: NearView): string | undefined {
    if (view === 'bypass') return undefined;
    return this.entries.get(key, { allowStale: view === 'offline' });
  }

  /** Marks the start of a read from Redis; pass the token to `finishRead`. */
  startRead(): number {
    this.readsInFlight++;
    return this.sequence;
  }

  /** Keeps what a read from Redis gave (found entries only), unless invalidated while it was in flight. */
  finishRead(token: number, keys: readonly string[], values: ReadonlyArray<string | null> | undefined): void {
    if (values && this.tracking && this.flushedAt <= token)
      keys.forEach((key, index) => {
        const value = values[index];
        if (value !== null && value !== undefined && (this.invalidatedAt.get(key) ?? -1) <= token)
          this.entries.set(key, value);
      });
    this.readsInFlight--;
    if (this.readsInFlight === 0) this.invalidatedAt.clear();
  }

  /**
   * After a write: this process's own writes are not announced to it (NOLOOP) and leave the key
   * untracked, so while Redis answers the entry is dropped (the next read fetches and tracks it);
   * offline the written value is kept, to be dropped when Redis returns.
   */
  wrote(entries: ReadonlyArray<{ key: string; value: string | null }>, view: NearView): void {
    for (const { key, value } of entries) {
      if (view === 'offline' && value !== null) this.entries.set(key, value);
      else this.entries.delete(key);
    }
  }

  forget(keys: readonly string[]): void {
    for (const key of keys) this.entries.delete(key);
  }

  /** Entries held (tests, metrics). */
  get size(): number {
    return this.entries.size;
  }

  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.retry);
    this.entries.clear();
    try {
      await this.subscriber.quit();
    } catch {
      this.subscriber.disconnect();
    }
  }

  private invalidate(message: unknown): void {
    this.sequence++;
    // A null message: the database was flushed, every key is gone.
    if (!Array.isArray(message)) {
      this.flushedAt = this.sequence;
      this.entries.clear();
      return;
    }
    for (const part of message) {
      const key = Buffer.isBuffer(part) ? part.toString() : String(part);
      this.entries.delete(key);
      if (this.readsInFlight > 0) this.invalidatedAt.set(key, this.sequence);
    }
  }

  /** Subscribes and turns tracking on for the cache's connection, once both are up; retried until it holds. */
  private establish(): void {
    if (this.closed || this.establishing) return;
    if (this.main.status !== 'ready' || this.subscriber.status !== 'ready') return;
    this.establishing = (async () => {
      if (this.subscriberId === undefined) {
        const id = Number(await this.subscriber.client('ID'));
        await this.subscriber.subscribe(INVALIDATION_CHANNEL);
        this.subscriberId = id;
      }
      // Off first: Redis refuses to move the redirect of tracking already on (a new subscriber).
      await this.main.call('CLIENT', 'TRACKING', 'OFF');
      await this.main.call('CLIENT', 'TRACKING', 'ON', 'REDIRECT', String(this.subscriberId), 'NOLOOP');
      // Anything held may have missed invalidations while tracking was not set up.
      this.entries.clear();
      this.flushedAt = ++this.sequence;
      this.tracking = true;
      this.log?.debug('near cache tracking Redis invalidations');
    })()
      .catch((error: unknown) => {
        this.tracking = false;
        this.log?.warn({ err: error }, 'near cache could not set up Redis tracking; retrying');
        this.retry = setTimeout(() => this.establish(), 1_000);
        this.retry.unref();
      })
      .finally(() => {
        this.establishing = undefined;
      });
  }
}
