import DataLoader from 'dataloader';
import type { Logger } from '../logger';
import type { Metrics } from '../metrics';
import type { CacheStore } from './CacheStore';
import { deserialize, serialize } from './serialization';
import type { StaleRecorder } from './staleness';

/** What a loader needs to know about one kind of legacy record. */
export interface RecordType<V> {
  /** Names the type in keys, metrics and stale markers, e.g. "lifeContract". */
  name: string;
  /** The backend the records come from, e.g. "life-connect". */
  source: string;
  /** Bump when the cached shape changes, so old entries are never read as the new shape. */
  version: number;
  ttlSeconds: number;
  /** How long past its TTL an entry may still be served when the backend fails. */
  graceSeconds: number;
  /** The backend's batch limit (e.g. 50 per call); larger batches are split. */
  maxBatchSize: number;
  /**
   * Loads fresh records. Per key: the record, null when the backend has none, or an Error
   * that fails this key alone. Keys missing from the map count as null.
   */
  fetch(keys: readonly string[], call: CallContext): Promise<ReadonlyMap<string, V | null | Error>>;
}

export interface CallContext {
  requestId: string;
}

export interface RequestScope extends CallContext {
  stale: StaleRecorder;
}

interface Envelope<V> {
  /** The record, or null for "the backend has none". */
  v: V | null;
  /** When it was stored (ms since epoch). */
  t: number;
}

export interface RecordCacheOptions {
  store: CacheStore;
  /** The subgraph that owns these entries; part of every key. */
  namespace: string;
  /** Global prefix (and format version) for every key; tests use their own. */
  keyPrefix: string;
  metrics?: Metrics;
  log: Logger;
  now?: () => number;
}

/** A per-request loader: batching and deduplication within the request; failures are not remembered. */
export interface RecordLoader<V> {
  load(key: string): Promise<V | null>;
  loadMany(keys: readonly string[]): Promise<Array<V | null | Error>>;
}

/**
 * Read-through cache of legacy records, shared by every request of every replica (Redis) and
 * fronted by a DataLoader per request. It stores records exactly as the backend client returns
 * them (language-neutral, caller-neutral); access is decided by resolvers on every read.
 */
export class RecordCache {
  private readonly now: () => number;

  constructor(private readonly options: RecordCacheOptions) {
    this.now = options.now ?? Date.now;
  }

  keyFor(type: Pick<RecordType<unknown>, 'name' | 'version'>, id: string): string {
    return `${this.options.keyPrefix}:${this.options.namespace}:${type.name}:v${type.version}:${id}`;
  }

  loader<V>(type: RecordType<V>, scope: RequestScope): RecordLoader<V> {
    const dataLoader = new DataLoader<string, V | null>((keys) => this.loadBatch(type, keys, scope), {
      maxBatchSize: type.maxBatchSize,
    });
    return {
      load: async (key) => {
        try {
          return await dataLoader.load(key);
        } catch (error) {
          dataLoader.clear(key);
          throw error;
        }
      },
      loadMany: async (keys) => {
        const results = await dataLoader.loadMany(keys);
        results.forEach((result, index) => {
          if (result instanceof Error) dataLoader.clear(keys[index] as string);
        });
        return results;
      },
    };
  }

  /** Evicts records so the next read from any replica goes to the backend. */
  async invalidate(type: Pick<RecordType<unknown>, 'name' | 'version'>, ids: readonly string[]): Promise<void> {
    await this.options.store.deleteMany(ids.map((id) => this.keyFor(type, id)));
  }

  private async loadBatch<V>(type: RecordType<V>, keys: readonly string[], scope: RequestScope): Promise<Array<V | null | Error>> {
    const { metrics, log } = this.options;
    const cacheKeys = keys.map((key) => this.keyFor(type, key));
    const cached = await this.readEntries<V>(cacheKeys);
    const now = this.now();
    const results: Array<V | null | Error | undefined> = new Array(keys.length);
    const toFetch: number[] = [];
    cached.forEach((entry, index) => {
      if (entry && now - entry.t <= type.ttlSeconds * 1000) {
        results[index] = entry.v;
        metrics?.cacheLookups.inc({ namespace: this.options.namespace, type: type.name, result: 'hit' });
      } else {
        toFetch.push(index);
      }
    });
    if (toFetch.length === 0) return results as Array<V | null>;

    const fetchKeys = toFetch.map((index) => keys[index] as string);
    let fetched: ReadonlyMap<string, V | null | Error>;
    try {
      fetched = await type.fetch(fetchKeys, { requestId: scope.requestId });
    } catch (error) {
      const failure = error instanceof Error ? error : new Error(String(error));
      fetched = new Map(fetchKeys.map((key) => [key, failure]));
    }

    const writes: Array<{ key: string; value: string; ttlMs: number }> = [];
    for (const index of toFetch) {
      const key = keys[index] as string;
      const outcome = fetched.has(key) ? fetched.get(key) : null;
      if (outcome instanceof Error) {
        const stale = cached[index];
        if (stale) {
          results[index] = stale.v;
          scope.stale.record({
            source: type.source,
            type: type.name,
            ageSeconds: Math.round((now - stale.t) / 1000),
            reason: outcome.message,
          });
          metrics?.cacheLookups.inc({ namespace: this.options.namespace, type: type.name, result: 'stale' });
        } else {
          results[index] = outcome;
          metrics?.cacheLookups.inc({ namespace: this.options.namespace, type: type.name, result: 'miss' });
        }
        continue;
      }
      metrics?.cacheLookups.inc({ namespace: this.options.namespace, type: type.name, result: 'miss' });
      results[index] = outcome ?? null;
      const envelope: Envelope<V> = { v: outcome ?? null, t: now };
      writes.push({ key: cacheKeys[index] as string, value: serialize(envelope), ttlMs: (type.ttlSeconds + type.graceSeconds) * 1000 });
    }
    if (writes.length > 0) {
      try {
        await this.options.store.setMany(writes);
      } catch (error) {
        metrics?.cacheErrors.inc({ operation: 'write' });
        log.warn({ err: error, type: type.name }, 'cache write failed; serving without caching');
      }
    }
    return results as Array<V | null | Error>;
  }

  private async readEntries<V>(cacheKeys: string[]): Promise<Array<Envelope<V> | undefined>> {
    try {
      const raw = await this.options.store.getMany(cacheKeys);
      return raw.map((text) => {
        if (text === null) return undefined;
        try {
          return deserialize<Envelope<V>>(text);
        } catch {
          return undefined;
        }
      });
    } catch (error) {
      this.options.metrics?.cacheErrors.inc({ operation: 'read' });
      this.options.log.warn({ err: error }, 'cache read failed; reading from the backend');
      return cacheKeys.map(() => undefined);
    }
  }
}
