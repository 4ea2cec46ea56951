import { setInterval } from 'node:timers';
import { round, rssMiB, steadyRate } from '../measure';
import { customerId, type BenchSystem } from '../system';
import { overview } from './overview';
import type { Settings } from './settings';

export interface SoakResult {
  quick: boolean;
  seconds: number;
  rate: number;
  requests: number;
  failed: number;
  /** RSS growth per process, MB per minute (least-squares slope over the samples). */
  growthMBPerMinute: Record<string, number>;
  rssMBStart: Record<string, number>;
  rssMBEnd: Record<string, number>;
  /** The largest growth of any process. */
  maxGrowthMBPerMinute: number;
}

function slopePerMinute(samples: ReadonlyArray<{ t: number; mb: number }>): number {
  const n = samples.length;
  if (n < 2) return 0;
  const meanT = samples.reduce((s, p) => s + p.t, 0) / n;
  const meanMb = samples.reduce((s, p) => s + p.mb, 0) / n;
  const num = samples.reduce((s, p) => s + (p.t - meanT) * (p.mb - meanMb), 0);
  const den = samples.reduce((s, p) => s + (p.t - meanT) ** 2, 0);
  return den === 0 ? 0 : (num / den) * 60;
}

/** The overview at a steady rate over 500 customers (20 in --quick) for the soak's length, each process's RSS sampled. */
export async function soak(bench: BenchSystem, settings: Settings): Promise<SoakResult> {
  const { seconds, rate, sampleSeconds } = settings.soak;
  const customers = settings.quick ? 20 : 500;
  const tokens = await Promise.all(
    Array.from({ length: customers }, (_, i) => bench.customerToken(customerId(3_000 + i))),
  );
  // Filled first (ten at a time), so the soak measures a steady state rather than the cache filling up.
  for (let i = 0; i < tokens.length; i += 10)
    await Promise.all(tokens.slice(i, i + 10).map((token) => overview(bench, token)));
  const samples = new Map<string, Array<{ t: number; mb: number }>>(bench.processes.map((p) => [p.name, []]));
  const start = performance.now();
  const sample = (): void => {
    const t = (performance.now() - start) / 1000;
    for (const { name, pid } of bench.processes) samples.get(name)?.push({ t, mb: (rssMiB(pid) * 1024 * 1024) / 1e6 });
  };
  sample();
  const timer = setInterval(sample, sampleSeconds * 1000);
  let results;
  try {
    results = await steadyRate({ rate, seconds, send: (i) => overview(bench, tokens[i % tokens.length] ?? '') });
  } finally {
    clearInterval(timer);
  }
  sample();
  const growth = Object.fromEntries([...samples].map(([name, s]) => [name, round(slopePerMinute(s), 2)]));
  const first = (name: string): number => round(samples.get(name)?.[0]?.mb ?? 0, 1);
  const last = (name: string): number => round(samples.get(name)?.at(-1)?.mb ?? 0, 1);
  return {
    quick: settings.quick,
    seconds,
    rate,
    requests: results.length,
    failed: results.filter((r) => !r.ok).length,
    growthMBPerMinute: growth,
    rssMBStart: Object.fromEntries(bench.processes.map((p) => [p.name, first(p.name)])),
    rssMBEnd: Object.fromEntries(bench.processes.map((p) => [p.name, last(p.name)])),
    maxGrowthMBPerMinute: Math.max(...Object.values(growth)),
  };
}
