import { deleteKeys, keysUnder, TEST_REDIS_URL } from '../../../test-support/system';
import type { CacheStore } from '../CacheStore';
import { cacheOn, newPrefix, policyType, scope, storeFor } from './support';

/**
 * Two deployments (each with its own CACHE_PREFIX, as with two databases) on one Redis server:
 * every key either writes, entries, fill locks and tags alike, lies under its own prefix, so
 * neither reads, waits on nor evicts the other's.
 */
describe('two deployments caching in one Redis', () => {
  const prefixes = { a: newPrefix(), b: newPrefix() };
  let stores: CacheStore[] = [];

  beforeAll(async () => {
    stores = [await storeFor({ url: TEST_REDIS_URL }), await storeFor({ url: TEST_REDIS_URL })];
  });
  afterAll(async () => {
    for (const store of stores) await store.close();
    for (const prefix of Object.values(prefixes)) await deleteKeys(prefix);
  });

  it('keeps entries, fill locks and tags under each deployment’s prefix, apart from the other’s', async () => {
    const [storeA, storeB] = stores as [CacheStore, CacheStore];
    const backendA = policyType({ tags: true });
    const backendB = policyType({ tags: true });
    const a = cacheOn(storeA, prefixes.a);
    const b = cacheOn(storeB, prefixes.b);

    await a.loader(backendA.type, scope()).load('D1');
    await b.loader(backendB.type, scope()).load('D1');
    // B did not read A's entry: it asked its own backend.
    expect(backendB.calls).toEqual([['D1']]);
    expect(await keysUnder(prefixes.a)).toEqual([
      `${prefixes.a}:{test:policy:v1:D1}`,
      `${prefixes.a}:{test:tag:party:P-D1}`,
    ]);
    expect(await keysUnder(prefixes.b)).toEqual([
      `${prefixes.b}:{test:policy:v1:D1}`,
      `${prefixes.b}:{test:tag:party:P-D1}`,
    ]);

    // A fill under way holds its lock under its deployment's prefix only.
    backendA.hold();
    const filling = a.loader(backendA.type, scope()).load('D2');
    while (backendA.calls.length < 2) await new Promise((resolve) => setTimeout(resolve, 5));
    expect(await keysUnder(prefixes.a)).toContain(`${prefixes.a}:{test:policy:v1:D2}:fill`);
    expect(await keysUnder(prefixes.b)).toEqual([
      `${prefixes.b}:{test:policy:v1:D1}`,
      `${prefixes.b}:{test:tag:party:P-D1}`,
    ]);
    backendA.release();
    await filling;

    // An eviction by tag in B leaves A's entries alone.
    await expect(b.invalidateTags(['party:P-D1'])).resolves.toEqual({ evicted: 1, deferred: false });
    await a.loader(backendA.type, scope()).load('D1');
    expect(backendA.calls).toEqual([['D1'], ['D2']]);
  });
});
