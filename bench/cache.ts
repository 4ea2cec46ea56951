import { setTimeout as sleep } from 'node:timers/promises';
import { DEFAULT_NEAR_CACHE } from '../platform/cache/NearCache';
import { startRedisServer } from '../test-support/redisServers';
import { startSystem, type RunningSystem } from '../test-support/system';

/**
 * `npm run bench:cache`: what the cache buys and what Redis trouble costs, on the customer-overview
 * query through the gateway, with the legacy backends at their default latencies (customer master
 * 15±5 ms, Life Connect 60±20, V-Connect 25±10, archive 20±8) and a redis-server of its own.
 * Phases, each over BENCH_CUSTOMERS customers (default 50), one query at a time: cold cache, warm
 * cache, Redis paused (CLIENT PAUSE), Redis stopped, and Life Connect in maintenance with entries
 * past their TTL (stale-if-error). Prints latency percentiles and backend calls per query, and how
 * long caching takes to resume after Redis restarts. Everything runs in this one process.
 */
const CUSTOMERS = Number(process.env['BENCH_CUSTOMERS'] ?? 50);

const OVERVIEW = `query CustomerOverview {
  me {
    id firstName lastName
    lifeContracts { contractNumber product { kind label } status reserve { amount currency } }
    nonLifeContracts { contractNumber product { kind label } premium { amount currency } }
    documents(first: 10) { nodes { id type title year } }
  }
}`;

interface Phase {
  phase: string;
  p50: number;
  p95: number;
  max: number;
  backendCallsPerQuery: number;
  errors: number;
  stale: number;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

function backendCalls(system: RunningSystem): number {
  return Object.values(system.backends).reduce((sum, backend) => sum + backend.counters.snapshot().total, 0);
}

async function measure(
  system: RunningSystem,
  phase: string,
  customers: string[],
  tokens: Map<string, string>,
): Promise<Phase> {
  system.resetCounters();
  const durations: number[] = [];
  let errors = 0;
  let stale = 0;
  for (const customer of customers) {
    const started = process.hrtime.bigint();
    const { body } = await system.query(OVERVIEW, {
      token: tokens.get(customer) as string,
      headers: { 'accept-language': 'nl' },
    });
    durations.push(Number(process.hrtime.bigint() - started) / 1e6);
    if (body.errors?.length) {
      // The first error of a phase says what went wrong; the count says how often.
      if (errors === 0) process.stderr.write(`${phase}: ${JSON.stringify(body.errors[0])}\n`);
      errors++;
    }
    if (body.extensions?.['stale']) stale++;
  }
  durations.sort((a, b) => a - b);
  const round = (ms: number): number => Math.round(ms * 10) / 10;
  return {
    phase,
    p50: round(percentile(durations, 50)),
    p95: round(percentile(durations, 95)),
    max: round(durations[durations.length - 1] ?? 0),
    backendCallsPerQuery: round(backendCalls(system) / customers.length),
    errors,
    stale,
  };
}

async function main(): Promise<void> {
  const redis = await startRedisServer();
  let offset = 0;
  const system = await startSystem({
    redis: { url: redis.url },
    // NEAR_CACHE_ENTRIES=0 measures without the near cache, for a before/after in one place.
    redisTuning: {
      commandTimeoutMs: 150,
      nearCache: {
        ...DEFAULT_NEAR_CACHE,
        maxEntries: Number(process.env['NEAR_CACHE_ENTRIES'] ?? DEFAULT_NEAR_CACHE.maxEntries),
      },
    },
    backendPolicy: { timeoutMs: 3_000, retries: 1 },
    clock: () => Date.now() + offset,
    behaviour: {
      customerMaster: { latencyMs: 15, jitterMs: 5 },
      lifeConnect: { latencyMs: 60, jitterMs: 20 },
      vConnect: { latencyMs: 25, jitterMs: 10 },
      documentArchive: { latencyMs: 20, jitterMs: 8 },
    },
  });
  try {
    const customers = Array.from({ length: CUSTOMERS }, (_, index) => `P${String(index + 10).padStart(8, '0')}`);
    const tokens = new Map(
      await Promise.all(
        customers.map(async (customer) => [customer, await system.token('customer', customer)] as const),
      ),
    );
    const results: Phase[] = [];
    results.push(await measure(system, 'cold cache', customers, tokens));
    results.push(await measure(system, 'warm cache', customers, tokens));

    await redis.admin().client('PAUSE', 60_000, 'ALL');
    results.push(await measure(system, 'Redis paused (warm entries unreachable)', customers, tokens));
    await redis.stop();
    results.push(await measure(system, 'Redis stopped', customers, tokens));
    await redis.start();
    const restarted = Date.now();
    const probe = customers[0] as string;
    // Resumed once a query's entries land in the restarted (empty) Redis again: the near caches
    // answer without Redis meanwhile, so backend calls alone would not tell.
    const admin = redis.admin();
    for (;;) {
      await system.query(OVERVIEW, { token: tokens.get(probe) as string });
      if ((await admin.dbsize().catch(() => 0)) > 0) break;
      await sleep(100);
    }
    admin.disconnect();
    const resumedAfterMs = Date.now() - restarted;
    // Every process's Redis client is back within its reconnect backoff (at most 2 s): only then
    // does the refill land in Redis everywhere, which the stale phase below reads.
    await sleep(3_000);
    await measure(system, 'refill after restart', customers, tokens);

    offset = 11 * 60 * 1000;
    system.backends.lifeConnect.setBehaviour({ maintenance: true });
    results.push(await measure(system, 'Life Connect in maintenance, entries past TTL (stale)', customers, tokens));

    process.stdout.write(
      `customer overview through the gateway, ${CUSTOMERS} customers per phase, one query at a time (ms)\n`,
    );
    const columns: Array<keyof Phase> = ['phase', 'p50', 'p95', 'max', 'backendCallsPerQuery', 'errors', 'stale'];
    const widths = columns.map((column) =>
      Math.max(column.length, ...results.map((row) => String(row[column]).length)),
    );
    const line = (cells: string[]): string =>
      `${cells.map((cell, index) => (index === 0 ? cell.padEnd(widths[index] ?? 0) : cell.padStart(widths[index] ?? 0))).join('  ')}\n`;
    process.stdout.write(line(columns));
    for (const row of results) process.stdout.write(line(columns.map((column) => String(row[column]))));
    process.stdout.write(`caching resumed ${resumedAfterMs} ms after Redis restarted\n`);
  } finally {
    await system.stop();
    await redis.remove();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
