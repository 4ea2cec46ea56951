import { readFileSync } from 'node:fs';
import autocannon from 'autocannon';
import { Redis } from 'ioredis';
import { loadSigningKey, DEV_KEY_FILE } from '../platform/auth/signingKey';
import { signAccessToken } from '../platform/auth/tokens';
import { LEGACY_BACKENDS } from '../platform/topology';
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

const OVERVIEW = `query CustomerOverview {
  me {
    id firstName lastName
    lifeContracts { contractNumber product { kind label } status reserve { amount currency } }
    nonLifeContracts { contractNumber product { kind label } premium { amount currency } }
    documents { id type title year }
  }
}`;

function cpuMillis(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
  const ticks = Number(fields[11]) + Number(fields[12]);
  return (ticks * 1000) / 100;
}

function rssMiB(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find((l) => l.startsWith('VmRSS:')) ?? '';
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
  for (const backend of LEGACY_BACKENDS) await fetch(`http://127.0.0.1:${backend.port + PORT_OFFSET}/admin/counters`, { method: 'DELETE' });
}

async function load(system: System, tokens: string[], title: string): Promise<void> {
  const gateway = system.processes.find((p) => p.name === 'gateway');
  if (!gateway?.child.pid) throw new Error('gateway not running');
  const cpuBefore = cpuMillis(gateway.child.pid);
  let next = 0;
  const result = await autocannon({
    url: system.gatewayUrl,
    method: 'POST',
    connections: CONNECTIONS,
    duration: DURATION,
    headers: { 'content-type': 'application/json', 'accept-language': 'nl' },
    body: JSON.stringify({ query: OVERVIEW, operationName: 'CustomerOverview' }),
    requests: [
      {
        setupRequest: (request) => ({ ...request, headers: { ...request.headers, authorization: `Bearer ${tokens[next++ % tokens.length]}` } }),
      },
    ],
  });
  const cpu = cpuMillis(gateway.child.pid) - cpuBefore;
  const total = result.requests.total;
  process.stdout.write(
    [
      `\n${title}`,
      `  requests: ${total} in ${DURATION} s with ${CONNECTIONS} connections: ${result.requests.average.toFixed(0)} req/s; non-2xx ${result.non2xx}, errors ${result.errors}, timeouts ${result.timeouts}`,
      `  latency ms: p50 ${result.latency.p50}, p90 ${result.latency.p90}, p99 ${result.latency.p99}, max ${result.latency.max}`,
      `  gateway CPU per request: ${(cpu / Math.max(total, 1)).toFixed(2)} ms`,
    ].join('\n') + '\n',
  );
}

async function main(): Promise<void> {
  const useRedis = await redisAnswers(REDIS_URL);
  const signingKey = await loadSigningKey({ production: false });
  const privateJwk = readFileSync(DEV_KEY_FILE, 'utf8');
  const prefix = `bench-${Date.now()}`;
  const audience = { issuer: 'customer-graph-identity', audience: 'customer-graph' };
  const token = (id: string): Promise<string> => signAccessToken(signingKey, audience, { subject: id, claims: { role: 'customer' }, ttlSeconds: 3600 });

  process.stdout.write(`Starting every component (cache: ${useRedis ? `Redis at ${REDIS_URL}` : 'in-memory'}, production mode)…\n`);
  const system = await startProcesses({
    portOffset: PORT_OFFSET,
    env: {
      NODE_ENV: 'production',
      LOG_LEVEL: 'warn',
      JWT_PRIVATE_JWK: privateJwk,
      CACHE_PREFIX: prefix,
      // The benchmark is one caller sending as fast as it can: lift the per-caller quota, and keep
      // Life Connect's nightly batch window out of the measurement.
      RATE_LIMIT_PER_MINUTE: '100000000',
      MAINTENANCE_WINDOW: 'none',
      ...(useRedis ? { REDIS_URL } : {}),
    },
    onLog: () => undefined,
    onExit: (name, code) => process.stderr.write(`${name} exited unexpectedly (${code})\n`),
  });
  try {
    const one = [await token('P00000001')];
    const many = await Promise.all(Array.from({ length: 500 }, (_, i) => token(`P${String(i + 1).padStart(8, '0')}`)));

    await resetCounters();
    const cold = await fetch(system.gatewayUrl, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${one[0]}` }, body: JSON.stringify({ query: OVERVIEW }) });
    await cold.text();
    const coldCalls = await backendCalls();
    await resetCounters();
    const warm = await fetch(system.gatewayUrl, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${one[0]}` }, body: JSON.stringify({ query: OVERVIEW }) });
    await warm.text();
    process.stdout.write(`\nBackend calls for one customer overview: cold ${coldCalls}, warm ${await backendCalls()}\n`);

    await load(system, one, 'Warm cache, one customer (gateway + subgraph overhead)');
    await resetCounters();
    await load(system, many, '500 customers round robin (cold at first, then cached)');
    process.stdout.write(`  backend calls during the run: ${await backendCalls()}\n`);

    process.stdout.write('\nMemory (RSS MiB) after the runs:\n');
    for (const { name, child } of system.processes) if (child.pid) process.stdout.write(`  ${name.padEnd(18)} ${rssMiB(child.pid)}\n`);
  } finally {
    await system.stop();
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
