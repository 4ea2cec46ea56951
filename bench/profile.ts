import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { projectRoot } from '../platform/paths';
import { START_BUILD_DIR, buildComponents } from '../scripts/componentBuild';
import { startRedisServer } from '../test-support/redisServers';
import { closePools, underLoad } from './measure';
import { OVERVIEW_BODY, WARM_CUSTOMER, warmUp } from './phases/overview';
import { BENCH_CUSTOMERS, BENCH_PORT_OFFSET, startBenchSystem } from './system';

/**
 * `npm run bench:profile`: where the warm overview's CPU goes. The benchmark's system (production
 * build, 10,000 customers, its own redis-server) with the gateway and the life subgraph started
 * under `node --cpu-prof`; the overview warmed, then 50 connections for BENCH_PROFILE_SECONDS
 * (default 15); the components stopped, which writes their profiles. Prints, for each, the top
 * entries by self time (by function and by package) over the whole profile; the start-up is in it
 * too, a second or so against the load's many. Writes the summary to
 * bench/results/profiles/<timestamp>/summary.json beside the .cpuprofile files (open those in
 * Chrome DevTools for the call trees).
 */
const PROFILED = ['gateway', 'life'] as const;
const SECONDS = Number(process.env['BENCH_PROFILE_SECONDS'] ?? 15);
const TOP = 15;

export interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}
export interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}
export interface Entry {
  name: string;
  percent: number;
}

/** Where a frame's code lives: a package, node's own modules, our code or V8 (GC, idle, native). */
export function ownerOf(url: string): string {
  if (!url) return '(V8: native code and GC)';
  if (url.startsWith('node:')) return 'node (built-in modules)';
  // The components run from their build, which lives under node_modules/.cache (scripts/componentBuild.ts).
  if (url.includes('node_modules/.cache/')) return 'our code';
  const packages = url.split('node_modules/');
  if (packages.length > 1) {
    const parts = (packages[packages.length - 1] ?? '').split('/');
    return (parts[0] ?? '').startsWith('@') ? `${parts[0]}/${parts[1]}` : (parts[0] ?? url);
  }
  return 'our code';
}

/** The top `count` self-time entries of `profile`, grouped by `key`, as a share of the busy time (idle excluded). */
export function topEntries(profile: CpuProfile, key: (node: ProfileNode) => string, count: number): Entry[] {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const totals = new Map<string, number>();
  let busy = 0;
  profile.samples.forEach((id, index) => {
    const node = byId.get(id);
    const delta = profile.timeDeltas[index] ?? 0;
    if (!node || node.callFrame.functionName === '(idle)') return;
    busy += delta;
    const name = key(node);
    totals.set(name, (totals.get(name) ?? 0) + delta);
  });
  return [...totals]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([name, micros]) => ({ name, percent: Math.round((1000 * micros) / Math.max(busy, 1)) / 10 }));
}

const functionKey = (node: ProfileNode): string => {
  const { functionName, url, lineNumber } = node.callFrame;
  const file = url.replace(/^file:\/\//, '').replace(/^.*node_modules\/\.cache\/customer-graph\/[^/]+\//, '');
  const where = url ? `${path.relative(projectRoot, path.resolve(projectRoot, file))}:${lineNumber + 1}` : '';
  return `${functionName || '(anonymous)'} ${where}`.trim();
};

async function main(): Promise<void> {
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const dir = path.join(projectRoot, 'bench', 'results', 'profiles', stamp);
  mkdirSync(dir, { recursive: true });
  process.stdout.write(
    `npm run bench:profile: load average ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}\n`,
  );
  await buildComponents(START_BUILD_DIR);
  const redis = await startRedisServer();
  const bench = await startBenchSystem({
    buildDir: START_BUILD_DIR,
    redisUrl: redis.url,
    portOffset: BENCH_PORT_OFFSET,
    customers: BENCH_CUSTOMERS,
    nodeOptionsFor: Object.fromEntries(
      PROFILED.map((name) => [name, ['--cpu-prof', `--cpu-prof-dir=${path.join(dir, name)}`]]),
    ),
  });
  try {
    const token = await bench.customerToken(WARM_CUSTOMER);
    await warmUp(bench, token, 'the warm-up overview failed');
    const load = await underLoad({
      url: bench.system.gatewayUrl,
      body: OVERVIEW_BODY,
      tokens: [token],
      connections: 50,
      seconds: SECONDS,
      processes: bench.processes,
    });
    process.stdout.write(
      `warm overview, 50 connections, ${SECONDS} s: ${load.requestsPerSecond} req/s, ${load.failed} failed\n`,
    );
  } finally {
    await bench.stop();
    await redis.remove();
    await closePools();
  }
  const summary: Record<string, { byFunction: Entry[]; byPackage: Entry[] }> = {};
  for (const name of PROFILED) {
    const file = readdirSync(path.join(dir, name)).find((f) => f.endsWith('.cpuprofile'));
    if (!file) throw new Error(`${name} wrote no profile`);
    const profile = JSON.parse(readFileSync(path.join(dir, name, file), 'utf8')) as CpuProfile;
    const entries = {
      byPackage: topEntries(profile, (node) => ownerOf(node.callFrame.url), TOP),
      byFunction: topEntries(profile, functionKey, TOP),
    };
    summary[name] = entries;
    const print = (title: string, list: Entry[]): void => {
      process.stdout.write(`${title}\n`);
      for (const entry of list) process.stdout.write(`  ${entry.percent.toFixed(1).padStart(5)} %  ${entry.name}\n`);
    };
    print(`\n${name}: self time by package (share of busy time)`, entries.byPackage);
    print(`${name}: self time by function`, entries.byFunction);
  }
  writeFileSync(path.join(dir, 'summary.json'), `${JSON.stringify({ seconds: SECONDS, summary }, null, 2)}\n`);
  process.stdout.write(`\nWritten: ${path.relative(projectRoot, dir)}/summary.json and the .cpuprofile files\n`);
}

if (require.main === module)
  main().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  });
