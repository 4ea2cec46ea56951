import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:net';
import { Redis } from 'ioredis';
import { createRedisClient } from '../../cache/redisClient';
import { deleteKeys, TEST_REDIS_URL } from '../../../test-support/system';
import { RateLimiter, type RateLimitDecision } from '../RateLimiter';
import { startRedisServer, type RedisServer } from '../../../test-support/redisServers';

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function until(check: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

// A window of an hour: the counts are fixed windows, and a test that straddled the end of a minute
// (a few seconds' chance in sixty on a loaded machine) would start counting again.
const WINDOW_SECONDS = 3_600;
const QUOTAS = { login: { points: 3, durationSeconds: WINDOW_SECONDS } };

describe('RateLimiter', () => {
  const prefix = `test-rl-${randomUUID().slice(0, 8)}`;
  const clients: Array<{ disconnect(): void }> = [];
  // A generous command bound unless the test is about it: a loaded CI machine can miss 200 ms.
  const client = (url: string, commandTimeoutMs = 2_000) => {
    const redis = createRedisClient({ url }, { commandTimeoutMs });
    clients.push(redis);
    return redis;
  };

  afterAll(async () => {
    for (const redis of clients) redis.disconnect();
    await deleteKeys(prefix);
  });

  it('shares one count between replicas through Redis, and says when to retry', async () => {
    const replicaA = new RateLimiter({ quotas: QUOTAS, redis: client(TEST_REDIS_URL), prefix });
    const replicaB = new RateLimiter({ quotas: QUOTAS, redis: client(TEST_REDIS_URL), prefix });
    await until(async () => clients.every((c) => (c as Redis).status === 'ready'), 5_000);
    const key = 'ip:198.51.100.1';
    expect(await replicaA.consume('login', key)).toEqual({ allowed: true });
    expect(await replicaB.consume('login', key)).toEqual({ allowed: true });
    expect(await replicaA.consume('login', key)).toEqual({ allowed: true });
    const refused = await replicaB.consume('login', key);
    expect(refused.allowed).toBe(false);
    expect((refused as Extract<RateLimitDecision, { allowed: false }>).retryAfterSeconds).toBeGreaterThanOrEqual(1);
    expect((refused as Extract<RateLimitDecision, { allowed: false }>).retryAfterSeconds).toBeLessThanOrEqual(
      WINDOW_SECONDS,
    );
    expect(await replicaA.consume('login', 'ip:198.51.100.2')).toEqual({ allowed: true });
  });

  it('writes hashed keys: no account identifier reaches Redis', async () => {
    const limiter = new RateLimiter({ quotas: QUOTAS, redis: client(TEST_REDIS_URL), prefix });
    await until(async () => (clients.at(-1) as Redis).status === 'ready', 5_000);
    await limiter.consume('login', 'an.peeters@klant.example');
    const inspect = new Redis(TEST_REDIS_URL);
    try {
      const keys = await inspect.keys(`${prefix}:*`);
      expect(keys.length).toBeGreaterThan(0);
      expect(keys.join(' ')).not.toMatch(/klant|peeters|198\.51/);
    } finally {
      inspect.disconnect();
    }
  });

  it('counts per process when Redis cannot be reached, never letting everything through', async () => {
    const limiter = new RateLimiter({ quotas: QUOTAS, redis: client(`redis://127.0.0.1:${await freePort()}`), prefix });
    const decisions = [];
    for (let i = 0; i < 5; i++) decisions.push((await limiter.consume('login', 'subject-1')).allowed);
    expect(decisions).toEqual([true, true, true, false, false]);
  });

  describe('a large quota (leased from Redis a few points at a time)', () => {
    let redis: RedisServer | undefined;
    afterAll(async () => {
      await redis?.remove();
    });

    it('lets two replicas together allow at most the quota, asking Redis once per lease rather than per request', async () => {
      // A server of its own, so its command statistics count this test's calls only.
      redis = await startRedisServer();
      const replicas = [client(redis.url), client(redis.url)];
      await until(async () => replicas.every((r) => r.status === 'ready'), 10_000);
      // 600 points, a lease is 12 (2 %); a window of a year, so the test never spans two.
      const quotas = { general: { points: 600, durationSeconds: 365 * 24 * 3_600 } };
      const [a, b] = replicas.map((r) => new RateLimiter({ quotas, redis: r, prefix }));
      const admin = redis.admin();
      await admin.config('RESETSTAT');
      // 400 requests of one caller on each replica, 20 at a time.
      const allowed = await Promise.all(
        [a, b].map(async (limiter) => {
          let count = 0;
          for (let round = 0; round < 20; round++) {
            const decisions = await Promise.all(
              Array.from({ length: 20 }, () => limiter?.consume('general', 'caller-1')),
            );
            count += decisions.filter((decision) => decision?.allowed).length;
          }
          return count;
        }),
      );
      const total = (allowed[0] ?? 0) + (allowed[1] ?? 0);
      // Never more than the quota; at most one lease per replica left unspent.
      expect(total).toBeLessThanOrEqual(600);
      expect(total).toBeGreaterThanOrEqual(600 - 2 * 12);
      const stats = await admin.info('commandstats');
      const scriptCalls = [...stats.matchAll(/cmdstat_(?:evalsha|eval):calls=(\d+)/g)].reduce(
        (sum, match) => sum + Number(match[1]),
        0,
      );
      // 600 points in leases of 12: 50 leases, plus the replicas' first script load and the refusals
      // once the window is spent (one per replica: a spent window is then refused without asking).
      expect(scriptCalls).toBeGreaterThanOrEqual(50);
      expect(scriptCalls).toBeLessThanOrEqual(60);
      for (const limiter of [a, b]) limiter?.close();
      admin.disconnect();
    });
  });

  describe('when Redis hangs (CLIENT PAUSE)', () => {
    let redis: RedisServer | undefined;
    afterAll(async () => {
      await redis?.remove();
    });

    it('opens its circuit after a few timed-out counts and counts in the process without waiting for Redis', async () => {
      redis = await startRedisServer();
      const shared = client(redis.url, 200);
      await until(async () => shared.status === 'ready', 10_000);
      const limiter = new RateLimiter({
        quotas: QUOTAS,
        redis: shared,
        prefix,
        commandTimeoutMs: 200,
        circuit: { threshold: 2, halfOpenAfterMs: 60_000 },
      });
      expect(await limiter.consume('login', 'subject-3')).toEqual({ allowed: true });

      const admin = redis.admin();
      const pauseMs = 15_000;
      const pausedUntil = Date.now() + pauseMs;
      await admin.client('PAUSE', pauseMs, 'ALL');
      const decisions = [];
      for (let i = 0; i < 20; i++) decisions.push((await limiter.consume('login', 'subject-3')).allowed);
      // Two counts waited for their bound, then none: all twenty were decided long before Redis answered again.
      expect(Date.now()).toBeLessThan(pausedUntil);
      expect(decisions).toEqual([true, true, true, ...Array.from({ length: 17 }, () => false)]);
      limiter.close();
      admin.disconnect();
    });
  });

  describe('when Redis goes down while in use', () => {
    let server: ChildProcess | undefined;
    afterAll(() => {
      if (server?.exitCode === null) server.kill('SIGKILL');
    });

    it('keeps limiting in the process, promptly', async () => {
      const port = await freePort();
      server = spawn(
        'redis-server',
        ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
        { stdio: 'ignore' },
      );
      const redis = client(`redis://127.0.0.1:${port}`);
      await until(async () => redis.status === 'ready', 10_000);
      const limiter = new RateLimiter({ quotas: QUOTAS, redis, prefix });
      expect(await limiter.consume('login', 'subject-2')).toEqual({ allowed: true });

      const exited = new Promise((resolve) => server?.once('exit', resolve));
      server.kill('SIGKILL');
      await exited;
      // Redis stays down for the rest of the test, so every decision that arrives at all was made
      // without it (a command queued for the reconnect would hang until the test's timeout).
      const decisions = [];
      for (let i = 0; i < 5; i++) decisions.push((await limiter.consume('login', 'subject-2')).allowed);
      // The in-process count starts afresh: three more, then refused.
      expect(decisions).toEqual([true, true, true, false, false]);
    });
  });
});
