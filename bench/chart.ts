import type { BenchReport, Figure, OutageSecond } from './report';

/**
 * The README's chart, written by hand (two simple plots need no library): each figure as a bar of
 * how much of its target it uses (1 = exactly on target; below 1 met, above missed; for an
 * "at least" target the inverse, target ÷ measured), and the Redis outage timeline, p50 and p99
 * per second on a log scale with the killed and paused seconds shaded.
 */
const WIDTH = 900;
const BAR_HEIGHT = 20;
const LABEL_WIDTH = 430;
const MAX_RATIO = 4;

const escape = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function ratio(f: Figure): number | null {
  if (f.measured === null || !f.target || !Number.isFinite(f.measured)) return null;
  if (f.target.op === '>=') return f.measured === 0 ? MAX_RATIO : f.target.value / f.measured;
  // A target of 0 (failed requests): 0 uses none of it, anything else is off the scale.
  if (f.target.value === 0) return f.measured === 0 ? 0 : MAX_RATIO;
  return f.measured / f.target.value;
}

function format(value: number | null): string {
  if (value === null || !Number.isFinite(value)) return '—';
  return Math.abs(value) >= 100 ? value.toFixed(0) : String(Math.round(value * 100) / 100);
}

function bars(figures: readonly Figure[], top: number): { svg: string; height: number } {
  const scale = (WIDTH - LABEL_WIDTH - 150) / MAX_RATIO;
  const parts: string[] = [];
  const targeted = figures.filter((f) => f.target);
  targeted.forEach((f, index) => {
    const y = top + index * (BAR_HEIGHT + 6);
    const r = ratio(f);
    const length = r === null ? 0 : Math.max(2, Math.min(r, MAX_RATIO) * scale);
    const colour = f.met === null ? '#999' : f.met ? '#2e7d32' : '#c62828';
    parts.push(
      `<text x="${LABEL_WIDTH - 8}" y="${y + 14}" text-anchor="end">${escape(f.label)}</text>`,
      `<rect x="${LABEL_WIDTH}" y="${y}" width="${length.toFixed(1)}" height="${BAR_HEIGHT}" fill="${colour}"/>`,
      `<text x="${(LABEL_WIDTH + length + 6).toFixed(1)}" y="${y + 14}">${escape(
        `${format(f.measured)} ${f.unit} (target ${f.target?.op} ${format(f.target?.value ?? null)})`,
      )}</text>`,
    );
  });
  const height = targeted.length * (BAR_HEIGHT + 6);
  const targetX = LABEL_WIDTH + scale;
  parts.push(
    `<line x1="${targetX}" y1="${top - 4}" x2="${targetX}" y2="${top + height}" stroke="#000" stroke-dasharray="4 3"/>`,
    `<text x="${targetX}" y="${top - 8}" text-anchor="middle">target</text>`,
  );
  return { svg: parts.join('\n'), height };
}

function timeline(seconds: readonly OutageSecond[], top: number): { svg: string; height: number } {
  const height = 220;
  const left = 70;
  const right = WIDTH - 20;
  const values = seconds.flatMap((s) => [s.p50, s.p99]).filter((v): v is number => v !== null && v > 0);
  if (!values.length) return { svg: '', height: 0 };
  const lo = Math.max(1, Math.min(...values));
  const hi = Math.max(lo * 10, ...values);
  const [logLo, logHi] = [Math.log10(lo), Math.log10(hi)];
  const x = (second: number): number => left + ((right - left) * second) / Math.max(1, seconds.length);
  const y = (ms: number): number => top + height - ((Math.log10(Math.max(ms, lo)) - logLo) / (logHi - logLo)) * height;
  const parts: string[] = [
    `<text x="${left}" y="${top - 10}" font-weight="bold">Redis outage under a steady rate: overview p50 and p99 per second (ms, log scale)</text>`,
  ];
  for (const s of seconds)
    if (s.redis !== 'up')
      parts.push(
        `<rect x="${x(s.second).toFixed(1)}" y="${top}" width="${(x(1) - x(0)).toFixed(1)}" height="${height}" fill="${s.redis === 'killed' ? '#ffcdd2' : '#fff9c4'}"/>`,
      );
  for (let decade = Math.ceil(logLo); decade <= Math.floor(logHi); decade++) {
    const yy = y(10 ** decade).toFixed(1);
    parts.push(
      `<line x1="${left}" y1="${yy}" x2="${right}" y2="${yy}" stroke="#ddd"/>`,
      `<text x="${left - 6}" y="${yy}" text-anchor="end">${10 ** decade}</text>`,
    );
  }
  const path = (key: 'p50' | 'p99'): string =>
    seconds
      .filter((s) => s[key] !== null)
      .map((s, i) => `${i ? 'L' : 'M'}${(x(s.second) + (x(1) - x(0)) / 2).toFixed(1)},${y(s[key] ?? lo).toFixed(1)}`)
      .join(' ');
  parts.push(
    `<path d="${path('p50')}" fill="none" stroke="#1565c0" stroke-width="2"/>`,
    `<path d="${path('p99')}" fill="none" stroke="#ef6c00" stroke-width="2"/>`,
    `<line x1="${left}" y1="${top + height}" x2="${right}" y2="${top + height}" stroke="#000"/>`,
    `<text x="${right}" y="${top + height + 16}" text-anchor="end">seconds</text>`,
    `<text x="${left}" y="${top + height + 16}">0</text>`,
    `<text x="${left + 40}" y="${top + height + 34}" fill="#1565c0">— p50</text>`,
    `<text x="${left + 110}" y="${top + height + 34}" fill="#ef6c00">— p99</text>`,
    `<rect x="${left + 180}" y="${top + height + 23}" width="12" height="12" fill="#ffcdd2"/>`,
    `<text x="${left + 196}" y="${top + height + 34}">Redis killed</text>`,
    `<rect x="${left + 300}" y="${top + height + 23}" width="12" height="12" fill="#fff9c4"/>`,
    `<text x="${left + 316}" y="${top + height + 34}">Redis paused (SIGSTOP)</text>`,
  );
  return { svg: parts.join('\n'), height: height + 40 };
}

export function chart(report: BenchReport): string {
  const title = `npm run bench${report.mode === 'quick' ? ' -- --quick' : ''}, ${report.startedAt.slice(0, 16).replace('T', ' ')} UTC, ${report.machine.cpus} cores, load average at start ${report.machine.loadAverageAtStart.map((l) => l.toFixed(2)).join(' ')}`;
  const barsPart = bars(report.figures, 60);
  const timelineTop = 60 + barsPart.height + 50;
  const timelinePart = timeline(report.outageTimeline, timelineTop);
  const height = timelineTop + timelinePart.height + 10;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" font-family="sans-serif" font-size="12">`,
    `<rect width="100%" height="100%" fill="#fff"/>`,
    `<text x="10" y="20" font-weight="bold">${escape(title)}</text>`,
    `<text x="10" y="38">Share of each target used (green met, red missed; bars stop at ${MAX_RATIO}×)</text>`,
    barsPart.svg,
    timelinePart.svg,
    '</svg>',
    '',
  ].join('\n');
}
