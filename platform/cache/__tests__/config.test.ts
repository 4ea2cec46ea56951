import { Cluster } from 'ioredis';
import { z } from 'zod';
import { ConfigError, loadConfig } from '../../config';
import { cacheConfigShape, createCacheStore } from '../config';
import { MemoryCacheStore } from '../MemoryCacheStore';
import { RedisCacheStore } from '../RedisCacheStore';

const schema = z.object(cacheConfigShape);

describe('cache configuration', () => {
  it('defaults to an in-process cache with bounded Redis waits and fill locks', () => {
    const config = loadConfig(schema, {});
    expect(config).toMatchObject({
      CACHE_PREFIX: 'cg1',
      REDIS_COMMAND_TIMEOUT_MS: 150,
      REDIS_BREAKER_THRESHOLD: 5,
      REDIS_BREAKER_HALF_OPEN_MS: 1_000,
      CACHE_LOCK_TTL_MS: 8_000,
      CACHE_LOCK_WAIT_MS: 2_000,
    });
    const store = createCacheStore(config);
    expect(store).toBeInstanceOf(MemoryCacheStore);
    expect(store.fillLock).toEqual({ ttlMs: 8_000, waitMs: 2_000 });
  });

  it('reads Redis Cluster seed nodes as host:port pairs', async () => {
    const config = loadConfig(schema, {
      REDIS_CLUSTER_NODES: 'redis-a:7000, 10.0.0.2:7001,[::1]:7002',
      REDIS_COMMAND_TIMEOUT_MS: '200',
    });
    expect(config.REDIS_CLUSTER_NODES).toEqual([
      { host: 'redis-a', port: 7000 },
      { host: '10.0.0.2', port: 7001 },
      { host: '::1', port: 7002 },
    ]);
  });

  it('gives every cluster node the ACL user, password and TLS; refuses a TLS flag it cannot read', async () => {
    const config = loadConfig(schema, {
      REDIS_CLUSTER_NODES: '127.0.0.1:7000',
      REDIS_USERNAME: 'graph',
      REDIS_PASSWORD: 's3cret-pass',
      REDIS_TLS: 'true',
    });
    const store = createCacheStore(config) as RedisCacheStore;
    try {
      expect(store.client).toBeInstanceOf(Cluster);
      expect((store.client as Cluster).options.redisOptions).toMatchObject({
        username: 'graph',
        password: 's3cret-pass',
        tls: {},
      });
    } finally {
      await store.close();
    }
    expect(() => loadConfig(schema, { REDIS_PASSWORD: '', REDIS_TLS: 'maybe' })).toThrow(
      /REDIS_TLS: must be true or false/,
    );
  });

  it('refuses malformed cluster nodes, naming the variable', () => {
    for (const bad of ['redis-a', 'redis-a:0', 'redis-a:70000', 'a:1;b:2', ' , ']) {
      expect(() => loadConfig(schema, { REDIS_CLUSTER_NODES: bad })).toThrow(
        /REDIS_CLUSTER_NODES: must (be host:port pairs|name at least one)/,
      );
    }
  });

  it('refuses REDIS_URL and REDIS_CLUSTER_NODES together', () => {
    const config = loadConfig(schema, { REDIS_URL: 'redis://127.0.0.1:6379', REDIS_CLUSTER_NODES: '127.0.0.1:7000' });
    expect(() => createCacheStore(config)).toThrow(ConfigError);
    expect(() => createCacheStore(config)).toThrow(/set one of them, not both/);
  });

  it('builds a Redis store with the configured fill locks', async () => {
    const store = createCacheStore(
      loadConfig(schema, { REDIS_URL: 'redis://127.0.0.1:6379', CACHE_LOCK_TTL_MS: '4000', CACHE_LOCK_WAIT_MS: '500' }),
    );
    try {
      expect(store).toBeInstanceOf(RedisCacheStore);
      expect(store.fillLock).toEqual({ ttlMs: 4_000, waitMs: 500 });
    } finally {
      await store.close();
    }
  });
});
