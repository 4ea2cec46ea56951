import { LRUCache } from 'lru-cache';
import type { CacheStore } from './CacheStore';

/** A bounded in-process LRU for `npm start` without Redis; not shared between replicas. */
export class MemoryCacheStore implements CacheStore {
  readonly kind = 'memory' as const;
  private readonly entries: LRUCache<string, string>;

  constructor(maxEntries = 100_000) {
    this.entries = new LRUCache<string, string>({ max: maxEntries, ttlAutopurge: false });
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

  async close(): Promise<void> {
    this.entries.clear();
  }
}
