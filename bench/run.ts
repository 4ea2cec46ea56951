import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';
import autocannon from 'autocannon';
import { Redis } from 'ioredis';
import { loadSigningKey, DEV_KEY_FILE } from '../platform/auth/signingKey';
import { signAccessToken } from '../platform/auth/tokens';
import { projectRoot } from '../platform/paths';
import { LEGACY_BACKENDS } from '../platform/topology';
import { START_BUILD_DIR, buildComponents } from '../scripts/componentBuild';
import { startProcesses, type System } from '../scripts/processes';

/**
 * `npm run bench`: starts every component as its own process (production mode, shared Redis when
 * one answers on REDIS_URL, default redis://127.0.0.1:6379), then measures the customer-overview
 * query through the gateway: throughput, latency percentiles, gateway CPU per request, backend
 * calls per cold query, and each process's memory. Options: BENCH_DURATION (s), BENCH_CONNECTIONS.
 */
const DURATION = Number(process.env['BENCH_DURATION'] ?? 15);
const CONNECTIONS = Number(process.env['BENCH_CONNECTIONS'] ?? 16);
const PORT_OFFSET = 1_000;
const REDIS_URL = process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379';
/** Production mode needs a PostgreSQL server; the benchmark makes a database of its own there and drops it. */
const POSTGRES_URL = process.env['BENCH_POSTGRES_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';

async function onPostgres(sql: string): Promise<void> {
  const client = new Client({ connectionString: POSTGRES_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** The portal's own customer-overview operation, so the benchmark follows the schema. */
const OVERVIEW = readFileSync(path.join(projectRoot, 'operations', 'CustomerOverview.graphql'), 'utf8');

function cpuMillis(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
  const ticks = Number(fields[11]) + Number(fields[12]);
  return (ticks * 1000) / 100;
}

function rssMiB(pid: number): number {
  const line =
    readFileSync(`/proc/${pid}/status`, 'utf8')
      .split('\n')
      .find((l) => l.startsWith('VmRSS:')) ?? '';
  return Math.round(Number(line.replace(/\D/g, '')) / 1024);
}

async function redisAnswers(url: string): Promise<boolean> {
  const redis = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, connectTimeout: 1_000 });
  try {
    await redis.connect();
    return (await redis.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    redis.disconnect();
  }
}

async function backendCalls(): Promise<number> {
  let total = 0;
  for (const backend of LEGACY_BACKENDS) {
    const response = await fetch(`http://127.0.0.1:${backend.port + PORT_OFFSET}/admin/counters`);
    total += ((await response.json()) as { total: number }).total;
  }
  return total;
}

async function resetCounters(): Promise<void> {
  for (const backend of LEGACY_BACKENDS)
    await fetch(`http://127.0.0.1:${backend.port + PORT_OFFSET}/admin/counters`, { method: 'DELETE' });
}

function systemCpuMillis(system: System): number {
  return system.processes.reduce((sum, { child }) => sum + (child.pid ? cpuMillis(child.pid) : 0), 0);
}

async function load(system: System, tokens: string[], title: string, connections = CONNECTIONS): Promise<void> {
  const gateway = system.processes.find((p) => p.name === 'gateway');
  if (!gateway?.child.pid) throw new Error('gateway not running');
  const cpuBefore = cpuMillis(gateway.child.pid);
  const systemCpuBefore = systemCpuMillis(system);
  let next = 0;
  const result = await autocannon({
    url: system.gatewayUrl,
    method: 'POST',
    connections,
    duration: DURATION,
    headers: { 'content-type': 'application/json', 'accept-language': 'nl' },
    body: JSON.stringify({ query: OVERVIEW, operationName: 'CustomerOverview' }),
    requests: [
      {
        setupRequest: (request) => ({
          ...request,
          headers: { ...request.headers, authorization: `Bearer ${tokens[next++ % tokens.length]}` },
        }),
      },
    ],
  });
  const cpu = cpuMillis(gateway.child.pid) - cpuBefore;
  const systemCpu = systemCpuMillis(system) - systemCpuBefore;
  if (result.non2xx > 0 || result.errors > 0)
    throw new Error(
      `${title}: ${result.non2xx} answers were not 2xx and ${result.errors} failed; the measurement is void.`,
    );
  const total = result.requests.total;
  process.stdout.write(
    [
      `\n${title}`,
      `  requests: ${total} in ${DURATION} s with ${connections} connection(s): ${result.requests.average.toFixed(0)} req/s; non-2xx ${result.non2xx}, errors ${result.errors}, timeouts ${result.timeouts}`,
      `  latency ms: p50 ${result.latency.p50}, p90 ${result.latency.p90}, p99 ${result.latency.p99}, max ${result.latency.max}`,
      `  CPU per request: gateway ${(cpu / Math.max(total, 1)).toFixed(2)} ms; all nine processes ${(systemCpu / Math.max(total, 1)).toFixed(2)} ms`,
    ].join('\n') + '\n',
  );
}

async function measure(system: System, token: (id: string) => Promise<string>): Promise<void> {
  const one = [await token('P00000001')];
  const many = await Promise.all(Array.from({ length: 500 }, (_, i) => token(`P${String(i + 1).padStart(8, '0')}`)));
  const overview = async (): Promise<void> => {
    const response = await fetch(system.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${one[0]}` },
      body: JSON.stringify({ query: OVERVIEW }),
    });
    const body = (await response.json()) as { data?: { me?: unknown }; errors?: unknown[] };
    if (!response.ok || body.errors || !body.data?.me)
      throw new Error(`The overview query failed (${response.status}): ${JSON.stringify(body).slice(0, 500)}`);
  };

  await resetCounters();
  await overview();
  const coldCalls = await backendCalls();
  await resetCounters();
  await overview();
  process.stdout.write(`\nBackend calls for one customer overview: cold ${coldCalls}, warm ${await backendCalls()}\n`);

  await load(system, one, 'Warm cache, one customer, one request at a time (latency without queueing)', 1);
  await load(system, one, 'Warm cache, one customer (gateway + subgraph overhead)');
  await resetCounters();
  await load(system, many, '500 customers round robin (cold at first, then cached)');
  process.stdout.write(`  backend calls during the run: ${await backendCalls()}\n`);

  process.stdout.write('\nMemory (RSS MiB) after the runs:\n');
  for (const { name, child } of system.processes)
    if (child.pid) process.stdout.write(`  ${name.padEnd(18)} ${rssMiB(child.pid)}\n`);
}

async function main(): Promise<void> {
  const useRedis = await redisAnswers(REDIS_URL);
  const signingKey = await loadSigningKey({ production: false });
  const audience = { issuer: 'customer-graph-identity', audience: 'customer-graph' };
  const token = (id: string): Promise<string> =>
    signAccessToken(signingKey, audience, { subject: id, claims: { role: 'customer' }, ttlSeconds: 3600 });
  const prefix = `bench-${Date.now()}`;
  const database = `cg_bench_${Date.now()}`;
  const databaseUrl = new URL(POSTGRES_URL);
  databaseUrl.pathname = `/${database}`;

  await onPostgres(`CREATE DATABASE ${database}`);
  try {
    process.stdout.write(
      `Starting every component (cache: ${useRedis ? `Redis at ${REDIS_URL}` : 'in-memory'}, production mode)…\n`,
    );
    await buildComponents(START_BUILD_DIR);
    const system = await startProcesses({
      buildDir: START_BUILD_DIR,
      portOffset: PORT_OFFSET,
      env: {
        NODE_ENV: 'production',
        LOG_LEVEL: 'warn',
        JWT_PRIVATE_JWK: readFileSync(DEV_KEY_FILE, 'utf8'),
        DATABASE_URL: databaseUrl.toString(),
        IDENTITY_HASH_KEY: randomBytes(32).toString('base64'),
        DOCUMENT_URL_SECRET: randomBytes(32).toString('base64'),
        INTERNAL_SERVICE_SECRET: randomBytes(32).toString('base64'),
        CACHE_PREFIX: prefix,
        // The benchmark is one caller sending as fast as it can: lift the per-caller quota, and keep
        // Life Connect's nightly batch window out of the measurement.
        RATE_LIMIT_PER_MINUTE: '100000000',
        MAINTENANCE_WINDOW: 'none',
        ...(useRedis ? { REDIS_URL } : {}),
      },
      // Production refuses plain-http download links; nothing is downloaded here.
      envFor: { documents: { PUBLIC_BASE_URL: 'https://portal.example' } },
      onLog: () => undefined,
      onExit: (name, code) => process.stderr.write(`${name} exited unexpectedly (${code})\n`),
    });
    try {
      await measure(system, token);
    } finally {
      await system.stop();
    }
  } finally {
    await onPostgres(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    if (useRedis) {
      const redis = new Redis(REDIS_URL);
      const keys = await redis.keys(`${prefix}:*`);
      if (keys.length) await redis.del(...keys);
      redis.disconnect();
    }
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
