import { setTimeout as sleep } from 'node:timers/promises';
import type { Redis } from 'ioredis';
import { startRedisServer, type RedisServer } from '../../../test-support/redisServers';
import { eventually } from '../../../test-support/eventually';
import { RedisCacheStore } from '../RedisCacheStore';
import { newPrefix, silent, TEST_FILL_LOCK } from './support';

const NEAR = { maxEntries: 1_000, maxBytes: 1024 * 1024, ttlMs: 60_000 };

/** Two replicas' stores on one Redis of the test's own, with near caches, and a client of the test's own. */
describe('the near cache in front of Redis', () => {
  let redis: RedisServer;
  let admin: Redis;
  let a: RedisCacheStore;
  let b: RedisCacheStore;
  const prefix = newPrefix();
  const key = (name: string): string => `${prefix}:{test:record:v1:${name}}`;

  const store = async (): Promise<RedisCacheStore> => {
    const created = new RedisCacheStore({
      url: redis.url,
      // Generous: no test here is about the command bound, and a loaded CI machine can miss 300 ms.
      commandTimeoutMs: 2_000,
      fillLock: TEST_FILL_LOCK,
      nearCache: NEAR,
      log: silent,
    });
    if (!(await created.ready(10_000))) throw new Error('the test Redis did not connect');
    return created;
  };
  /** Tracking is set up once a read from Redis is kept in the near cache. */
  const tracking = async (target: RedisCacheStore, probe: string): Promise<void> => {
    await admin.set(probe, 'probe');
    await eventually(async () => {
      await target.getMany([probe]);
      if ((target.near?.size ?? 0) === 0) throw new Error('not tracking yet');
    });
  };
  /** Commands Redis has run, from INFO commandstats: to tell whether a read reached it. */
  const mgetCalls = async (): Promise<number> => {
    const info = await admin.info('commandstats');
    return Number(/cmdstat_mget:calls=(\d+)/.exec(info)?.[1] ?? 0);
  };

  beforeAll(async () => {
    redis = await startRedisServer();
    admin = redis.admin();
    a = await store();
    b = await store();
    await tracking(a, key('probe-a'));
    await tracking(b, key('probe-b'));
  });
  afterAll(async () => {
    await a.close();
    await b.close();
    admin.disconnect();
    await redis.remove();
  });

  it('answers a second read from process memory, without a Redis round trip', async () => {
    await b.setMany([{ key: key('1'), value: 'first', ttlMs: 60_000 }]);
    expect(await a.getMany([key('1')])).toEqual(['first']);
    const before = await mgetCalls();
    expect(await a.getMany([key('1')])).toEqual(['first']);
    expect(await mgetCalls()).toBe(before);
  });

  it('drops an entry another replica overwrites or evicts, on Redis’s invalidation', async () => {
    await b.setMany([{ key: key('2'), value: 'old', ttlMs: 60_000 }]);
    expect(await a.getMany([key('2')])).toEqual(['old']);
    await b.setMany([{ key: key('2'), value: 'new', ttlMs: 60_000 }]);
    await eventually(async () => expect(await a.getMany([key('2')])).toEqual(['new']));
    await b.deleteMany([key('2')]);
    await eventually(async () => expect(await a.getMany([key('2')])).toEqual([null]));
    // An entry Redis expires is dropped as well.
    await b.setMany([{ key: key('3'), value: 'short', ttlMs: 300 }]);
    expect(await a.getMany([key('3')])).toEqual(['short']);
    await eventually(async () => expect(await a.getMany([key('3')])).toEqual([null]));
  });

  it('never serves its own old copy after it writes', async () => {
    expect(await a.getMany([key('4')])).toEqual([null]);
    await b.setMany([{ key: key('4'), value: 'b wrote', ttlMs: 60_000 }]);
    await eventually(async () => expect(await a.getMany([key('4')])).toEqual(['b wrote']));
    await a.setMany([{ key: key('4'), value: 'a wrote', ttlMs: 60_000 }]);
    expect(await a.getMany([key('4')])).toEqual(['a wrote']);
    // After its own write the key is read from Redis again, so b's next write reaches a too.
    await b.setMany([{ key: key('4'), value: 'b again', ttlMs: 60_000 }]);
    await eventually(async () => expect(await a.getMany([key('4')])).toEqual(['b again']));
  });

  it('keeps serving what it holds while Redis is down, and drops it all when Redis returns', async () => {
    await b.setMany([{ key: key('5'), value: 'held', ttlMs: 60_000 }]);
    expect(await a.getMany([key('5')])).toEqual(['held']);
    await redis.stop();
    await eventually(async () => expect(a.client.status).not.toBe('ready'));
    // Held entries are served; a key it does not hold is a miss beside them, or a failure alone.
    expect(await a.getMany([key('5'), key('not-held')])).toEqual(['held', null]);
    await expect(a.getMany([key('not-held')])).rejects.toThrow();
    // What it fetched meanwhile is kept for the outage.
    await a.setMany([{ key: key('6'), value: 'fetched in the outage', ttlMs: 60_000 }]).catch(() => undefined);
    expect(await a.getMany([key('6')])).toEqual(['fetched in the outage']);

    await redis.start();
    await eventually(async () => expect(a.client.status).toBe('ready'), 30_000);
    // Redis lost the data with the restart: nothing held from before may answer.
    await eventually(async () => expect(await a.getMany([key('5'), key('6')])).toEqual([null, null]), 30_000);
    // The test's own client does not reconnect: a new one for the new server.
    admin.disconnect();
    admin = redis.admin();
    await admin.set(key('5'), 'after the restart');
    await eventually(async () => expect(await a.getMany([key('5')])).toEqual(['after the restart']), 30_000);
    // Tracking is back: an overwrite by another replica reaches it again.
    await eventually(async () => expect(b.client.status).toBe('ready'), 30_000);
    await sleep(100);
    await b.setMany([{ key: key('5'), value: 'overwritten', ttlMs: 60_000 }]);
    await eventually(async () => expect(await a.getMany([key('5')])).toEqual(['overwritten']), 30_000);
  });
});
