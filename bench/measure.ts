import { readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import autocannon from 'autocannon';
import { Pool } from 'undici';

/** What the benchmark's phases share: how to send a request, time it, and read a process's CPU and memory. */

/** CPU time (user + system) a process has used, in ms, from /proc/<pid>/stat (clock ticks of 10 ms). */
export function cpuMillis(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  } catch {
    // The process ended (Redis killed by the outage phase): it uses no more CPU.
    return 0;
  }
}

/** Resident memory of a process in MiB, from /proc/<pid>/status. */
export function rssMiB(pid: number): number {
  try {
    const line =
      readFileSync(`/proc/${pid}/status`, 'utf8')
        .split('\n')
        .find((l) => l.startsWith('VmRSS:')) ?? '';
    return Number(line.replace(/\D/g, '')) / 1024;
  } catch {
    return 0;
  }
}

export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

export const round = (value: number, digits = 2): number => Math.round(value * 10 ** digits) / 10 ** digits;

export interface Answer {
  status: number;
  ms: number;
  body: { data?: Record<string, unknown> | null; errors?: unknown[]; extensions?: Record<string, unknown> };
}

/** One keep-alive pool per origin, as a client in front of the gateway would hold. */
const pools = new Map<string, Pool>();

function poolFor(origin: string): Pool {
  let pool = pools.get(origin);
  if (!pool) {
    pool = new Pool(origin, { connections: 128, pipelining: 1 });
    pools.set(origin, pool);
  }
  return pool;
}

export async function closePools(): Promise<void> {
  await Promise.all([...pools.values()].map((pool) => pool.close()));
  pools.clear();
}

/** POSTs a GraphQL request and times it (send to whole body read), in ms. */
export async function post(url: string, payload: unknown, headers: Record<string, string>): Promise<Answer> {
  const target = new URL(url);
  const started = process.hrtime.bigint();
  const response = await poolFor(target.origin).request({
    path: target.pathname,
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(payload),
  });
  const text = await response.body.text();
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  let body: Answer['body'];
  try {
    body = JSON.parse(text) as Answer['body'];
  } catch {
    body = { errors: [{ message: `not JSON: ${text.slice(0, 200)}` }] };
  }
  return { status: response.statusCode, ms, body };
}

/** Whether an answer is a success: 200, no error, and `field` (the query's root) present. */
export function succeeded(answer: Answer, field: string): boolean {
  return (
    answer.status === 200 &&
    !answer.body.errors?.length &&
    answer.body.data?.[field] !== null &&
    answer.body.data?.[field] !== undefined
  );
}

export interface Sequential {
  requests: number;
  failed: number;
  p50: number;
  p90: number;
  p99: number;
}

/**
 * One request at a time for `seconds` (latency without queueing): timed here with hrtime, as
 * autocannon's whole-millisecond histogram cannot tell 4.2 ms from 4.9.
 */
export async function sequential(seconds: number, send: () => Promise<boolean | Answer>): Promise<Sequential> {
  const latencies: number[] = [];
  let failed = 0;
  const end = Date.now() + seconds * 1000;
  while (Date.now() < end) {
    const started = process.hrtime.bigint();
    const ok = await send().catch(() => false);
    latencies.push(Number(process.hrtime.bigint() - started) / 1e6);
    if (ok === false) failed++;
  }
  return {
    requests: latencies.length,
    failed,
    p50: round(percentile(latencies, 50)),
    p90: round(percentile(latencies, 90)),
    p99: round(percentile(latencies, 99)),
  };
}

export interface Loaded {
  connections: number;
  seconds: number;
  requests: number;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  failed: number;
  /** CPU ms per request, per process name, over the run. */
  cpuPerRequest: Record<string, number>;
  /** The sum over every process measured. */
  cpuPerRequestAll: number;
}

/** CPU of several processes, read before and after a piece of work. */
export function cpuMeter(processes: ReadonlyArray<{ name: string; pid: number }>): () => Record<string, number> {
  const before = new Map(processes.map(({ name, pid }) => [name, cpuMillis(pid)]));
  return () => Object.fromEntries(processes.map(({ name, pid }) => [name, cpuMillis(pid) - (before.get(name) ?? 0)]));
}

/**
 * `connections` connections sending as fast as answers come back, for `seconds` (autocannon):
 * throughput, p50/p99 and CPU per request of each of `processes`. Every answer must be a 2xx.
 */
export async function underLoad(options: {
  url: string;
  body: string;
  tokens: readonly string[];
  connections: number;
  seconds: number;
  processes: ReadonlyArray<{ name: string; pid: number }>;
  headers?: Record<string, string>;
}): Promise<Loaded> {
  let next = 0;
  const meter = cpuMeter(options.processes);
  const result = await autocannon({
    url: options.url,
    method: 'POST',
    connections: options.connections,
    duration: options.seconds,
    headers: { 'content-type': 'application/json', 'accept-language': 'nl', ...options.headers },
    body: options.body,
    requests: [
      {
        setupRequest: (request) => ({
          ...request,
          headers: {
            ...request.headers,
            authorization: `Bearer ${options.tokens[next++ % options.tokens.length] ?? ''}`,
          },
        }),
      },
    ],
  });
  const cpu = meter();
  const total = Math.max(result.requests.total, 1);
  const cpuPerRequest = Object.fromEntries(Object.entries(cpu).map(([name, ms]) => [name, round(ms / total, 3)]));
  return {
    connections: options.connections,
    seconds: options.seconds,
    requests: result.requests.total,
    requestsPerSecond: round(result.requests.total / options.seconds, 1),
    p50: result.latency.p50,
    p99: result.latency.p99,
    failed: result.non2xx + result.errors + result.timeouts,
    cpuPerRequest,
    cpuPerRequestAll: round(Object.values(cpu).reduce((sum, ms) => sum + ms, 0) / total, 3),
  };
}

export interface Timed {
  /** Seconds since the run started, when the request was sent. */
  at: number;
  ms: number;
  ok: boolean;
}

/**
 * A constant arrival rate (an open loop: a slow answer does not hold back the next request, as
 * with real customers), for `seconds`; `events` run at their second (kill Redis, restart it).
 */
export async function steadyRate(options: {
  rate: number;
  seconds: number;
  send: (index: number) => Promise<boolean>;
  events?: ReadonlyArray<{ at: number; run: () => Promise<void> | void }>;
}): Promise<Timed[]> {
  const results: Timed[] = [];
  const inFlight = new Set<Promise<void>>();
  const start = performance.now();
  const pending = [...(options.events ?? [])].sort((a, b) => a.at - b.at);
  const total = Math.round(options.rate * options.seconds);
  for (let index = 0; index < total; index++) {
    const due = start + (index * 1000) / options.rate;
    while (pending.length && (pending[0]?.at ?? Infinity) * 1000 + start <= due) {
      const event = pending.shift();
      // Events run beside the load, not in its way (a restart takes a while).
      if (event)
        void Promise.resolve(event.run()).catch((error: unknown) => process.stderr.write(`${String(error)}\n`));
    }
    const wait = due - performance.now();
    if (wait > 0) await sleep(wait);
    const at = (performance.now() - start) / 1000;
    const sent = performance.now();
    const request: Promise<void> = options
      .send(index)
      .catch(() => false)
      .then((ok) => {
        results.push({ at, ms: performance.now() - sent, ok });
        inFlight.delete(request);
      });
    inFlight.add(request);
  }
  await Promise.all(inFlight);
  for (const event of pending) await event.run();
  return results.sort((a, b) => a.at - b.at);
}
