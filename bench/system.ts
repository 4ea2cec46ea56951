import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';
import { loadSigningKey, DEV_KEY_FILE } from '../platform/auth/signingKey';
import { signAccessToken } from '../platform/auth/tokens';
import { projectRoot } from '../platform/paths';
import { LEGACY_BACKENDS, localUrl } from '../platform/topology';
import { builtEntry } from '../scripts/componentBuild';
import { startProcesses, type System } from '../scripts/processes';
import { rssMiB } from './measure';
import { dropAtEndOfRun, recordTestProcess, TEST_TEMP_ROOT_ENV } from '../test-support/tempDirs';

/** The benchmark's ports: those of `npm start` shifted by this much, so both can run at once. */
export const BENCH_PORT_OFFSET = 1_000;
/** Customers in the legacy universe of the benchmark's system (the scale phase compares a million with it). */
export const BENCH_CUSTOMERS = 10_000;

/** Production mode needs a PostgreSQL server; the benchmark makes a database of its own there and drops it. */
const POSTGRES_URL = process.env['BENCH_POSTGRES_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/**
 * The configured latency of each legacy backend (its default, set explicitly so the cold floor
 * below follows from configuration rather than from a guess): mean and ± jitter in ms.
 */
export const BACKEND_LATENCY = {
  'customer-master': { latencyMs: 15, jitterMs: 5 },
  'life-connect': { latencyMs: 60, jitterMs: 20 },
  'v-connect': { latencyMs: 25, jitterMs: 10 },
  'document-archive': { latencyMs: 20, jitterMs: 8 },
} as const satisfies Record<(typeof LEGACY_BACKENDS)[number]['name'], { latencyMs: number; jitterMs: number }>;

/** The portal's own operations, so the benchmark follows the schema. */
export const operation = (name: string): string =>
  readFileSync(path.join(projectRoot, 'operations', `${name}.graphql`), 'utf8');

export interface BenchSystem {
  system: System;
  portOffset: number;
  /** The processes by name with their pid (the nine components). */
  processes: Array<{ name: string; pid: number }>;
  pidOf(name: string): number;
  backendUrl(name: (typeof LEGACY_BACKENDS)[number]['name']): string;
  /** Calls received by each legacy backend since the last reset. */
  backendCalls(): Promise<Record<string, { total: number; calls: Record<string, number> }>>;
  resetCounters(): Promise<void>;
  customerToken(id: string): Promise<string>;
  brokerToken(office: string): Promise<string>;
  /** The environment every component got (for the floor probe's capture gateway). */
  env: Record<string, string>;
  /**
   * Replaces the four legacy backends by new processes on the same ports with `customers` in
   * their universe; the subgraphs and gateway stay. Returns how long the new ones took to answer.
   */
  restartBackends(customers: number): Promise<{ startMs: number; rssMB: Record<string, number> }>;
  stop(): Promise<void>;
}

async function onPostgres(sql: string): Promise<void> {
  const client = new Client({ connectionString: POSTGRES_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** Under a jest run (the quick test), the run's global teardown ends what a killed benchmark left. */
const inTestRun = (): boolean => process.env[TEST_TEMP_ROOT_ENV] !== undefined;

export function recordChild(pid: number | undefined): void {
  if (pid === undefined || !inTestRun()) return;
  let command = 'node';
  try {
    command = readFileSync(`/proc/${pid}/comm`, 'utf8').trim();
  } catch {
    // Already ended.
  }
  recordTestProcess(pid, command);
}

/**
 * Every component as its own process from `buildDir` (production mode), with a PostgreSQL
 * database, a Redis prefix and a legacy universe of `customers` of its own.
 */
export async function startBenchSystem(options: {
  buildDir: string;
  redisUrl: string;
  portOffset: number;
  customers: number;
  /** Extra Node options per component (the profile run's `--cpu-prof`). */
  nodeOptionsFor?: Record<string, string[]>;
}): Promise<BenchSystem> {
  const stamp = `${Date.now()}_${randomBytes(3).toString('hex')}`;
  const database = `cg_bench_${stamp}`;
  const databaseUrl = new URL(POSTGRES_URL);
  databaseUrl.pathname = `/${database}`;
  if (inTestRun()) dropAtEndOfRun(database);
  await onPostgres(`CREATE DATABASE ${database}`);
  const signingKey = await loadSigningKey({ production: false });
  const audience = { issuer: 'customer-graph-identity', audience: 'customer-graph' };
  const env: Record<string, string> = {
    NODE_ENV: 'production',
    LOG_LEVEL: 'warn',
    JWT_PRIVATE_JWK: readFileSync(DEV_KEY_FILE, 'utf8'),
    DATABASE_URL: databaseUrl.toString(),
    IDENTITY_HASH_KEY: randomBytes(32).toString('base64'),
    DOCUMENT_URL_SECRET: randomBytes(32).toString('base64'),
    INTERNAL_SERVICE_SECRET: randomBytes(32).toString('base64'),
    CACHE_PREFIX: `bench-${stamp}`,
    REDIS_URL: options.redisUrl,
    CUSTOMERS: String(options.customers),
    // The benchmark is one caller sending as fast as it can: lift the per-caller quota, and keep
    // Life Connect's nightly batch window out of the measurement.
    RATE_LIMIT_PER_MINUTE: '100000000',
    MAINTENANCE_WINDOW: 'none',
  };
  const envFor: Record<string, Record<string, string>> = {
    // Production refuses plain-http download links; nothing is downloaded here.
    documents: { PUBLIC_BASE_URL: 'https://portal.example' },
  };
  for (const [name, latency] of Object.entries(BACKEND_LATENCY))
    envFor[name] = { LATENCY_MS: String(latency.latencyMs), JITTER_MS: String(latency.jitterMs) };
  let restarting = false;
  const replacements: ChildProcess[] = [];
  let system: System;
  try {
    system = await startProcesses({
      buildDir: options.buildDir,
      portOffset: options.portOffset,
      env,
      envFor,
      ...(options.nodeOptionsFor ? { nodeOptionsFor: options.nodeOptionsFor } : {}),
      onLog: () => undefined,
      onExit: (name, code, signal) => {
        if (!restarting) process.stderr.write(`${name} exited unexpectedly (${code ?? signal})\n`);
      },
    });
  } catch (error) {
    await onPostgres(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    throw error;
  }
  for (const { child } of system.processes) recordChild(child.pid);
  const processes = system.processes.map(({ name, child }) => ({ name, pid: child.pid ?? 0 }));
  const backendUrl = (name: string): string => {
    const backend = LEGACY_BACKENDS.find((b) => b.name === name);
    if (!backend) throw new Error(`no backend ${name}`);
    return `http://127.0.0.1:${backend.port + options.portOffset}`;
  };
  return {
    system,
    portOffset: options.portOffset,
    processes,
    pidOf: (name) => {
      const found = processes.find((p) => p.name === name);
      if (!found) throw new Error(`${name} is not running`);
      return found.pid;
    },
    backendUrl,
    async backendCalls() {
      const entries = await Promise.all(
        LEGACY_BACKENDS.map(async (backend) => {
          const response = await fetch(`${backendUrl(backend.name)}/admin/counters`);
          const { total, calls } = (await response.json()) as { total: number; calls: Record<string, number> };
          return [backend.name, { total, calls }] as const;
        }),
      );
      return Object.fromEntries(entries);
    },
    async resetCounters() {
      await Promise.all(
        LEGACY_BACKENDS.map((backend) => fetch(`${backendUrl(backend.name)}/admin/counters`, { method: 'DELETE' })),
      );
    },
    customerToken: (id) =>
      signAccessToken(signingKey, audience, { subject: id, claims: { role: 'customer' }, ttlSeconds: 7200 }),
    brokerToken: (office) =>
      signAccessToken(signingKey, audience, {
        subject: `broker-user-${office}`,
        claims: { role: 'broker', broker: office },
        ttlSeconds: 7200,
      }),
    env,
    async restartBackends(customers) {
      restarting = true;
      const legacy = system.processes.filter((p) => LEGACY_BACKENDS.some((b) => b.name === p.name));
      await Promise.all(legacy.map(({ child }) => stopChild(child)));
      const started = Date.now();
      for (const backend of LEGACY_BACKENDS) {
        const port = backend.port + options.portOffset;
        const child = spawn(process.execPath, ['--enable-source-maps', builtEntry(options.buildDir, backend.entry)], {
          cwd: projectRoot,
          env: { ...process.env, ...env, PORT: String(port), ...envFor[backend.name], CUSTOMERS: String(customers) },
          stdio: ['ignore', 'ignore', 'inherit'],
        });
        recordChild(child.pid);
        replacements.push(child);
        const entry = processes.find((p) => p.name === backend.name);
        if (entry) entry.pid = child.pid ?? 0;
      }
      await Promise.all(
        LEGACY_BACKENDS.map((b) => waitUntilLive(localUrl(b.port + options.portOffset, '/health/live'))),
      );
      const startMs = Date.now() - started;
      return {
        startMs,
        rssMB: Object.fromEntries(
          LEGACY_BACKENDS.map((b) => {
            const pid = processes.find((p) => p.name === b.name)?.pid ?? 0;
            return [b.name, Math.round(rssMiB(pid) * 1.048576 * 10) / 10];
          }),
        ),
      };
    },
    async stop() {
      try {
        await Promise.all(replacements.map(stopChild));
        await system.stop();
      } finally {
        await onPostgres(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
      }
    },
  };
}

/** Ends a child process and waits until it has. */
export async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

export async function waitUntilLive(url: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await (await fetch(url, { signal: AbortSignal.timeout(1_000) })).arrayBuffer();
      return;
    } catch {
      if (Date.now() > deadline) throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
}

/** A customer id of the legacy universe (P + 8 digits, from 1). */
export const customerId = (index: number): string => `P${String(index).padStart(8, '0')}`;
