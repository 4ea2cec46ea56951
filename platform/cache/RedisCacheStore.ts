import { Redis, type RedisOptions } from 'ioredis';
import type { CacheStore } from './CacheStore';

export interface RedisCacheStoreOptions {
  url: string;
  /** Bound on each command, so a slow Redis adds at most this much to a request. */
  commandTimeoutMs: number;
}

export class RedisCacheStore implements CacheStore {
  readonly kind = 'redis' as const;
  readonly client: Redis;

  constructor({ url, commandTimeoutMs }: RedisCacheStoreOptions) {
    const options: RedisOptions = {
      // Fail at once while disconnected instead of queueing (a queue would hang requests).
      enableOfflineQueue: false,
      maxRetriesPerRequest: 1,
      commandTimeout: commandTimeoutMs,
      connectTimeout: 2_000,
      lazyConnect: false,
      retryStrategy: (attempt) => Math.min(attempt * 200, 2_000),
    };
    this.client = new Redis(url, options);
    // Errors surface on the commands; the connection's own error events would otherwise crash the process.
    this.client.on('error', () => undefined);
  }

  async getMany(keys: readonly string[]): Promise<Array<string | null>> {
    if (keys.length === 0) return [];
    return this.client.mget(...keys);
  }

  async setMany(entries: ReadonlyArray<{ key: string; value: string; ttlMs: number }>): Promise<void> {
    if (entries.length === 0) return;
    const pipeline = this.client.pipeline();
    for (const { key, value, ttlMs } of entries) pipeline.set(key, value, 'PX', Math.max(1, Math.round(ttlMs)));
    const results = await pipeline.exec();
    const failed = results?.find(([error]) => error);
    if (failed?.[0]) throw failed[0];
  }

  async deleteMany(keys: readonly string[]): Promise<void> {
    if (keys.length === 0) return;
    await this.client.del(...keys);
  }

  async close(): Promise<void> {
    if (this.client.status === 'end') return;
    try {
      await this.client.quit();
    } catch {
      this.client.disconnect();
    }
  }
}
