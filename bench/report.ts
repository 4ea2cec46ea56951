import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** One figure of the targets, as measured, with its target and whether it was met. */
export interface Figure {
  id: string;
  label: string;
  unit: string;
  /** null when the phase could not measure it (the reason is in `note`). */
  measured: number | null;
  target: { op: '<=' | '>=' | '<'; value: number } | null;
  met: boolean | null;
  note?: string;
}

export interface OutageSecond {
  second: number;
  redis: 'up' | 'killed' | 'paused';
  requests: number;
  failed: number;
  p50: number | null;
  p99: number | null;
}

export interface BenchReport {
  version: 1;
  mode: 'full' | 'quick';
  startedAt: string;
  finishedAt: string;
  machine: {
    cpus: number;
    /** os.loadavg() when the run started and ended: other work on the machine shares its cores. */
    loadAverageAtStart: number[];
    loadAverageAtEnd: number[];
    node: string;
    note: string;
  };
  settings: Record<string, number | string>;
  figures: Figure[];
  outageTimeline: OutageSecond[];
  /** Every phase's raw measurements, for whoever wants more than the figures. */
  phases: Record<string, unknown>;
}

export function figure(
  id: string,
  label: string,
  unit: string,
  measured: number | null,
  target: Figure['target'],
  note?: string,
): Figure {
  let met: boolean | null = null;
  if (measured !== null && Number.isFinite(measured) && target)
    met =
      target.op === '<='
        ? measured <= target.value
        : target.op === '<'
          ? measured < target.value
          : measured >= target.value;
  return { id, label, unit, measured, target, met, ...(note ? { note } : {}) };
}

function cell(value: number | null): string {
  if (value === null || !Number.isFinite(value)) return '—';
  return Math.abs(value) >= 100 ? value.toFixed(0) : String(Math.round(value * 100) / 100);
}

/** The console table: figure, measured, target, met or missed. */
export function table(figures: readonly Figure[]): string {
  const rows = figures.map((f) => [
    f.label,
    `${cell(f.measured)} ${f.unit}`,
    f.target ? `${f.target.op} ${cell(f.target.value)} ${f.unit}` : '(no target)',
    f.met === null ? (f.target ? 'not measured' : '') : f.met ? 'met' : 'MISSED',
  ]);
  const header = ['figure', 'measured', 'target', ''];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]): string =>
    cells.map((c, i) => (i === 1 || i === 2 ? c.padStart(widths[i] ?? 0) : c.padEnd(widths[i] ?? 0))).join('  ');
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n') + '\n';
}

/** `<dir>/<timestamp>.json` and `<dir>/latest.json`. */
export function writeReport(dir: string, report: BenchReport): string {
  mkdirSync(dir, { recursive: true });
  const text = `${JSON.stringify(report, null, 2)}\n`;
  const file = path.join(dir, `${report.startedAt.replace(/[:.]/g, '-')}.json`);
  writeFileSync(file, text);
  writeFileSync(path.join(dir, 'latest.json'), text);
  return file;
}
