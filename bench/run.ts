import { writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { projectRoot } from '../platform/paths';
import { START_BUILD_DIR, buildComponents } from '../scripts/componentBuild';
import { startRedisServer } from '../test-support/redisServers';
import { chart } from './chart';
import { closePools, round, sequential } from './measure';
import { floorProbe } from './phases/floor';
import { gatewayOverhead } from './phases/overhead';
import { coldOverview, warmOverview, overview } from './phases/overview';
import { redisOutage } from './phases/outage';
import { portfolioPage } from './phases/portfolio';
import { FULL, QUICK, type Settings } from './phases/settings';
import { soak } from './phases/soak';
import { figure, table, writeReport, type BenchReport, type Figure } from './report';
import {
  BACKEND_LATENCY,
  BENCH_CUSTOMERS,
  BENCH_PORT_OFFSET,
  customerId,
  startBenchSystem,
  type BenchSystem,
} from './system';

/**
 * `npm run bench` (`-- --quick` for a smoke test of under a minute, whose times mean nothing):
 * every component as its own process from the compiled build, in production mode, with a
 * redis-server, a PostgreSQL database, a Redis prefix and ports of its own; then the phases
 * below, each figure printed with its target (docs/operations.md, Performance), written to
 * bench/results/<timestamp>.json and latest.json with the chart latest.svg (--quick: to
 * bench/results/quick/, which git ignores; BENCH_RESULTS_DIR overrides either).
 *
 * The load generator (autocannon, or this process's own loop) runs on the same cores as the
 * nine processes it measures, as does whatever else the machine is doing: the JSON records the
 * load average at the start and the end.
 */
/** The second system (a million customers) runs beside nothing: the first is stopped by then. */
const LARGE_UNIVERSE = 1_000_000;
/** "Today's" warm throughput at 50 connections (the lower end of 155–174 req/s measured before this work). */
const TODAY_REQUESTS_PER_SECOND = 155;

const log = (line: string): void => void process.stdout.write(`${line}\n`);

async function buildFloorProxy(buildDir: string): Promise<void> {
  await build({
    entryPoints: [path.join(projectRoot, 'bench', 'floorProxy.ts')],
    outdir: path.join(buildDir, 'bench'),
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    logLevel: 'warning',
  });
}

/**
 * The same overview with a million customers in the legacy universe: the four backends replaced
 * by processes generating a million (the subgraphs and gateway stay), a warm customer near the
 * end of the universe and fresh ones spread over all of it (a prime step).
 */
async function scalePhase(
  bench: BenchSystem,
  settings: Settings,
): Promise<{ warmP50: number; coldP50: number; backendStartMs: number; backendRssMB: Record<string, number> }> {
  const restarted = await bench.restartBackends(LARGE_UNIVERSE);
  const token = await bench.customerToken(customerId(LARGE_UNIVERSE - 1));
  // The subgraphs' circuits may have opened while the backends were away: wait for a good answer.
  const deadline = Date.now() + 30_000;
  while (!(await overview(bench, token).catch(() => false)))
    if (Date.now() > deadline) throw new Error('the 1,000,000-customer overview kept failing');
  for (let i = 0; i < 2; i++) await overview(bench, token);
  const warm = await sequential(settings.sequentialSeconds, () => overview(bench, token));
  const cold = await coldOverview(bench, settings, 500_003, 7_919);
  return { warmP50: warm.p50, coldP50: cold.p50, backendStartMs: restarted.startMs, backendRssMB: restarted.rssMB };
}

async function main(): Promise<void> {
  const settings = process.argv.includes('--quick') ? QUICK : FULL;
  const resultsDir =
    process.env['BENCH_RESULTS_DIR'] ??
    path.join(projectRoot, 'bench', 'results', ...(settings.quick ? ['quick'] : []));
  const buildDir = process.env['BENCH_BUILD_DIR'] ?? START_BUILD_DIR;
  const startedAt = new Date().toISOString();
  const loadAverageAtStart = os.loadavg().map((l) => round(l, 2));
  log(
    `npm run bench${settings.quick ? ' --quick (a smoke test: its times mean nothing)' : ''}: load average ${loadAverageAtStart.join(' ')} on ${os.cpus().length} cores`,
  );

  await buildComponents(buildDir);
  await buildFloorProxy(buildDir);
  const redis = await startRedisServer();
  const phases: Record<string, unknown> = {};
  let bench: BenchSystem | undefined;
  try {
    log('Starting every component (production mode, 10,000 customers)…');
    bench = await startBenchSystem({
      buildDir,
      redisUrl: redis.url,
      portOffset: BENCH_PORT_OFFSET,
      customers: BENCH_CUSTOMERS,
    });
    const step = async <T>(name: string, run: () => Promise<T>): Promise<T> => {
      const started = Date.now();
      const result = await run();
      phases[name] = result;
      log(`  ${name}: done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
      return result;
    };
    // First, while nothing is cached: the broker's portfolio holds the lowest customer numbers.
    const portfolio = await step('portfolio', () => portfolioPage(bench as BenchSystem));
    const cold = await step('coldOverview', () => coldOverview(bench as BenchSystem, settings, 1_000));
    const warm = await step('warmOverview', () => warmOverview(bench as BenchSystem, settings));
    const floor = await step('floorProbe', () => floorProbe(bench as BenchSystem, buildDir, settings));
    const overhead = await step('gatewayOverhead', () => gatewayOverhead(bench as BenchSystem, settings));
    const soaked = await step('soak', () => soak(bench as BenchSystem, settings));
    const outage = await step('redisOutage', () => redisOutage(bench as BenchSystem, redis, settings));
    log('Replacing the legacy backends by ones with 1,000,000 customers…');
    const scale = await step('scale', () => scalePhase(bench as BenchSystem, settings));
    await bench.stop();
    bench = undefined;

    const lifeTarget = 1 + Math.ceil(portfolio.lifeContracts / 50);
    const gatewayCpu = warm.fiftyConnections.cpuPerRequest['gateway'] ?? Number.NaN;
    const floorCpu = floor.fiftyConnections.cpuPerRequest['floor'] ?? Number.NaN;
    const backAfter = [outage.backAfterRestart, outage.backAfterResume];
    const figures: Figure[] = [
      figure('warm.p50.1', 'warm overview p50, 1 connection', 'ms', warm.oneConnection.p50, { op: '<=', value: 5 }),
      figure(
        'warm.rps.50',
        'warm overview throughput, 50 connections',
        'req/s',
        warm.fiftyConnections.requestsPerSecond,
        { op: '>=', value: 3 * TODAY_REQUESTS_PER_SECOND },
        `3 × ${TODAY_REQUESTS_PER_SECOND} req/s, the lower end of the 155–174 measured before`,
      ),
      figure(
        'warm.p99.50',
        'warm overview p99, 50 connections',
        'ms',
        warm.fiftyConnections.p99,
        null,
        'before: 530–770 ms',
      ),
      figure(
        'warm.cpu.all.50',
        'CPU per request, all processes (50 conn.)',
        'ms',
        warm.fiftyConnections.cpuPerRequestAll,
        {
          op: '<=',
          value: 3,
        },
      ),
      figure('warm.cpu.gateway.50', 'CPU per request, gateway (50 conn.)', 'ms', gatewayCpu, null),
      figure('floor.p50.1', 'floor probe p50, 1 connection', 'ms', floor.oneConnection.p50, null),
      figure(
        'floor.rps.50',
        'floor probe throughput, 50 connections',
        'req/s',
        floor.fiftyConnections.requestsPerSecond,
        null,
      ),
      figure('floor.cpu.50', 'CPU per request, floor probe (50 conn.)', 'ms', floorCpu, null),
      figure(
        'gateway.vs.floor.cpu',
        'gateway CPU ÷ floor probe CPU per request',
        '×',
        round(gatewayCpu / floorCpu, 2),
        {
          op: '<=',
          value: 2,
        },
      ),
      figure(
        'overhead.p50.1',
        'gateway overhead, { me { id firstName } } p50',
        'ms',
        overhead.differenceP50,
        {
          op: '<=',
          value: 1,
        },
        `through the gateway ${overhead.throughGateway.p50} ms, straight to identity ${overhead.straightToIdentity.p50} ms`,
      ),
      figure('cold.p50', 'cold overview p50', 'ms', cold.p50, null, `its floor: p50 ${cold.floorP50} ms`),
      figure(
        'cold.vs.floor',
        'cold overview ÷ its floor, p50',
        '×',
        cold.ratioToFloorP50,
        { op: '<=', value: 1.15 },
        'each request against the configured latencies of the backend calls on its critical path',
      ),
      figure(
        'portfolio.lifeConnect',
        'portfolio page of 50: Life Connect calls',
        'calls',
        portfolio.lifeConnectCalls,
        {
          op: '<=',
          value: lifeTarget,
        },
        `1 + ⌈${portfolio.lifeContracts} life contracts / 50⌉`,
      ),
      figure('portfolio.archive', 'portfolio page of 50: archive calls', 'calls', portfolio.archiveCalls, {
        op: '<=',
        value: 1,
      }),
      figure('outage.failed', 'Redis killed / paused: failed requests', 'requests', outage.failed, {
        op: '<=',
        value: 0,
      }),
      figure(
        'outage.p99.vs.cold',
        'Redis outage p99 ÷ normal cold p99',
        '×',
        round(outage.outageP99 / cold.p99, 2),
        {
          op: '<=',
          value: 2,
        },
        `outage p99 ${outage.outageP99} ms (killed ${outage.killedP99}, paused ${outage.pausedP99}), cold p99 ${cold.p99} ms`,
      ),
      figure(
        'outage.back',
        'warm latency back after Redis returns',
        's',
        backAfter.some((b) => b === null) ? null : Math.max(...(backAfter as number[])),
        { op: '<=', value: 5 },
        backAfter.some((b) => b === null)
          ? `not back by the end of the phase (after restart ${String(outage.backAfterRestart)}, after SIGCONT ${String(outage.backAfterResume)})`
          : `after restart ${String(outage.backAfterRestart)} s, after SIGCONT ${String(outage.backAfterResume)} s`,
      ),
      figure(
        'scale.warm',
        '1,000,000 ÷ 10,000 customers, warm p50',
        '×',
        round(scale.warmP50 / warm.oneConnection.p50, 2),
        {
          op: '<=',
          value: 1.1,
        },
        `${scale.warmP50} ms against ${warm.oneConnection.p50} ms`,
      ),
      figure(
        'scale.cold',
        '1,000,000 ÷ 10,000 customers, cold p50',
        '×',
        round(scale.coldP50 / cold.p50, 2),
        {
          op: '<=',
          value: 1.1,
        },
        `${scale.coldP50} ms against ${cold.p50} ms; a million-customer backend answered ${scale.backendStartMs} ms after its start`,
      ),
      figure(
        'soak.rss',
        `soak RSS growth, largest process${settings.quick ? ` (quick: ${settings.soak.seconds} s)` : ''}`,
        'MB/min',
        soaked.maxGrowthMBPerMinute,
        {
          op: '<',
          value: 1,
        },
        `${soaked.seconds} s at ${soaked.rate} req/s`,
      ),
    ];
    const report: BenchReport = {
      version: 1,
      mode: settings.quick ? 'quick' : 'full',
      startedAt,
      finishedAt: new Date().toISOString(),
      machine: {
        cpus: os.cpus().length,
        loadAverageAtStart,
        loadAverageAtEnd: os.loadavg().map((l) => round(l, 2)),
        node: process.version,
        note: 'The load generator and every process share these cores with whatever else the machine runs.',
      },
      settings: {
        sequentialSeconds: settings.sequentialSeconds,
        loadSeconds: settings.loadSeconds,
        coldRequests: settings.coldRequests,
        outageRate: settings.outage.rate,
        soakSeconds: settings.soak.seconds,
        soakRate: settings.soak.rate,
        backendLatencyMs: Object.entries(BACKEND_LATENCY)
          .map(([name, l]) => `${name} ${l.latencyMs}±${l.jitterMs}`)
          .join(', '),
      },
      figures,
      outageTimeline: outage.timeline,
      phases,
    };
    log('');
    log(table(figures));
    const file = writeReport(resultsDir, report);
    writeFileSync(path.join(resultsDir, 'latest.svg'), chart(report));
    log(
      `Written: ${path.relative(projectRoot, file)}, latest.json and latest.svg in ${path.relative(projectRoot, resultsDir) || resultsDir}`,
    );
  } finally {
    await bench?.stop();
    await redis.remove();
    await closePools();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
