/**
 * Where cached records live: Redis shared by every replica, or process memory when no Redis
 * is configured. Strings in, strings out: serialisation and freshness are the loader's concern.
 * Every method may fail (Redis down); callers treat a failure as a miss, never as a request error.
 */
export interface CacheStore {
  readonly kind: 'redis' | 'memory';
  /** How long a fill lock lives and how long others wait on it before fetching anyway. */
  readonly fillLock: FillLockSettings;
  /** One round trip for the whole batch. */
  getMany(keys: readonly string[]): Promise<Array<string | null>>;
  /** One round trip for the whole batch; each entry expires after its own ttl. */
  setMany(entries: ReadonlyArray<{ key: string; value: string; ttlMs: number }>): Promise<void>;
  deleteMany(keys: readonly string[]): Promise<void>;
  /**
   * Takes each entry's fill lock for `owner` unless someone holds it, and reads the entry in the
   * same atomic step (a fill may have finished since the caller's read), in one round trip.
   */
  claim(entries: ReadonlyArray<{ key: string; lockKey: string }>, owner: string, ttlMs: number): Promise<Claim[]>;
  /**
   * Ends fills in one round trip: where `owner` still holds the entry's lock, writes the value
   * (none when the fill failed) and releases the lock. A lock that is gone (evicted meanwhile)
   * or held by someone else means the fetched value may predate a change, so it is not written.
   * Per settlement: whether the value was written.
   */
  settle(settlements: readonly Settlement[], owner: string): Promise<boolean[]>;
  /**
   * Records fetched while the store could not be reached: a store with a near cache keeps them in
   * the process for the rest of the outage (dropped when it ends); others ignore them.
   */
  keepWhileUnreachable?(entries: ReadonlyArray<{ key: string; value: string | null }>): void;
  /** The entry keys recorded under each tag. */
  tagMembers(tagKeys: readonly string[]): Promise<string[][]>;
  /** Forgets entry keys recorded under tags (after they were evicted). */
  untag(entries: ReadonlyArray<{ tagKey: string; members: readonly string[] }>): Promise<void>;
  close(): Promise<void>;
}

export interface FillLockSettings {
  /** Longer than the slowest backend call, so a lock outlives the fill it protects. */
  ttlMs: number;
  /** How long a reader waits for another replica's fill before fetching itself. */
  waitMs: number;
}

export const DEFAULT_FILL_LOCK: FillLockSettings = { ttlMs: 8_000, waitMs: 2_000 };

export interface Claim {
  /** Null when the caller now holds the lock, otherwise the holder's token. */
  holder: string | null;
  /** The entry as it is now. */
  value: string | null;
}

export interface Settlement {
  key: string;
  lockKey: string;
  /** The serialised entry, or null to release the lock without writing (the fetch failed). */
  value: string | null;
  ttlMs: number;
  /** Tag sets that record this key when it is written. */
  tagKeys: readonly string[];
}
