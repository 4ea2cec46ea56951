import { LRUCache } from 'lru-cache';
import { DEFAULT_FILL_LOCK, type CacheStore, type Claim, type FillLockSettings, type Settlement } from './CacheStore';

/**
 * A bounded in-process LRU for `npm start` without Redis; not shared between replicas. Locks
 * and tags behave as in Redis, so the loader runs the same code over either store.
 */
export class MemoryCacheStore implements CacheStore {
  readonly kind = 'memory' as const;
  private readonly entries: LRUCache<string, string>;
  private readonly tags: LRUCache<string, Set<string>>;

  constructor(
    maxEntries = 100_000,
    readonly fillLock: FillLockSettings = DEFAULT_FILL_LOCK,
  ) {
    this.entries = new LRUCache<string, string>({ max: maxEntries, ttlAutopurge: false });
    this.tags = new LRUCache<string, Set<string>>({ max: Math.max(1, Math.ceil(maxEntries / 4)) });
  }

  async getMany(keys: readonly string[]): Promise<Array<string | null>> {
    return keys.map((key) => this.entries.get(key) ?? null);
  }

  async setMany(entries: ReadonlyArray<{ key: string; value: string; ttlMs: number }>): Promise<void> {
    for (const { key, value, ttlMs } of entries) this.entries.set(key, value, { ttl: ttlMs });
  }

  async deleteMany(keys: readonly string[]): Promise<void> {
    for (const key of keys) this.entries.delete(key);
  }

  async claim(
    entries: ReadonlyArray<{ key: string; lockKey: string }>,
    owner: string,
    ttlMs: number,
  ): Promise<Claim[]> {
    return entries.map(({ key, lockKey }) => {
      const value = this.entries.get(key) ?? null;
      const holder = this.entries.get(lockKey);
      if (holder !== undefined) return { holder, value };
      this.entries.set(lockKey, owner, { ttl: ttlMs });
      return { holder: null, value };
    });
  }

  async settle(settlements: readonly Settlement[], owner: string): Promise<boolean[]> {
    return settlements.map(({ key, lockKey, value, ttlMs, tagKeys }) => {
      if (this.entries.get(lockKey) !== owner) return false;
      this.entries.delete(lockKey);
      if (value === null) return false;
      this.entries.set(key, value, { ttl: ttlMs });
      for (const tagKey of tagKeys) {
        const members = this.tags.get(tagKey) ?? new Set<string>();
        members.add(key);
        this.tags.set(tagKey, members);
      }
      return true;
    });
  }

  async tagMembers(tagKeys: readonly string[]): Promise<string[][]> {
    return tagKeys.map((tagKey) => [...(this.tags.get(tagKey) ?? [])]);
  }

  async untag(entries: ReadonlyArray<{ tagKey: string; members: readonly string[] }>): Promise<void> {
    for (const { tagKey, members } of entries) {
      const known = this.tags.get(tagKey);
      if (!known) continue;
      for (const member of members) known.delete(member);
      if (known.size === 0) this.tags.delete(tagKey);
    }
  }

  async close(): Promise<void> {
    this.entries.clear();
    this.tags.clear();
  }
}
