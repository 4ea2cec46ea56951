import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Logger } from '../logger';
import type { Metrics } from '../metrics';
import { reportCacheFailure } from './cacheFailures';
import type { CacheStore, Claim, Settlement } from './CacheStore';
import { decodeEnvelope, encodeEnvelope } from './envelope';
import { lockKeyOf, tagKey } from './keys';
import { isEntryFresh, storeLifetimeMs } from './negativeEntries';
import type { CallContext, Outcome, RecordType } from './RecordType';

/** A key the cache could not answer fresh. */
export interface Miss {
  id: string;
  key: string;
}

interface InFlight {
  /** The lock token of the fill, so a reader can tell that the lock it met is this process's own. */
  owner: string;
  outcome: Promise<Outcome<unknown>>;
}

export interface FillCoordinatorOptions {
  store: CacheStore;
  namespace: string;
  keyPrefix: string;
  metrics?: Metrics;
  log: Logger;
  /** The clock freshness is judged by (tests move it); waiting always uses real time. */
  now: () => number;
}

/** What a fill does with what it fetched: store it (it holds the locks), nothing, or keep it in the process while the store is unreachable. */
type Keeping = 'store' | 'none' | 'while-unreachable';

/** The first pause between looks at another replica's fill; it doubles up to the last. */
const FIRST_POLL_MS = 5;
const LONGEST_POLL_MS = 100;

/**
 * Makes concurrent misses of one key cost one backend call, within this process and across
 * replicas. A reader first tries to take the key's fill lock in the shared store:
 * - it gets the lock: it fetches, then writes the entry and releases the lock in one step that
 *   only succeeds while it still holds the lock (an eviction meanwhile deletes the lock, so a
 *   value fetched before a change is never written after it);
 * - the lock is held by a fill of this process: it shares that fill's result;
 * - the lock is held elsewhere: it waits (bounded) for the entry to appear, and fetches itself
 *   when the lock is released without a value or the wait runs out.
 * When the store fails, readers share fills within the process and nothing is written.
 */
export class FillCoordinator {
  private readonly inFlight = new Map<string, InFlight>();
  private readonly instance = randomUUID();
  private sequence = 0;

  constructor(private readonly options: FillCoordinatorOptions) {}

  resolve<V>(type: RecordType<V>, misses: readonly Miss[], call: CallContext): Promise<Map<string, Outcome<V>>> {
    return this.round(type, misses, call, true);
  }

  /** Stops sharing fills under way for these keys, so readers that come after an eviction start fresh ones. */
  forget(keys: readonly string[]): void {
    for (const key of keys) this.inFlight.delete(key);
  }

  private async round<V>(
    type: RecordType<V>,
    misses: readonly Miss[],
    call: CallContext,
    mayWait: boolean,
  ): Promise<Map<string, Outcome<V>>> {
    const { store } = this.options;
    const owner = `${this.instance}:${++this.sequence}`;
    let claims: Claim[] | undefined;
    try {
      claims = await store.claim(
        misses.map((miss) => ({ key: miss.key, lockKey: lockKeyOf(miss.key) })),
        owner,
        store.fillLock.ttlMs,
      );
    } catch (error) {
      reportCacheFailure(this.options.metrics, this.options.log, 'claim', error);
    }

    const now = this.options.now();
    const results = new Map<string, Outcome<V>>();
    const locked: Miss[] = [];
    const unlocked: Miss[] = [];
    const contested: Miss[] = [];
    const released: Settlement[] = [];
    const shared: Array<Promise<[string, Outcome<V>]>> = [];
    misses.forEach((miss, index) => {
      const claim = claims?.[index];
      // Filled by someone else between this reader's read and its claim: nothing to fetch.
      const current = decodeEnvelope<V>(claim?.value ?? null);
      if (claim && current && isEntryFresh(current, type, now)) {
        this.countCoalesced(type, 'replica');
        results.set(miss.id, current.v);
        if (claim.holder === null)
          released.push({ key: miss.key, lockKey: lockKeyOf(miss.key), value: null, ttlMs: 0, tagKeys: [] });
        return;
      }
      if (claim?.holder === null) {
        locked.push(miss);
        return;
      }
      const local = this.inFlight.get(miss.key);
      if (local && (!claim || local.owner === claim.holder)) {
        this.countCoalesced(type, 'process');
        shared.push(local.outcome.then((outcome) => [miss.id, outcome as Outcome<V>]));
        return;
      }
      if (!claim || !mayWait) unlocked.push(miss);
      else contested.push(miss);
    });
    if (released.length > 0) void this.settleQuietly(released, owner);

    const parts: Array<Promise<Map<string, Outcome<V>>>> = [];
    if (locked.length > 0) parts.push(this.fill(type, locked, owner, 'store', call));
    // No claim at all: the store is unreachable, and what is fetched may be kept in the process meanwhile.
    if (unlocked.length > 0) parts.push(this.fill(type, unlocked, owner, claims ? 'none' : 'while-unreachable', call));
    if (contested.length > 0) parts.push(this.awaitOtherReplica(type, contested, call));
    parts.push(Promise.all(shared).then((entries) => new Map(entries)));
    for (const part of await Promise.all(parts)) for (const [id, outcome] of part) results.set(id, outcome);
    return results;
  }

  /** Fetches and (when locked) stores, registering the fill so concurrent readers here share it. */
  private fill<V>(
    type: RecordType<V>,
    misses: readonly Miss[],
    owner: string,
    keep: Keeping,
    call: CallContext,
  ): Promise<Map<string, Outcome<V>>> {
    const work = this.fetchAndSettle(type, misses, owner, keep, call);
    for (const miss of misses) {
      const entry: InFlight = { owner, outcome: work.then((outcomes) => outcomes.get(miss.id) ?? null) };
      this.inFlight.set(miss.key, entry);
      void work.then(() => {
        if (this.inFlight.get(miss.key) === entry) this.inFlight.delete(miss.key);
      });
    }
    return work;
  }

  /** Never rejects: a failed fetch is an Error per key, a failed write is a warning. */
  private async fetchAndSettle<V>(
    type: RecordType<V>,
    misses: readonly Miss[],
    owner: string,
    keep: Keeping,
    call: CallContext,
  ): Promise<Map<string, Outcome<V>>> {
    const fetchedAt = this.options.now();
    const ids = misses.map((miss) => miss.id);
    this.options.metrics?.cacheFills.inc({ namespace: this.options.namespace, type: type.name }, ids.length);
    let fetched: ReadonlyMap<string, Outcome<V>>;
    try {
      fetched = await type.fetch(ids, call);
    } catch (error) {
      const failure = error instanceof Error ? error : new Error(String(error));
      fetched = new Map(ids.map((id) => [id, failure]));
    }
    const outcomes = new Map<string, Outcome<V>>(ids.map((id) => [id, fetched.get(id) ?? null]));
    if (keep === 'none') return outcomes;

    const { keyPrefix, namespace } = this.options;
    const settlements: Settlement[] = misses.map((miss) => {
      const outcome = outcomes.get(miss.id) ?? null;
      // A failure, or a "no such record" past the request's budget, only releases the lock.
      if (outcome instanceof Error || (outcome === null && call.negativeEntries?.take() === false))
        return { key: miss.key, lockKey: lockKeyOf(miss.key), value: null, ttlMs: 0, tagKeys: [] };
      const tags = outcome !== null && type.tags ? type.tags(miss.id, outcome) : [];
      return {
        key: miss.key,
        lockKey: lockKeyOf(miss.key),
        value: encodeEnvelope(outcome, fetchedAt),
        ttlMs: storeLifetimeMs(type, outcome),
        tagKeys: tags.map((tag) => tagKey(keyPrefix, namespace, tag)),
      };
    });
    if (keep === 'while-unreachable')
      this.options.store.keepWhileUnreachable?.(settlements.filter((settlement) => settlement.value !== null));
    else await this.settleQuietly(settlements, owner);
    return outcomes;
  }

  /** Never rejects: an entry not written is a later miss, a lock not released expires. */
  private async settleQuietly(settlements: readonly Settlement[], owner: string): Promise<void> {
    try {
      await this.options.store.settle(settlements, owner);
    } catch (error) {
      reportCacheFailure(this.options.metrics, this.options.log, 'settle', error);
    }
  }

  /**
   * Waits for fills another replica holds the lock of, looking at locks and entries together
   * (locks first, so an entry written between the two reads is never mistaken for a failed fill).
   * Keys whose lock is released without a fresh entry, or still held when the wait ends, are
   * resolved again without waiting.
   */
  private async awaitOtherReplica<V>(
    type: RecordType<V>,
    contested: readonly Miss[],
    call: CallContext,
  ): Promise<Map<string, Outcome<V>>> {
    const { store } = this.options;
    const results = new Map<string, Outcome<V>>();
    const retry: Miss[] = [];
    let pending = [...contested];
    const deadline = Date.now() + store.fillLock.waitMs;
    let pause = FIRST_POLL_MS;
    while (pending.length > 0 && Date.now() < deadline) {
      await sleep(Math.max(1, Math.min(pause, deadline - Date.now())));
      pause = Math.min(pause * 2, LONGEST_POLL_MS);
      let raw: Array<string | null>;
      try {
        raw = await store.getMany([...pending.map((miss) => lockKeyOf(miss.key)), ...pending.map((miss) => miss.key)]);
      } catch (error) {
        reportCacheFailure(this.options.metrics, this.options.log, 'wait', error);
        break;
      }
      const now = this.options.now();
      const stillHeld: Miss[] = [];
      pending.forEach((miss, index) => {
        const envelope = decodeEnvelope<V>(raw[pending.length + index] ?? null);
        if (envelope && isEntryFresh(envelope, type, now)) {
          this.countCoalesced(type, 'replica');
          results.set(miss.id, envelope.v);
        } else if (raw[index] === null) {
          retry.push(miss);
        } else {
          stillHeld.push(miss);
        }
      });
      pending = stillHeld;
    }
    retry.push(...pending);
    if (retry.length > 0)
      for (const [id, outcome] of await this.round(type, retry, call, false)) results.set(id, outcome);
    return results;
  }

  private countCoalesced(type: RecordType<unknown>, via: 'process' | 'replica'): void {
    this.options.metrics?.cacheCoalesced.inc({ namespace: this.options.namespace, type: type.name, via });
  }
}
