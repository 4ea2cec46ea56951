import { BACKEND_LATENCY, customerId, operation, type BenchSystem } from '../system';
import {
  cpuMeter,
  percentile,
  post,
  round,
  sequential,
  succeeded,
  underLoad,
  type Loaded,
  type Sequential,
} from '../measure';
import type { Settings } from './settings';

export const OVERVIEW = operation('CustomerOverview');
export const OVERVIEW_BODY = JSON.stringify({ query: OVERVIEW, operationName: 'CustomerOverview' });
/** The warm customer: one whose records are cached by the time the warm phases run. */
export const WARM_CUSTOMER = customerId(1);

export async function overview(bench: BenchSystem, token: string, url = bench.system.gatewayUrl): Promise<boolean> {
  const answer = await post(
    url,
    { query: OVERVIEW, operationName: 'CustomerOverview' },
    { authorization: `Bearer ${token}`, 'accept-language': 'nl' },
  );
  return succeeded(answer, 'me');
}

/** Three overviews of `token`'s customer, each of which must succeed: its records are cached after them. */
export async function warmUp(bench: BenchSystem, token: string, failure: string): Promise<void> {
  for (let i = 0; i < 3; i++) if (!(await overview(bench, token))) throw new Error(failure);
}

export interface WarmResult {
  oneConnection: Sequential & { cpuPerRequestAll: number; cpuPerRequestGateway: number };
  fiftyConnections: Loaded;
}

/** Warm overview of one customer: one request at a time, then 50 connections. */
export async function warmOverview(bench: BenchSystem, settings: Settings): Promise<WarmResult> {
  const token = await bench.customerToken(WARM_CUSTOMER);
  await warmUp(bench, token, 'the warm-up overview failed');
  const meter = cpuMeter(bench.processes);
  const one = await sequential(settings.sequentialSeconds, () => overview(bench, token));
  const cpu = meter();
  const all = Object.values(cpu).reduce((sum, ms) => sum + ms, 0);
  const fifty = await underLoad({
    url: bench.system.gatewayUrl,
    body: OVERVIEW_BODY,
    tokens: [token],
    connections: 50,
    seconds: settings.loadSeconds,
    processes: bench.processes,
  });
  return {
    oneConnection: {
      ...one,
      cpuPerRequestAll: round(all / Math.max(one.requests, 1), 3),
      cpuPerRequestGateway: round((cpu['gateway'] ?? 0) / Math.max(one.requests, 1), 3),
    },
    fiftyConnections: fifty,
  };
}

export interface ColdResult {
  requests: number;
  failed: number;
  p50: number;
  p99: number;
  /** The median of each request's floor (what its own backend calls cost on the critical path), ms. */
  floorP50: number;
  /** The median of each request's latency ÷ its floor. */
  ratioToFloorP50: number;
  /** Legacy calls per cold overview, per backend and endpoint. */
  callsPerOverview: Record<string, Record<string, number>>;
}

type Calls = Record<string, { total: number; calls: Record<string, number> }>;

/**
 * The overview's critical path through the legacy systems: identity's `me` (wave 1) reads the
 * customer master; then life, non-life and documents run in parallel (wave 2), each calling its
 * backend's endpoints one after the other (a list, then the details it lacks; the archive's
 * search, then the policy index for the contracts of the documents found).
 */
const WAVE_1: Array<[string, string]> = [['customer-master', 'getParties']];
const WAVE_2: Array<Array<[string, string]>> = [
  [
    ['life-connect', 'GetContractList'],
    ['life-connect', 'GetContractDetails'],
  ],
  [
    ['v-connect', 'klantContracten'],
    ['v-connect', 'contract'],
  ],
  [
    ['document-archive', 'search'],
    ['customer-master', 'getPolicies'],
  ],
];

/** A request's floor: the configured latency of each step of the critical path it actually took. */
export function floorOf(calls: Calls): number {
  const step = ([backend, endpoint]: [string, string]): number =>
    (calls[backend]?.calls[endpoint] ?? 0) > 0 ? BACKEND_LATENCY[backend as keyof typeof BACKEND_LATENCY].latencyMs : 0;
  const sum = (steps: Array<[string, string]>): number => steps.reduce((total, s) => total + step(s), 0);
  return sum(WAVE_1) + Math.max(...WAVE_2.map(sum));
}

/**
 * Cold overview: each request for a customer nobody asked about before (nothing cached for it),
 * one at a time, the backends' counters read after each so its own floor is known.
 * `firstIndex` and `step` pick where in the universe the fresh customers come from.
 */
export async function coldOverview(
  bench: BenchSystem,
  settings: Settings,
  firstIndex: number,
  step = 1,
): Promise<ColdResult> {
  const latencies: number[] = [];
  const floors: number[] = [];
  const ratios: number[] = [];
  const totals = new Map<string, number>();
  let failed = 0;
  for (let i = 0; i < settings.coldRequests; i++) {
    const token = await bench.customerToken(customerId(firstIndex + i * step));
    await bench.resetCounters();
    const started = process.hrtime.bigint();
    const ok = await overview(bench, token).catch(() => false);
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    const calls = await bench.backendCalls();
    for (const [backend, { calls: byEndpoint }] of Object.entries(calls))
      for (const [endpoint, n] of Object.entries(byEndpoint))
        totals.set(`${backend} ${endpoint}`, (totals.get(`${backend} ${endpoint}`) ?? 0) + n);
    const floor = floorOf(calls);
    latencies.push(ms);
    floors.push(floor);
    ratios.push(ms / floor);
    if (!ok) failed++;
  }
  const callsPerOverview: Record<string, Record<string, number>> = {};
  for (const [key, n] of totals) {
    const [backend = '', endpoint = ''] = key.split(' ');
    (callsPerOverview[backend] ??= {})[endpoint] = round(n / settings.coldRequests);
  }
  return {
    requests: settings.coldRequests,
    failed,
    p50: round(percentile(latencies, 50)),
    p99: round(percentile(latencies, 99)),
    floorP50: round(percentile(floors, 50)),
    ratioToFloorP50: round(percentile(ratios, 50)),
    callsPerOverview,
  };
}
