import { createServer, connect, type Server, type Socket } from 'node:net';
import type { Redis } from 'ioredis';
import { eventually } from '../../../test-support/eventually';
import {
  startRedisCluster,
  startRedisServer,
  type RedisClusterServers,
  type RedisServer,
} from '../../../test-support/redisServers';
import type { RedisTarget } from '../../cache/redisClient';
import { createLogger } from '../../logger';
import { SharedRevocationList } from '../SharedRevocationList';

const SESSION = '9b2f7c1e-0d3a-4c5b-8e6f-1a2b3c4d5e6f';
const OTHER_SESSION = '0c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f';
const UNSYNCED_TOKEN_AGE_SECONDS = 30;

/** The list as each gateway and subgraph process has it, against a redis-server this file starts and stops. */
let server: RedisServer;
let admin: Redis;
const lists: SharedRevocationList[] = [];
/** The lists' clock: tests move it to let revocations lapse. */
let now = Date.now();

async function syncedList(prefix: string, redis: RedisTarget = { url: server.url }): Promise<SharedRevocationList> {
  const list = new SharedRevocationList({
    redis,
    commandTimeoutMs: 200,
    prefix,
    unsyncedTokenAgeSeconds: UNSYNCED_TOKEN_AGE_SECONDS,
    heartbeatMs: 100,
    log: createLogger({ component: 'revocations-test', level: 'silent' }),
    now: () => now,
  });
  lists.push(list);
  expect(await list.synced(10_000)).toBe(true);
  return list;
}

/** A token's `iat` this many seconds before the lists' clock. */
const issuedAgo = (seconds: number): number => Math.floor(now / 1000) - seconds;

beforeAll(async () => {
  server = await startRedisServer();
});
beforeEach(async () => {
  now = Date.now();
  await server.start();
  admin = server.admin();
  await admin.flushall();
});
afterEach(async () => {
  for (const list of lists.splice(0)) await list.close();
});
afterAll(async () => {
  await server.remove();
});

describe('SharedRevocationList', () => {
  it('shares a revocation with every process of the deployment, and with no other deployment', async () => {
    const identity = await syncedList('deployment-a');
    const gateway = await syncedList('deployment-a');
    const elsewhere = await syncedList('deployment-b');

    await identity.revoke([SESSION], 360);

    expect(identity.refusal(SESSION, issuedAgo(1))).toBe('revoked');
    await eventually(async () => expect(gateway.refusal(SESSION, issuedAgo(1))).toBe('revoked'), 5_000);
    expect(gateway.refusal(OTHER_SESSION, issuedAgo(1))).toBeUndefined();
    expect(elsewhere.refusal(SESSION, issuedAgo(1))).toBeUndefined();
    expect(await admin.keys('*')).toEqual(['deployment-a:revoked-sessions']);
  });

  it('tells a process that starts later every revocation still running', async () => {
    const identity = await syncedList('deployment-a');
    await identity.revoke([SESSION], 360);

    const later = await syncedList('deployment-a');

    expect(later.refusal(SESSION, issuedAgo(1))).toBe('revoked');
  });

  it('keeps nothing lapsed in Redis: a revocation drops out with its lifetime, the set expires with its last one', async () => {
    const identity = await syncedList('deployment-a');
    await identity.revoke([SESSION], 10);
    expect(await admin.pttl('deployment-a:revoked-sessions')).toBeLessThanOrEqual(10_000);

    now += 11_000;
    await identity.revoke([OTHER_SESSION], 360);

    expect(await admin.zrange('deployment-a:revoked-sessions', '0', '-1')).toEqual([OTHER_SESSION]);
    const ttl = await admin.pttl('deployment-a:revoked-sessions');
    expect(ttl).toBeGreaterThan(10_000);
    expect(ttl).toBeLessThanOrEqual(360_000);
    expect(identity.refusal(SESSION, issuedAgo(1))).toBeUndefined();
  });

  it('with Redis down: the revoking process refuses at once, the others only session tokens older than the bound; all catch up when it is back', async () => {
    const identity = await syncedList('deployment-a');
    const gateway = await syncedList('deployment-a');
    expect(gateway.refusal(OTHER_SESSION, issuedAgo(UNSYNCED_TOKEN_AGE_SECONDS + 1))).toBeUndefined();

    await server.stop();
    await identity.revoke([SESSION], 360);

    expect(identity.refusal(SESSION, issuedAgo(1))).toBe('revoked');
    await eventually(
      async () =>
        expect(gateway.refusal(OTHER_SESSION, issuedAgo(UNSYNCED_TOKEN_AGE_SECONDS + 1))).toBe(
          'too-old-while-unsynced',
        ),
      5_000,
    );
    // What it cannot know, it accepts within the bound: a token issued less than 30 s ago.
    expect(gateway.refusal(SESSION, issuedAgo(UNSYNCED_TOKEN_AGE_SECONDS - 1))).toBeUndefined();

    await server.start();
    admin = server.admin();

    await eventually(async () => {
      expect(gateway.refusal(SESSION, issuedAgo(1))).toBe('revoked');
      expect(gateway.refusal(OTHER_SESSION, issuedAgo(UNSYNCED_TOKEN_AGE_SECONDS + 1))).toBeUndefined();
    }, 10_000);
    expect(await admin.zrange('deployment-a:revoked-sessions', '0', '-1')).toEqual([SESSION]);
  });

  it('survives a reconnect whose first SUBSCRIBE Redis is too slow to answer: the list subscribes again itself', async () => {
    // Between the list and Redis, a relay that can hold back what the list sends: after the first
    // connections are cut, a SUBSCRIBE waits 600 ms (three command timeouts) before it goes on.
    // ioredis would resubscribe on its own at reconnect, a promise nobody handles: its time-out
    // would be an unhandled rejection, which ends a Node process (and fails this test).
    let holdSubscribe = false;
    const sockets = new Set<Socket>();
    const held = new Set<NodeJS.Timeout>();
    const relay: Server = createServer((client) => {
      const upstream = connect(server.port, '127.0.0.1');
      sockets.add(client).add(upstream);
      client.on('data', (chunk: Buffer) => {
        if (holdSubscribe && chunk.toString('latin1').toLowerCase().includes('subscribe')) {
          const timer = setTimeout(() => {
            held.delete(timer);
            upstream.write(chunk);
          }, 600);
          held.add(timer);
        } else upstream.write(chunk);
      });
      upstream.on('data', (chunk: Buffer) => client.write(chunk));
      for (const socket of [client, upstream]) {
        socket.on('error', () => undefined);
        socket.on('close', () => {
          sockets.delete(socket);
          client.destroy();
          upstream.destroy();
        });
      }
    });
    await new Promise<void>((resolve) => relay.listen(0, '127.0.0.1', resolve));
    try {
      const relayed = `redis://127.0.0.1:${(relay.address() as { port: number }).port}`;
      const gateway = await syncedList('deployment-a', { url: relayed });
      const identity = await syncedList('deployment-a');

      holdSubscribe = true;
      for (const socket of sockets) socket.destroy();
      sockets.clear();
      await eventually(
        async () =>
          expect(gateway.refusal(OTHER_SESSION, issuedAgo(UNSYNCED_TOKEN_AGE_SECONDS + 1))).toBe(
            'too-old-while-unsynced',
          ),
        5_000,
      );
      // The held SUBSCRIBEs time out meanwhile; then Redis answers in time again.
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      holdSubscribe = false;
      await identity.revoke([SESSION], 360);
      await eventually(async () => {
        expect(gateway.refusal(SESSION, issuedAgo(1))).toBe('revoked');
        expect(gateway.refusal(OTHER_SESSION, issuedAgo(UNSYNCED_TOKEN_AGE_SECONDS + 1))).toBeUndefined();
      }, 10_000);
    } finally {
      for (const timer of held) clearTimeout(timer);
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => relay.close(resolve));
    }
  });

  it('ignores announcements not in the shape identity sends', async () => {
    const gateway = await syncedList('deployment-a');
    const channel = 'deployment-a:revoked-sessions:announced';
    const until = now + 360_000;
    await admin.publish(channel, 'not json');
    await admin.publish(channel, JSON.stringify({ sessions: ['not-a-session-id', OTHER_SESSION], until }));
    await admin.publish(channel, JSON.stringify({ sessions: [SESSION], until }));

    await eventually(async () => expect(gateway.refusal(SESSION, issuedAgo(1))).toBe('revoked'), 5_000);
    expect(gateway.refusal(OTHER_SESSION, issuedAgo(1))).toBeUndefined();
  });
});

describe('SharedRevocationList on a Redis Cluster', () => {
  let cluster: RedisClusterServers;
  beforeAll(async () => {
    cluster = await startRedisCluster(3);
  });
  afterAll(async () => {
    await cluster?.stop();
  });

  it('shares a revocation with the other processes, and with one that starts later', async () => {
    const target = { clusterNodes: cluster.nodes };
    const identity = await syncedList('deployment-a', target);
    const gateway = await syncedList('deployment-a', target);

    await identity.revoke([SESSION], 360);

    await eventually(async () => expect(gateway.refusal(SESSION, issuedAgo(1))).toBe('revoked'), 5_000);
    const later = await syncedList('deployment-a', target);
    expect(later.refusal(SESSION, issuedAgo(1))).toBe('revoked');
    expect(later.refusal(OTHER_SESSION, issuedAgo(1))).toBeUndefined();
  });
});
