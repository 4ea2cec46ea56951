import { eventually } from '../../../test-support/eventually';
import { startRedisServer, type RedisServer } from '../../../test-support/redisServers';
import { createMetrics } from '../../metrics';
import { RedisCacheStore } from '../RedisCacheStore';
import { CacheUnavailableError } from '../RedisCircuit';
import { silent } from './support';

/** The Redis store against a redis-server this file starts, stops and pauses itself. */
let server: RedisServer;
const stores: RedisCacheStore[] = [];

async function connectedStore(
  options: { threshold?: number; halfOpenAfterMs?: number; commandTimeoutMs?: number } = {},
): Promise<{ store: RedisCacheStore; metrics: ReturnType<typeof createMetrics> }> {
  const metrics = createMetrics('test', { defaultMetrics: false });
  const store = new RedisCacheStore({
    url: server.url,
    // Generous unless a test is about the bound: a loaded CI machine can take longer than the
    // production 150 ms for a batch write to the redis-server beside it.
    commandTimeoutMs: options.commandTimeoutMs ?? 2_000,
    circuit: { threshold: options.threshold ?? 3, halfOpenAfterMs: options.halfOpenAfterMs ?? 300 },
    metrics,
    log: silent,
  });
  stores.push(store);
  expect(await store.ready(10_000)).toBe(true);
  return { store, metrics };
}

async function failure(operation: Promise<unknown>): Promise<{ reason: string }> {
  try {
    await operation;
  } catch (error) {
    return { reason: error instanceof CacheUnavailableError ? error.reason : 'other' };
  }
  throw new Error('the operation succeeded');
}

beforeAll(async () => {
  server = await startRedisServer();
});
afterEach(async () => {
  for (const store of stores.splice(0)) await store.close();
  await server.start();
});
afterAll(async () => {
  await server.remove();
});

describe('RedisCacheStore', () => {
  it('reads a whole batch with one MGET and no per-key GET', async () => {
    const { store } = await connectedStore();
    const keys = Array.from({ length: 50 }, (_, index) => `mget:{k${index}}`);
    await store.setMany(keys.map((key) => ({ key, value: `v-${key}`, ttlMs: 60_000 })));
    const admin = server.admin();
    await admin.config('RESETSTAT');

    const values = await store.getMany(keys);

    expect(values).toEqual(keys.map((key) => `v-${key}`));
    const stats = await admin.info('commandstats');
    expect(stats).toMatch(/cmdstat_mget:calls=1,/);
    expect(stats).not.toMatch(/cmdstat_get:/);
  });

  it('gives a fill lock to one owner; settling writes only while the owner still holds it', async () => {
    const { store } = await connectedStore();
    await store.setMany([{ key: 'entry:{b}', value: 'old B', ttlMs: 60_000 }]);
    const pair = (name: string): { key: string; lockKey: string } => ({
      key: `entry:{${name}}`,
      lockKey: `lock:{${name}}`,
    });
    expect(await store.claim([pair('a'), pair('b')], 'owner-1', 5_000)).toEqual([
      { holder: null, value: null },
      { holder: null, value: 'old B' },
    ]);
    expect(await store.claim([pair('a'), pair('c')], 'owner-2', 5_000)).toEqual([
      { holder: 'owner-1', value: null },
      { holder: null, value: null },
    ]);

    await store.deleteMany(['lock:{b}']);
    const written = await store.settle(
      [
        { key: 'entry:{a}', lockKey: 'lock:{a}', value: 'A', ttlMs: 60_000, tagKeys: ['tag:{x}'] },
        { key: 'entry:{b}', lockKey: 'lock:{b}', value: 'B', ttlMs: 60_000, tagKeys: [] },
        { key: 'entry:{c}', lockKey: 'lock:{c}', value: 'C', ttlMs: 60_000, tagKeys: [] },
      ],
      'owner-1',
    );

    expect(written).toEqual([true, false, false]);
    expect(await store.getMany(['entry:{a}', 'entry:{b}', 'entry:{c}', 'lock:{a}', 'lock:{c}'])).toEqual([
      'A',
      'old B',
      null,
      null,
      'owner-2',
    ]);
    expect(await store.tagMembers(['tag:{x}'])).toEqual([['entry:{a}']]);
    await store.untag([{ tagKey: 'tag:{x}', members: ['entry:{a}'] }]);
    expect(await store.tagMembers(['tag:{x}'])).toEqual([[]]);
  });

  it('paused (CLIENT PAUSE): each operation gives up within its bound, then the circuit skips Redis, then caching resumes', async () => {
    const { store, metrics } = await connectedStore({ threshold: 3, halfOpenAfterMs: 300, commandTimeoutMs: 100 });
    await store.setMany([{ key: 'paused:{1}', value: 'one', ttlMs: 60_000 }]);
    // Long enough for three 100 ms timeouts many times over on a loaded machine; caching resumes when it ends.
    await server.admin().client('PAUSE', 2_000, 'ALL');

    const timedOut = [
      await failure(store.getMany(['paused:{1}'])),
      await failure(store.getMany(['paused:{1}'])),
      await failure(store.getMany(['paused:{1}'])),
    ];
    // Each gave up while Redis was still paused (an unbounded operation would have waited for the
    // pause to end and then succeeded), so "timeout" is the bound; no wall-clock budget is needed.
    for (const attempt of timedOut) expect(attempt.reason).toBe('timeout');
    expect((await failure(store.getMany(['paused:{1}']))).reason).toBe('circuit-open');
    expect(store.circuitOpen).toBe(true);
    expect((await metrics.cacheCircuitOpen.get()).values[0]?.value).toBe(1);

    await expect(eventually(() => store.getMany(['paused:{1}']), 10_000)).resolves.toEqual(['one']);
    expect(store.circuitOpen).toBe(false);
    expect((await metrics.cacheCircuitOpen.get()).values[0]?.value).toBe(0);
  });

  it('stopped: operations fail at once without a wait; after a restart the store reconnects by itself', async () => {
    const { store } = await connectedStore();
    await server.stop();
    const down = await eventually(async () => {
      const attempt = await failure(store.getMany(['down:{1}']));
      if (attempt.reason !== 'disconnected') throw new Error(`still ${attempt.reason}`);
      return attempt;
    }, 5_000);
    // "disconnected" is the store's answer without sending the command (no wait for a timeout).
    expect(down.reason).toBe('disconnected');

    await server.start();
    await expect(
      eventually(() => store.setMany([{ key: 'down:{1}', value: 'back', ttlMs: 60_000 }]), 10_000),
    ).resolves.toBeUndefined();
    expect(await store.getMany(['down:{1}'])).toEqual(['back']);
  });
});
