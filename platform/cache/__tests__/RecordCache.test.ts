import { Redis } from 'ioredis';
import { deleteKeys, TEST_REDIS_URL } from '../../../test-support/system';
import { startRedisCluster, type RedisClusterServers } from '../../../test-support/redisServers';
import { createMetrics } from '../../metrics';
import type { CacheStore, FillLockSettings } from '../CacheStore';
import type { RedisTarget } from '../redisClient';
import { cacheOn, newPrefix, policyType, scope, storeFor, testClock } from './support';

/**
 * The read-through cache's behaviour, the same over every store: process memory, the shared Redis
 * server, and a three-node Redis Cluster this file starts on loopback.
 */
let cluster: Promise<RedisClusterServers>;
const targets: Array<[string, () => Promise<RedisTarget | 'memory'>]> = [
  ['memory', async () => 'memory'],
  ['Redis', async () => ({ url: TEST_REDIS_URL })],
  ['Redis Cluster', async () => ({ clusterNodes: (await cluster).nodes })],
];

/** The cluster comes up (seconds of waiting on its nodes) while the tests over memory and the shared Redis run. */
beforeAll(() => {
  cluster = startRedisCluster(3);
  // Its failure surfaces where it is awaited.
  cluster.catch(() => undefined);
});
afterAll(async () => {
  await (await cluster).stop();
});

/** A fresh key prefix per test and stores on `target`, closed (and the shared server tidied) after each test. */
function useStores(target: () => Promise<RedisTarget | 'memory'>): {
  store(fillLock?: FillLockSettings): Promise<CacheStore>;
  prefix(): string;
} {
  const stores: CacheStore[] = [];
  let prefix = newPrefix();
  beforeEach(() => {
    prefix = newPrefix();
  });
  afterEach(async () => {
    for (const created of stores.splice(0)) await created.close();
    const current = await target();
    if (current !== 'memory' && 'url' in current) await deleteKeys(prefix, current.url);
  });
  return {
    async store(fillLock?: FillLockSettings) {
      const created = await storeFor(await target(), undefined, fillLock);
      stores.push(created);
      return created;
    },
    prefix: () => prefix,
  };
}

describe.each(targets)('RecordCache over %s', (_name, target) => {
  const { store, prefix } = useStores(target);

  it('reads through: a miss fetches, a repeat in a later request is a hit; dates and bigints survive', async () => {
    const backend = policyType();
    const cache = cacheOn(await store(), prefix());
    const first = await cache.loader(backend.type, scope()).loadMany(['A1', 'A2', 'none-1']);
    const second = await cache.loader(backend.type, scope()).loadMany(['A1', 'A2', 'none-1']);

    expect(backend.calls).toEqual([['A1', 'A2', 'none-1']]);
    expect(second).toEqual(first);
    expect(second[2]).toBeNull();
    const policy = second[0] as { startsOn: Date; insured: bigint };
    expect(policy.startsOn).toBeInstanceOf(Date);
    expect(policy.startsOn.toISOString()).toBe('2024-01-15T00:00:00.000Z');
    expect(policy.insured).toBe(12_345_678_901_234_567n);
  });

  it('fails a key on its own and never caches the failure', async () => {
    const backend = policyType();
    backend.failing.add('B2');
    const cache = cacheOn(await store(), prefix());
    const first = await cache.loader(backend.type, scope()).loadMany(['B1', 'B2']);
    expect(first[0]).toMatchObject({ id: 'B1' });
    expect(first[1]).toBeInstanceOf(Error);

    backend.failing.clear();
    const second = await cache.loader(backend.type, scope()).loadMany(['B1', 'B2']);
    expect(second[1]).toMatchObject({ id: 'B2' });
    expect(backend.calls).toEqual([['B1', 'B2'], ['B2']]);
  });

  it('within one request, a failed key is asked again rather than remembered', async () => {
    const backend = policyType();
    backend.failing.add('C1');
    const loader = cacheOn(await store(), prefix()).loader(backend.type, scope());
    await expect(loader.load('C1')).rejects.toThrow('backend failed for C1');
    backend.failing.clear();
    await expect(loader.load('C1')).resolves.toMatchObject({ id: 'C1' });
  });

  it('answers an id that cannot exist with null, touching neither the cache nor the backend', async () => {
    const backend = policyType();
    const cache = cacheOn(await store(), prefix());
    const results = await cache.loader(backend.type, scope()).loadMany(['x'.repeat(500), '', 'bad\nid', 'D1']);
    expect(results.slice(0, 3)).toEqual([null, null, null]);
    expect(backend.calls).toEqual([['D1']]);
  });

  it('concurrent misses of one key from many requests of one process cause one backend call', async () => {
    const backend = policyType({ delayMs: 100 });
    const metrics = createMetrics('test', { defaultMetrics: false });
    const cache = cacheOn(await store(), prefix(), { metrics });
    const results = await Promise.all(Array.from({ length: 20 }, () => cache.loader(backend.type, scope()).load('E1')));

    expect(backend.fetchedIds()).toEqual(['E1']);
    for (const result of results) expect(result).toMatchObject({ id: 'E1' });
    // Shared in memory with the fill under way, not by polling the store as another replica would.
    const coalesced = await metrics.cacheCoalesced.get();
    expect(coalesced.values.find((value) => value.labels['via'] === 'process')?.value).toBe(19);
  });

  it('serves an entry past its TTL, within its grace period, when the backend fails, and says how old it is', async () => {
    const clock = testClock();
    const backend = policyType({ ttlSeconds: 60, graceSeconds: 600 });
    const cache = cacheOn(await store(), prefix(), { now: clock.now });
    await cache.loader(backend.type, scope()).load('F1');

    clock.advance(120_000);
    backend.failing.add('F1');
    const request = scope();
    await expect(cache.loader(backend.type, request).load('F1')).resolves.toMatchObject({ id: 'F1' });
    expect(request.stale.list()).toEqual([
      { source: 'test-backend', type: 'policy', ageSeconds: 120, reason: 'unavailable' },
    ]);

    clock.advance(600_000);
    await expect(cache.loader(backend.type, scope()).load('F1')).rejects.toThrow('backend failed for F1');
  });

  it('refreshes an entry past its TTL when the backend answers, without a stale marker', async () => {
    const clock = testClock();
    const backend = policyType({ ttlSeconds: 60 });
    const cache = cacheOn(await store(), prefix(), { now: clock.now });
    await cache.loader(backend.type, scope()).load('G1');
    clock.advance(61_000);
    const request = scope();
    await cache.loader(backend.type, request).load('G1');
    await cache.loader(backend.type, scope()).load('G1');
    expect(backend.calls).toEqual([['G1'], ['G1']]);
    expect(request.stale.list()).toEqual([]);
  });

  it('evicts by key: the next read goes to the backend', async () => {
    const backend = policyType();
    const cache = cacheOn(await store(), prefix());
    await cache.loader(backend.type, scope()).loadMany(['H1', 'H2']);
    await expect(cache.invalidate(backend.type, ['H1'])).resolves.toEqual({ evicted: 1, deferred: false });
    await cache.loader(backend.type, scope()).loadMany(['H1', 'H2']);
    expect(backend.calls).toEqual([['H1', 'H2'], ['H1']]);
  });

  it('evicts by tag every record carrying it, and only those', async () => {
    const backend = policyType({ tags: true });
    const cache = cacheOn(await store(), prefix());
    await cache.loader(backend.type, scope()).loadMany(['I1', 'I2']);
    await expect(cache.invalidateTags(['party:P-I1', 'party:nobody'])).resolves.toEqual({
      evicted: 1,
      deferred: false,
    });
    await cache.loader(backend.type, scope()).loadMany(['I1', 'I2']);
    expect(backend.calls).toEqual([['I1', 'I2'], ['I1']]);
    await expect(cache.invalidateTags(['party:P-I1'])).resolves.toEqual({ evicted: 1, deferred: false });
  });

  it('a fill under way when its key is evicted does not write its (possibly older) value', async () => {
    const backend = policyType();
    const cache = cacheOn(await store(), prefix());
    backend.hold();
    const during = cache.loader(backend.type, scope()).load('J1');
    while (backend.calls.length === 0) await new Promise((resolve) => setTimeout(resolve, 5));
    await cache.invalidate(backend.type, ['J1']);
    backend.release();
    await expect(during).resolves.toMatchObject({ id: 'J1' });

    await cache.loader(backend.type, scope()).load('J1');
    expect(backend.calls).toEqual([['J1'], ['J1']]);
  });
});

describe.each(targets.slice(1))('replicas sharing %s', (_name, target) => {
  const { store, prefix } = useStores(target);

  it('two replicas sharing the store: concurrent misses cause one backend call per key', async () => {
    const backend = policyType({ delayMs: 150 });
    const replicas = [cacheOn(await store(), prefix()), cacheOn(await store(), prefix())];
    const ids = ['K1', 'K2', 'K3', 'K4'];
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, index) =>
        (replicas[index % 2] as (typeof replicas)[number]).loader(backend.type, scope()).loadMany(ids),
      ),
    );

    expect(backend.fetchedIds().sort()).toEqual(ids);
    for (const result of results) expect(result.map((policy) => (policy as { id: string }).id)).toEqual(ids);
  });

  it('an eviction on one replica is seen by the next read on another', async () => {
    const backend = policyType();
    const [one, two] = [cacheOn(await store(), prefix()), cacheOn(await store(), prefix())];
    await one.loader(backend.type, scope()).load('L1');
    await two.loader(backend.type, scope()).load('L1');
    expect(backend.calls).toEqual([['L1']]);
    await one.invalidate(backend.type, ['L1']);
    await two.loader(backend.type, scope()).load('L1');
    expect(backend.calls).toEqual([['L1'], ['L1']]);
  });

  it('a replica waiting on a fill that fails fetches itself as soon as the lock is released', async () => {
    const backend = policyType({ delayMs: 100 });
    // A fill lock held and waited on far longer than the test may run: the waiter can only answer by
    // seeing the lock go, never by waiting it out, so no wall-clock budget is needed.
    const patient = { ttlMs: 600_000, waitMs: 600_000 };
    const [one, two] = [cacheOn(await store(patient), prefix()), cacheOn(await store(patient), prefix())];
    backend.failing.add('M1');
    const owner = one
      .loader(backend.type, scope())
      .load('M1')
      .then(
        () => 'answered',
        (error: Error) => error.message,
      );
    while (backend.calls.length === 0) await new Promise((resolve) => setTimeout(resolve, 5));
    backend.failing.clear();
    const waiter = await two.loader(backend.type, scope()).load('M1');
    await expect(owner).resolves.toBe('backend failed for M1');

    expect(waiter).toMatchObject({ id: 'M1' });
    expect(backend.calls).toEqual([['M1'], ['M1']]);
  });
});

describe('on a three-node Redis Cluster', () => {
  it('spreads entries over every master and reads batches that span slots', async () => {
    const prefix = newPrefix();
    const { nodes, servers } = await cluster;
    const store = await storeFor({ clusterNodes: nodes });
    try {
      const backend = policyType();
      const cache = cacheOn(store, prefix);
      const ids = Array.from({ length: 60 }, (_, index) => `N${index}`);
      await cache.loader(backend.type, scope()).loadMany(ids);
      const again = await cache.loader(backend.type, scope()).loadMany(ids);
      expect(backend.calls).toHaveLength(1);
      expect(again.filter((policy) => policy instanceof Error)).toEqual([]);

      const perMaster = await Promise.all(
        servers.map(async (server) => {
          const admin = new Redis({ port: server.port, host: '127.0.0.1' });
          try {
            return (await admin.keys(`${prefix}:*`)).length;
          } finally {
            admin.disconnect();
          }
        }),
      );
      expect(perMaster.every((count) => count > 0)).toBe(true);
      expect(perMaster.reduce((sum, count) => sum + count, 0)).toBe(60);
    } finally {
      await store.close();
    }
  });
});
