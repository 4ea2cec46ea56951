import { Redis } from 'ioredis';
import { deleteKeys, keysUnder, TEST_REDIS_URL } from '../../../test-support/system';
import type { CacheStore } from '../CacheStore';
import type { RecordType } from '../RecordType';
import { cacheOn, newPrefix, policyType, scope, storeFor, testClock, type Policy } from './support';

/**
 * "No such record" entries and ids of another form, over process memory and the shared Redis: what
 * anyone can make the cache hold by asking for ids that do not exist is short-lived and bounded,
 * and a record read stale is shown as stale only where the caller shows it.
 */
describe.each([
  ['memory', 'memory' as const],
  ['Redis', { url: TEST_REDIS_URL }],
])('RecordCache over %s', (name, target) => {
  let store: CacheStore;
  let prefix: string;

  beforeEach(async () => {
    prefix = newPrefix();
    store = await storeFor(target);
  });
  afterEach(async () => {
    await store.close();
    if (target !== 'memory') await deleteKeys(prefix, target.url);
  });

  it('believes "no such record" for a minute, not for the type\'s TTL', async () => {
    const clock = testClock();
    const backend = policyType({ ttlSeconds: 600, graceSeconds: 3_600 });
    const cache = cacheOn(store, prefix, { now: clock.now });
    await expect(cache.loader(backend.type, scope()).load('none-1')).resolves.toBeNull();
    clock.advance(59_000);
    await expect(cache.loader(backend.type, scope()).load('none-1')).resolves.toBeNull();
    expect(backend.calls).toEqual([['none-1']]);

    clock.advance(2_000);
    await expect(cache.loader(backend.type, scope()).load('none-1')).resolves.toBeNull();
    expect(backend.calls).toEqual([['none-1'], ['none-1']]);
    if (name === 'Redis') {
      const redis = new Redis(TEST_REDIS_URL, { maxRetriesPerRequest: 1 });
      try {
        const [key] = await keysUnder(prefix);
        const ttl = await redis.pttl(key as string);
        expect(ttl).toBeGreaterThan(0);
        expect(ttl).toBeLessThanOrEqual(60_000);
      } finally {
        redis.disconnect();
      }
    }
  });

  it('never answers a failed fetch with a "no such record" past its minute', async () => {
    const clock = testClock();
    const backend = policyType({ ttlSeconds: 600, graceSeconds: 3_600 });
    const cache = cacheOn(store, prefix, { now: clock.now });
    await cache.loader(backend.type, scope()).load('none-2');
    clock.advance(61_000);
    backend.failing.add('none-2');
    const request = scope();
    await expect(cache.loader(backend.type, request).load('none-2')).rejects.toThrow('backend failed for none-2');
    expect(request.stale.list()).toEqual([]);
  });

  it('stores "no such record" for at most two ids per request and record type', async () => {
    const backend = policyType();
    const cache = cacheOn(store, prefix);
    const ids = ['none-a', 'none-b', 'none-c', 'none-d', 'none-e'];
    expect(await cache.loader(backend.type, scope()).loadMany(ids)).toEqual([null, null, null, null, null]);
    expect(await cache.loader(backend.type, scope()).loadMany(ids)).toEqual([null, null, null, null, null]);
    expect(backend.calls).toEqual([ids, ['none-c', 'none-d', 'none-e']]);
  });

  it("answers an id that fails the type's format with null, reading, writing and fetching nothing", async () => {
    const backend = policyType();
    const type: RecordType<Policy> = { ...backend.type, isKey: (id) => /^G\d$/.test(id) };
    const cache = cacheOn(store, prefix);
    expect(await cache.loader(type, scope()).loadMany(['G1', 'G12', 'g1', 'none-G1'])).toEqual([
      expect.objectContaining({ id: 'G1' }),
      null,
      null,
      null,
    ]);
    expect(backend.calls).toEqual([['G1']]);
    // The one entry of G1, nothing of the others.
    if (name === 'Redis') expect(await keysUnder(prefix)).toHaveLength(1);
  });

  it('leaves the stale marker of a read to the caller, with the failure to answer instead', async () => {
    const clock = testClock();
    const backend = policyType({ ttlSeconds: 60, graceSeconds: 600 });
    const cache = cacheOn(store, prefix, { now: clock.now });
    await cache.loader(backend.type, scope()).load('H1');
    clock.advance(120_000);
    backend.failing.add('H1');

    const request = scope();
    const loader = cache.loader(backend.type, request);
    const read = await loader.read('H1');
    expect(read.value).toMatchObject({ id: 'H1' });
    expect(read.stale?.failure.message).toBe('backend failed for H1');
    expect(request.stale.list()).toEqual([]);
    loader.shown(read);
    expect(request.stale.list()).toEqual([
      { source: 'test-backend', type: 'policy', ageSeconds: 120, reason: 'unavailable' },
    ]);
  });
});
