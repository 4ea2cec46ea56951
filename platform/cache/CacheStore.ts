/**
 * Where cached records live: Redis shared by every replica, or process memory when no Redis
 * is configured. Strings in, strings out: serialisation and freshness are the loader's concern.
 * Every method may fail (Redis down); callers treat a failure as a miss, never as a request error.
 */
export interface CacheStore {
  readonly kind: 'redis' | 'memory';
  /** One round trip for the whole batch. */
  getMany(keys: readonly string[]): Promise<Array<string | null>>;
  /** One round trip for the whole batch; each entry expires after its own ttl. */
  setMany(entries: ReadonlyArray<{ key: string; value: string; ttlMs: number }>): Promise<void>;
  deleteMany(keys: readonly string[]): Promise<void>;
  close(): Promise<void>;
}
