/** @heavy starts every component as a process and runs the benchmark's phases */
import { spawn } from 'node:child_process';
import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../platform/paths';
import { removeTestTempDir, testComponentBuildDir, testTempDir } from '../../test-support/tempDirs';
import type { BenchReport } from '../report';

/**
 * `npm run bench -- --quick` as CI runs it: a smoke test of the benchmark's shape. It compares no
 * time with anything (the machine is shared and loaded); it checks that every figure of the
 * targets is there with its target and a measured number, and that the chart was written.
 */
const FIGURES: Record<string, { op: string; value: number } | null> = {
  'warm.p50.1': { op: '<=', value: 5 },
  'warm.rps.50': { op: '>=', value: 465 },
  'warm.p99.50': null,
  'warm.cpu.all.50': { op: '<=', value: 3 },
  'warm.cpu.gateway.50': null,
  'floor.p50.1': null,
  'floor.rps.50': null,
  'floor.cpu.50': null,
  'gateway.vs.floor.cpu': { op: '<=', value: 2 },
  'overhead.p50.1': { op: '<=', value: 1 },
  'cold.p50': null,
  'cold.vs.floor': { op: '<=', value: 1.15 },
  'portfolio.lifeConnect': null,
  'portfolio.archive': { op: '<=', value: 1 },
  'outage.failed': { op: '<=', value: 0 },
  'outage.p99.vs.cold': { op: '<=', value: 2 },
  'outage.back': { op: '<=', value: 5 },
  'scale.warm': { op: '<=', value: 1.1 },
  'scale.cold': { op: '<=', value: 1.1 },
  'soak.rss': { op: '<', value: 1 },
};

const results = testTempDir('bench-results');
afterAll(() => removeTestTempDir(results));

test('npm run bench -- --quick reports every figure with its target, as JSON and a chart', async () => {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join('bench', 'run.ts'), '--quick'], {
    cwd: projectRoot,
    env: { ...process.env, BENCH_RESULTS_DIR: results, BENCH_BUILD_DIR: testComponentBuildDir() },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  expect({ code, output: code === 0 ? '' : output }).toEqual({ code: 0, output: '' });

  const report = JSON.parse(readFileSync(path.join(results, 'latest.json'), 'utf8')) as BenchReport;
  expect(report.mode).toBe('quick');
  expect(report.machine.loadAverageAtStart).toHaveLength(3);
  expect(report.figures.map((f) => f.id).sort()).toEqual(Object.keys(FIGURES).sort());
  for (const f of report.figures) {
    const expected = FIGURES[f.id];
    // The Life Connect target follows from the page's life contracts: 1 + ⌈n / 50⌉.
    if (f.id === 'portfolio.lifeConnect') expect(f.target?.op).toBe('<=');
    else expect({ id: f.id, target: f.target }).toEqual({ id: f.id, target: expected });
    expect({ id: f.id, measured: typeof f.measured === 'number' && Number.isFinite(f.measured) }).toEqual({
      id: f.id,
      measured: f.id === 'outage.back' ? typeof f.measured === 'number' : true,
    });
    if (f.target && f.measured !== null) expect(typeof f.met).toBe('boolean');
  }
  // Sanity, not speed: the portfolio page had 50 customers; the outage phase has a second-by-second timeline.
  expect((report.phases['portfolio'] as { customers: number }).customers).toBe(50);
  expect(report.outageTimeline.length).toBeGreaterThan(5);
  expect(report.outageTimeline.some((s) => s.redis === 'killed')).toBe(true);
  expect(report.outageTimeline.some((s) => s.redis === 'paused')).toBe(true);
  expect(output).toContain('warm overview p50, 1 connection');
  expect(existsSync(path.join(results, 'latest.svg'))).toBe(true);
  expect(readFileSync(path.join(results, 'latest.svg'), 'utf8')).toMatch(
    /^<svg [^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/,
  );
}, 600_000);
