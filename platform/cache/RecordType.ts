import type { NegativeEntryBudget } from './negativeEntries';
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
   * The backend's identifier format (e.g. "L" and 9 digits). An id that fails it is answered like
   * an unknown one, null, before any cache read, cache write or backend call.
   */
  isKey?(id: string): boolean;
  /**
   * Loads fresh records. Per key: the record, null when the backend has none, or an Error
   * that fails this key alone. Keys missing from the map count as null.
   */
  fetch(keys: readonly string[], call: CallContext): Promise<ReadonlyMap<string, V | null | Error>>;
  /**
   * Tags under which a change event can evict this record (e.g. "party:P00000001" on every
   * contract of that party), taken from the record itself. Tags are scoped to the subgraph.
   */
  tags?(key: string, value: V): readonly string[];
}

export interface CallContext {
  requestId: string;
  /** The "no such record" entries the calling request may still store (none given: no bound). */
  negativeEntries?: NegativeEntryBudget;
}

export interface RequestScope extends CallContext {
  stale: StaleRecorder;
}

/** What one key resolves to: the record, null for "the backend has none", or this key's failure. */
export type Outcome<V> = V | null | Error;
