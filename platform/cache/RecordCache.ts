import DataLoader from 'dataloader';
import { inSpan } from '../tracing';
import { BackendError } from '../backend/BackendError';
import type { Logger } from '../logger';
import type { Metrics } from '../metrics';
import { reportCacheFailure } from './cacheFailures';
import type { CacheStore } from './CacheStore';
import { DeferredEvictions } from './DeferredEvictions';
import { ageSeconds, decodeEnvelope, type Envelope } from './envelope';
import { FillCoordinator, type Miss } from './FillCoordinator';
import { entryKey, isValidId, lockKeyOf, tagKey } from './keys';
import { isEntryFresh, NegativeEntryBudget, servesWhileFailing } from './negativeEntries';
import type { Outcome, RecordType, RequestScope } from './RecordType';
import type { StaleMarker } from './staleness';

export type { CallContext, RecordType, RequestScope } from './RecordType';

export interface RecordCacheOptions {
  store: CacheStore;
  /** The subgraph that owns these entries; part of every key. */
  namespace: string;
  /** Global prefix (and format version) for every key; tests use their own. */
  keyPrefix: string;
  metrics?: Metrics;
  log: Logger;
  /** The clock TTLs are judged by; tests move it to age entries. */
  now?: () => number;
}

/** A record served past its TTL because its backend failed: the marker to show with it, and the failure. */
export interface Staleness {
  marker: StaleMarker;
  /** What the backend answered: the answer for this key had nothing been cached. */
  failure: Error;
}

/** One key's answer, with its staleness left for the caller to show or not. */
export interface Read<V> {
  value: V | null;
  stale?: Staleness;
  /** Served fresh from the cache, without asking the backend. */
  cached?: true;
}

/** A per-request loader: batching and deduplication within the request; failures are not remembered. */
export interface RecordLoader<V> {
  /** The record; when it is served stale, the request's stale recorder says so. */
  load(key: string): Promise<V | null>;
  loadMany(keys: readonly string[]): Promise<Array<V | null | Error>>;
  /**
   * The record, recording nothing: a caller that decides access from the record itself calls
   * `shown` once it shows it, and answers a record it does not show with `failureOfRefusal`
   * (what an id nothing is cached for gets), so a record the caller may not see leaves no trace.
   */
  read(key: string): Promise<Read<V>>;
  readMany(keys: readonly string[]): Promise<Array<Read<V> | Error>>;
  /** Records the stale marker of a read the caller shows (nothing for a fresh one). */
  shown(read: Read<V>): void;
  /**
   * What refusing `read` of `key` must answer besides FORBIDDEN: the failure an id nothing is
   * cached for would meet now, or undefined when the backend answers. A stale record gives its
   * fetch's failure; one served fresh from the cache is asked of the backend again (nothing is
   * stored); one the backend just gave, or none, needs nothing. So a record the caller may not see
   * is refused exactly as an unknown id, in and out of outages, and does not show that it exists.
   */
  failureOfRefusal(key: string, read: Read<V>): Promise<Error | undefined>;
}

/** What an eviction did: how many entries it removed, or that Redis was unavailable and it will be retried. */
export interface InvalidationResult {
  evicted: number;
  /** True when the store failed: the eviction is retried in the background until it succeeds or gives up. */
  deferred: boolean;
}

/**
 * Read-through cache of legacy records, shared by every request of every replica (Redis) and
 * fronted by a DataLoader per request. It stores records exactly as the backend client returns
 * them (language-neutral, caller-neutral); access is decided by resolvers on every read.
 * Concurrent misses of one key share one backend call (FillCoordinator); a backend failure is
 * answered from an entry past its TTL but within its grace period, and the request's stale
 * recorder says so (through `read`, only once the caller shows the record). "No such record"
 * entries live a minute and only a few per request (negativeEntries.ts).
 */
export class RecordCache {
  private readonly now: () => number;
  private readonly fills: FillCoordinator;
  private readonly deferred: DeferredEvictions;

  constructor(private readonly options: RecordCacheOptions) {
    this.now = options.now ?? Date.now;
    this.fills = new FillCoordinator({ ...options, now: this.now });
    this.deferred = new DeferredEvictions(options.log, options.metrics);
  }

  get namespace(): string {
    return this.options.namespace;
  }

  keyFor(type: Pick<RecordType<unknown>, 'name' | 'version'>, id: string): string {
    return entryKey({
      prefix: this.options.keyPrefix,
      namespace: this.options.namespace,
      type: type.name,
      version: type.version,
      id,
    });
  }

  loader<V>(type: RecordType<V>, scope: RequestScope): RecordLoader<V> {
    const call: RequestScope = { ...scope, negativeEntries: new NegativeEntryBudget() };
    const dataLoader = new DataLoader<string, Read<V>>((keys) => this.loadBatch(type, keys, call), {
      maxBatchSize: type.maxBatchSize,
    });
    const shown = (read: Read<V>): void => {
      if (!read.stale) return;
      scope.stale.record(read.stale.marker);
      this.options.metrics?.staleParts.inc({ source: type.source, type: type.name });
    };
    const read = async (key: string): Promise<Read<V>> => {
      try {
        return await dataLoader.load(key);
      } catch (error) {
        dataLoader.clear(key);
        throw error;
      }
    };
    const readMany = async (keys: readonly string[]): Promise<Array<Read<V> | Error>> => {
      const results = await dataLoader.loadMany(keys);
      results.forEach((result, index) => {
        if (result instanceof Error) dataLoader.clear(keys[index] as string);
      });
      return results;
    };
    const failureOfRefusal = async (key: string, refused: Read<V>): Promise<Error | undefined> => {
      if (refused.stale) return refused.stale.failure;
      if (!refused.cached || refused.value === null) return undefined;
      // Straight to the backend, past the cache and the fill locks (which would answer with the
      // fresh entry); what it fetches is not stored, so a refusal changes no entry.
      try {
        const outcome = (await type.fetch([key], call)).get(key);
        return outcome instanceof Error ? outcome : undefined;
      } catch (error) {
        return error instanceof Error ? error : new Error(String(error));
      }
    };
    return {
      read,
      readMany,
      shown,
      failureOfRefusal,
      load: async (key) => {
        const result = await read(key);
        shown(result);
        return result.value;
      },
      loadMany: async (keys) =>
        (await readMany(keys)).map((result) => {
          if (result instanceof Error) return result;
          shown(result);
          return result.value;
        }),
    };
  }

  /**
   * Evicts records so the next read from any replica goes to the backend; what every mutation
   * calls for what it changed. Fills under way for these keys lose their lock, so a value read
   * before the change is not written after it. Never rejects: when Redis is unavailable the
   * eviction is retried in the background (`deferred`).
   */
  async invalidate(
    type: Pick<RecordType<unknown>, 'name' | 'version'>,
    ids: readonly string[],
  ): Promise<InvalidationResult> {
    const keys = [...new Set(ids.filter(isValidId).map((id) => this.keyFor(type, id)))];
    return this.evict(keys, 'key', async () => {
      await this.evictKeys(keys);
      return keys.length;
    });
  }

  /** Evicts every record of this subgraph carrying one of the tags (see RecordType.tags). */
  async invalidateTags(tags: readonly string[]): Promise<InvalidationResult> {
    const tagKeys = [...new Set(tags)].map((tag) => tagKey(this.options.keyPrefix, this.options.namespace, tag));
    return this.evict(tagKeys, 'tag', async () => {
      const members = await this.options.store.tagMembers(tagKeys);
      const keys = [...new Set(members.flat())];
      await this.evictKeys(keys);
      await this.options.store.untag(tagKeys.map((key, index) => ({ tagKey: key, members: members[index] ?? [] })));
      return keys.length;
    });
  }

  private async evict(
    targets: readonly string[],
    by: 'key' | 'tag',
    run: () => Promise<number>,
  ): Promise<InvalidationResult> {
    if (targets.length === 0) return { evicted: 0, deferred: false };
    try {
      const evicted = await run();
      this.options.metrics?.cacheInvalidations.inc({ namespace: this.options.namespace, by }, evicted);
      return { evicted, deferred: false };
    } catch (error) {
      reportCacheFailure(this.options.metrics, this.options.log, 'invalidate', error);
      this.deferred.schedule(async () => {
        this.options.metrics?.cacheInvalidations.inc({ namespace: this.options.namespace, by }, await run());
      });
      return { evicted: 0, deferred: true };
    }
  }

  private async evictKeys(keys: readonly string[]): Promise<void> {
    this.fills.forget(keys);
    await this.options.store.deleteMany([...keys, ...keys.map(lockKeyOf)]);
  }

  /** One loader batch is one span, with how many of its records were hits, misses and stale (never the ids). */
  private loadBatch<V>(
    type: RecordType<V>,
    ids: readonly string[],
    scope: RequestScope,
  ): Promise<Array<Read<V> | Error>> {
    return inSpan(
      `cache ${this.options.namespace}/${type.name}`,
      { attributes: { 'cache.type': type.name, 'cache.batch_size': ids.length } },
      async (span) => {
        const tally = { hit: 0, miss: 0, stale: 0 };
        try {
          return await this.loadBatchCounted(type, ids, scope, (result) => tally[result]++);
        } finally {
          span.setAttributes({ 'cache.hits': tally.hit, 'cache.misses': tally.miss, 'cache.stale': tally.stale });
        }
      },
    );
  }

  private async loadBatchCounted<V>(
    type: RecordType<V>,
    ids: readonly string[],
    scope: RequestScope,
    tally: (result: 'hit' | 'miss' | 'stale') => void,
  ): Promise<Array<Read<V> | Error>> {
    const { metrics, namespace } = this.options;
    const count = (result: 'hit' | 'miss' | 'stale'): void => {
      tally(result);
      metrics?.cacheLookups.inc({ namespace, type: type.name, result });
    };
    // An id that cannot exist is answered like an unknown one, without touching Redis or a backend.
    const valid = ids.filter((id) => isValidId(id) && (type.isKey?.(id) ?? true));
    const keys = valid.map((id) => this.keyFor(type, id));
    const cached = await this.readEntries<V>(keys);
    const now = this.now();
    const answers = new Map<string, Read<V> | Error>();
    const misses: Array<Miss & { cached: Envelope<V> | undefined }> = [];
    valid.forEach((id, index) => {
      const entry = cached[index];
      if (entry && isEntryFresh(entry, type, now)) {
        count('hit');
        answers.set(id, { value: entry.v, cached: true });
      } else {
        misses.push({ id, key: keys[index] as string, cached: entry });
      }
    });

    if (misses.length > 0) {
      const outcomes = await this.fills.resolve(type, misses, scope);
      for (const miss of misses) {
        const outcome: Outcome<V> = outcomes.has(miss.id) ? (outcomes.get(miss.id) ?? null) : null;
        if (outcome instanceof Error && miss.cached && servesWhileFailing(miss.cached, type, this.now())) {
          count('stale');
          const marker: StaleMarker = {
            source: type.source,
            type: type.name,
            ageSeconds: ageSeconds(miss.cached, this.now()),
            reason: outcome instanceof BackendError ? outcome.failure : 'unavailable',
          };
          answers.set(miss.id, { value: miss.cached.v, stale: { marker, failure: outcome } });
        } else {
          count('miss');
          answers.set(miss.id, outcome instanceof Error ? outcome : { value: outcome });
        }
      }
    }
    return ids.map((id) => answers.get(id) ?? { value: null });
  }

  private async readEntries<V>(keys: readonly string[]): Promise<Array<Envelope<V> | undefined>> {
    if (keys.length === 0) return [];
    try {
      const raw = await this.options.store.getMany(keys);
      return raw.map((text) => decodeEnvelope<V>(text));
    } catch (error) {
      reportCacheFailure(this.options.metrics, this.options.log, 'read', error);
      return keys.map(() => undefined);
    }
  }
}
