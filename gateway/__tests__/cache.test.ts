/** @heavy waits out cache lifetimes and refresh timers */
import { Redis } from 'ioredis';
import { eventually } from '../../test-support/eventually';
import {
  startRedisCluster,
  startRedisServer,
  type RedisClusterServers,
  type RedisServer,
} from '../../test-support/redisServers';
import {
  startSystem,
  TEST_REDIS_URL,
  type BackendName,
  type RunningSystem,
  type SystemOptions,
} from '../../test-support/system';
import type { RedisTarget } from '../../platform/cache/redisClient';
import { operation } from '../../test-support/callers';

/**
 * The cache and resilience end to end: gateway, subgraphs, legacy backends and Redis (a server,
 * a cluster, or one this file stops and pauses) over real HTTP, with the backends' own call
 * counters as the witness of every backend call.
 */
/** The portal's home page, as registered in operations/. */
const OVERVIEW = operation('CustomerOverview');

const BACKENDS: BackendName[] = ['customerMaster', 'lifeConnect', 'vConnect', 'documentArchive'];

function calls(system: RunningSystem): Record<BackendName, Record<string, number>> {
  return Object.fromEntries(BACKENDS.map((name) => [name, system.backends[name].counters.snapshot().calls])) as Record<
    BackendName,
    Record<string, number>
  >;
}

function totalCalls(system: RunningSystem): number {
  return BACKENDS.reduce((sum, name) => sum + system.backends[name].counters.snapshot().total, 0);
}

async function overview(
  system: RunningSystem,
  customer: string,
  url?: string,
): Promise<{
  json: string;
  data: Record<string, unknown>;
  extensions: Record<string, unknown> | undefined;
  ms: number;
}> {
  const token = await system.token('customer', customer);
  const started = Date.now();
  const { status, body } = await system.query(OVERVIEW, {
    token,
    headers: { 'accept-language': 'nl' },
    ...(url ? { url } : {}),
  });
  const ms = Date.now() - started;
  expect(status).toBe(200);
  expect(body.errors).toBeUndefined();
  return {
    json: JSON.stringify(body.data),
    data: body.data as Record<string, unknown>,
    extensions: body.extensions,
    ms,
  };
}

/** The sum of a Prometheus counter over every series whose labels include `labels`, from an operator origin. */
async function metric(origin: string, name: string, labels: Record<string, string> = {}): Promise<number> {
  const text = await (await fetch(`${origin}/metrics`)).text();
  let sum = 0;
  for (const line of text.split('\n')) {
    const match = /^([a-z_]+)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!match || match[1] !== name) continue;
    const series = Object.fromEntries(
      [...(match[2] ?? '').matchAll(/(\w+)="([^"]*)"/g)].map(([, key, value]) => [key, value]),
    );
    if (Object.entries(labels).every(([key, value]) => series[key] === value)) sum += Number(match[3]);
  }
  return sum;
}

async function invalidate(origin: string, body: unknown): Promise<{ status: number; body: unknown }> {
  const response = await fetch(`${origin}/admin/cache/invalidate`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: await response.json() };
}

/** The cluster comes up (seconds of waiting on its nodes) while the tests over the shared Redis run. */
let cluster: Promise<RedisClusterServers>;
beforeAll(() => {
  cluster = startRedisCluster(3);
  // Its failure surfaces where it is awaited.
  cluster.catch(() => undefined);
});
afterAll(async () => {
  await (await cluster).stop();
});

/** Where the cache lives, and the servers (masters) that should hold entries. */
const shared: Array<[string, () => Promise<RedisTarget>, () => Promise<number[]>]> = [
  ['Redis', async () => ({ url: TEST_REDIS_URL }), async () => [Number(new URL(TEST_REDIS_URL).port || 6379)]],
  [
    'a three-node Redis Cluster',
    async () => ({ clusterNodes: (await cluster).nodes }),
    async () => (await cluster).servers.map((server) => server.port),
  ],
];

describe.each(shared)('two replicas of every subgraph caching in %s', (_name, target, ports) => {
  let system: RunningSystem;
  beforeAll(async () => {
    system = await startSystem({
      redis: await target(),
      stacks: 2,
      redisTuning: { fillLock: { ttlMs: 5_000, waitMs: 3_000 } },
    });
  });
  afterAll(async () => {
    await system.stop();
  });

  it('a cold customer overview calls every backend it needs; the repeat calls none and answers the same JSON', async () => {
    system.resetCounters();
    const cold = await overview(system, 'P00000001');
    for (const backend of BACKENDS) expect(system.backends[backend].counters.snapshot().total).toBeGreaterThan(0);

    system.resetCounters();
    const warm = await overview(system, 'P00000001');
    expect(totalCalls(system)).toBe(0);
    expect(warm.json).toBe(cold.json);
    // The other replica shares the cache: nothing to fetch there either.
    const other = await overview(system, 'P00000001', system.stacks[1]?.gatewayUrl);
    expect(totalCalls(system)).toBe(0);
    expect(other.json).toBe(cold.json);

    const life = system.stacks[0]?.operatorOrigins.life as string;
    expect(await metric(life, 'cache_lookups_total', { namespace: 'life', result: 'hit' })).toBeGreaterThan(0);
    expect(await metric(life, 'backend_calls_total', { backend: 'life-connect', outcome: 'ok' })).toBeGreaterThan(0);
    expect(await metric(life, 'backend_call_duration_seconds_count', { backend: 'life-connect' })).toBeGreaterThan(0);
    expect(await metric(life, 'backend_calls_in_flight', { backend: 'life-connect' })).toBe(0);
    const gatewayOrigin = system.stacks[0]?.gatewayOperatorOrigin as string;
    expect(
      await metric(gatewayOrigin, 'backend_calls_total', { backend: 'life', endpoint: 'graphql', outcome: 'ok' }),
    ).toBeGreaterThan(0);
  });

  it('an eviction through the shared invalidation API on one instance is seen by the next read on the other', async () => {
    const first = await overview(system, 'P00000002');
    const lifeNumbers = (first.data['me'] as { lifeContracts: Array<{ contractNumber: string }> }).lifeContracts.map(
      (contract) => contract.contractNumber,
    );
    expect(lifeNumbers.length).toBeGreaterThan(0);
    system.resetCounters();

    const [one, two] = system.stacks as [
      NonNullable<(typeof system.stacks)[number]>,
      NonNullable<(typeof system.stacks)[number]>,
    ];
    expect(
      await invalidate(one.subgraphOrigins.life, { keys: [{ type: 'lifeContract', ids: [lifeNumbers[0]] }] }),
    ).toEqual({ status: 200, body: { evicted: 1, deferred: false } });
    expect(
      await invalidate(one.subgraphOrigins.identity, { keys: [{ type: 'customer', ids: ['P00000002'] }] }),
    ).toEqual({ status: 200, body: { evicted: 1, deferred: false } });

    const again = await overview(system, 'P00000002', two.gatewayUrl);
    expect(again.json).toBe(first.json);
    expect(calls(system)).toEqual({
      customerMaster: { getParties: 1 },
      lifeConnect: { GetContractDetails: 1 },
      vConnect: {},
      documentArchive: {},
    });
  });

  it('concurrent identical cold queries sent to both instances cause one backend call per record', async () => {
    const customer = 'P00000003';
    system.resetCounters();
    const stacks = system.stacks;
    const fillsBefore = await fillsPerType(stacks.map((stack) => stack.operatorOrigins));

    const answers = await Promise.all(
      Array.from({ length: 8 }, (_, index) => overview(system, customer, stacks[index % 2]?.gatewayUrl)),
    );
    for (const answer of answers) expect(answer.json).toBe(answers[0]?.json);

    const fills = diff(await fillsPerType(stacks.map((stack) => stack.operatorOrigins)), fillsBefore);
    const me = answers[0]?.data['me'] as { lifeContracts: unknown[]; nonLifeContracts: unknown[] };
    // One record of each per-customer type, and each contract fetched once across both replicas.
    expect(fills['identity/customer']).toBe(1);
    expect(fills['life/lifeContractList']).toBe(1);
    expect(fills['nonlife/nonLifeContractList']).toBe(1);
    expect(fills['documents/customerDocuments']).toBe(1);
    expect(fills['life/lifeContract']).toBeGreaterThanOrEqual(me.lifeContracts.length);
    expect(fills['nonlife/nonLifeContract']).toBeGreaterThanOrEqual(me.nonLifeContracts.length);

    // The backends saw no more calls than there are records (batch endpoints may carry several).
    const seen = calls(system);
    expect(seen.customerMaster['getParties']).toBe(1);
    expect(seen.lifeConnect['GetContractList']).toBe(1);
    expect(seen.lifeConnect['GetContractDetails']).toBeLessThanOrEqual(fills['life/lifeContract'] as number);
    expect(seen.vConnect['klantContracten']).toBe(1);
    // V-Connect has no batch endpoint: one call per contract, exactly.
    expect(seen.vConnect['contract']).toBe(fills['nonlife/nonLifeContract']);
    expect(seen.documentArchive['search']).toBe(1);
  });

  it('stores entries on every server (on a cluster: all three masters)', async () => {
    for (const customer of ['P00000004', 'P00000005', 'P00000006']) await overview(system, customer);
    const perMaster = await Promise.all(
      (await ports()).map(async (port) => {
        const admin = new Redis({ port, host: '127.0.0.1' });
        try {
          return (await admin.keys(`${system.cachePrefix}:*`)).length;
        } finally {
          admin.disconnect();
        }
      }),
    );
    for (const count of perMaster) expect(count).toBeGreaterThan(0);
  });
});

async function fillsPerType(origins: Array<Record<string, string>>): Promise<Record<string, number>> {
  const types: Array<[string, string]> = [
    ['identity', 'customer'],
    ['life', 'lifeContractList'],
    ['life', 'lifeContract'],
    ['nonlife', 'nonLifeContractList'],
    ['nonlife', 'nonLifeContract'],
    ['documents', 'customerDocuments'],
  ];
  const result: Record<string, number> = {};
  for (const [namespace, type] of types) {
    let sum = 0;
    for (const origin of origins)
      sum += await metric(origin[namespace] as string, 'cache_fills_total', { namespace, type });
    result[`${namespace}/${type}`] = sum;
  }
  return result;
}

function diff(after: Record<string, number>, before: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(after).map(([key, value]) => [key, value - (before[key] ?? 0)]));
}

describe('Redis failing under a running system', () => {
  let redis: RedisServer;
  let system: RunningSystem;
  const options = (): SystemOptions => ({
    redis: { url: redis.url },
    redisTuning: {
      commandTimeoutMs: 100,
      circuit: { threshold: 3, halfOpenAfterMs: 500 },
      fillLock: { ttlMs: 2_000, waitMs: 500 },
    },
  });
  /** What a query may cost on top of the backends while Redis is down or silent; generous for a loaded 2-core machine. */
  const BOUND_MS = 3_000;

  beforeAll(async () => {
    redis = await startRedisServer();
    system = await startSystem(options());
  });
  afterAll(async () => {
    await system.stop();
    await redis.remove();
  });

  /**
   * Whether a customer nobody has asked for yet lands in Redis: the near caches answer without
   * Redis during and just after an outage, so a repeat costing no backend call proves nothing.
   */
  async function redisCachesAgain(customer: string): Promise<boolean> {
    const admin = redis.admin();
    try {
      const before = await admin.dbsize();
      await overview(system, customer);
      return (await admin.dbsize()) > before;
    } finally {
      admin.disconnect();
    }
  }

  async function cachingWorks(customer: string): Promise<boolean> {
    await overview(system, customer);
    system.resetCounters();
    await overview(system, customer);
    return totalCalls(system) === 0;
  }

  it('stopped mid-run: the hot set is answered from the near caches, the rest from the backends, within the bound; caching resumes after the restart', async () => {
    const warm = await overview(system, 'P00000001');
    expect(await cachingWorks('P00000001')).toBe(true);

    await redis.stop();
    for (let round = 0; round < 5; round++) {
      system.resetCounters();
      const answer = await overview(system, 'P00000001');
      expect(answer.json).toBe(warm.json);
      expect(answer.ms).toBeLessThan(BOUND_MS);
      // Held in each subgraph's process: Redis being away sends none of it to the legacy systems.
      expect(totalCalls(system)).toBe(0);
    }
    // A customer nobody held is fetched from the backends, and kept for the rest of the outage.
    system.resetCounters();
    const cold = await overview(system, 'P00000003');
    expect(cold.ms).toBeLessThan(BOUND_MS);
    expect(totalCalls(system)).toBeGreaterThan(0);
    system.resetCounters();
    expect((await overview(system, 'P00000003')).json).toBe(cold.json);
    expect(totalCalls(system)).toBe(0);
    const life = system.stacks[0]?.operatorOrigins.life as string;
    expect(await metric(life, 'cache_errors_total')).toBeGreaterThan(0);

    await redis.start();
    let fresh = 20;
    await eventually(async () => expect(await redisCachesAgain(`P000000${fresh++}`)).toBe(true), 30_000);
    expect(await cachingWorks('P00000001')).toBe(true);
  });

  it('paused (CLIENT PAUSE): every query still answers within the bound; caching resumes when Redis answers again', async () => {
    const warm = await overview(system, 'P00000002');
    expect(await cachingWorks('P00000002')).toBe(true);

    // Rounds start for two seconds, each at least BOUND_MS before the pause ends, so each is answered while Redis is silent.
    const pauseMs = BOUND_MS * 2 + 2_000;
    const pausedUntil = Date.now() + pauseMs;
    const errorsBefore = await metric(system.stacks[0]?.operatorOrigins.life as string, 'cache_errors_total');
    await redis.admin().client('PAUSE', pauseMs, 'ALL');
    // A customer nobody holds waits for Redis no longer than its bound, then comes from the backends.
    const cold = await overview(system, 'P00000005');
    expect(cold.ms).toBeLessThan(BOUND_MS);
    const life = system.stacks[0]?.operatorOrigins.life as string;
    // Timed out, or skipped once the circuit opened: either way Redis was not waited for past its bound.
    expect(await metric(life, 'cache_errors_total')).toBeGreaterThan(errorsBefore);
    let rounds = 0;
    while (Date.now() < pausedUntil - BOUND_MS) {
      system.resetCounters();
      const answer = await overview(system, 'P00000002');
      expect(answer.json).toBe(warm.json);
      expect(answer.ms).toBeLessThan(BOUND_MS);
      // The near caches answer: a silent Redis costs the hot set nothing.
      expect(totalCalls(system)).toBe(0);
      rounds++;
    }
    expect(rounds).toBeGreaterThan(0);

    let fresh = 40;
    await eventually(async () => expect(await redisCachesAgain(`P000000${fresh++}`)).toBe(true), 30_000);
  });
});

describe('a backend in maintenance', () => {
  let system: RunningSystem;
  let offset = 0;

  beforeAll(async () => {
    system = await startSystem({ clock: () => Date.now() + offset });
  });
  afterAll(async () => {
    await system.stop();
  });

  it('answers from the cache past its TTL with the stale marker naming the parts and their age; past the grace period, an error', async () => {
    const fresh = await overview(system, 'P00000001');
    expect(fresh.extensions?.['stale']).toBeUndefined();

    offset = 11 * 60 * 1000;
    system.backends.lifeConnect.setBehaviour({ maintenance: true });
    const stale = await overview(system, 'P00000001');

    expect(stale.json).toBe(fresh.json);
    const markers = stale.extensions?.['stale'] as Array<Record<string, unknown>>;
    expect(markers).toEqual(
      expect.arrayContaining([
        {
          source: 'life-connect',
          type: 'lifeContractList',
          ageSeconds: expect.any(Number),
          reason: expect.stringMatching(/^(maintenance|circuit-open)$/),
        },
        {
          source: 'life-connect',
          type: 'lifeContract',
          ageSeconds: expect.any(Number),
          reason: expect.stringMatching(/^(maintenance|circuit-open)$/),
        },
      ]),
    );
    expect(markers.every((marker) => marker['source'] === 'life-connect')).toBe(true);
    for (const marker of markers) expect(Math.abs((marker['ageSeconds'] as number) - 660)).toBeLessThanOrEqual(5);
    expect(
      await metric(system.stacks[0]?.gatewayOperatorOrigin as string, 'stale_parts_total', { source: 'life-connect' }),
    ).toBeGreaterThan(0);

    offset = 25 * 3600 * 1000;
    const token = await system.token('customer', 'P00000001');
    const { body } = await system.query(OVERVIEW, { token });
    expect(
      body.errors?.some(
        (error) =>
          error.extensions?.['code'] === 'BACKEND_UNAVAILABLE' && error.extensions?.['backend'] === 'life-connect',
      ),
    ).toBe(true);
    expect((body.data?.['me'] as { firstName?: string } | null)?.firstName).toBe('An');
  });
});
