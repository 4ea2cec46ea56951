import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createMetrics } from '../../platform/metrics';
import { projectRoot } from '../../platform/paths';

interface Target {
  expr: string;
  datasource?: { type: string; uid: string };
}
interface Panel {
  type: string;
  title: string;
  description?: string;
  datasource?: { type: string; uid: string };
  targets?: Target[];
  gridPos: { h: number; w: number; x: number; y: number };
}
interface Dashboard {
  uid: string;
  panels: Panel[];
  templating: { list: Array<{ name: string; type: string; query: unknown }> };
}

/** What a dashboard may query: the names the code registers, a histogram's through its series. */
async function registeredSeries(): Promise<Map<string, string>> {
  const series = new Map<string, string>();
  for (const metric of await createMetrics('dashboard-test').registry.getMetricsAsJSON()) {
    const type = String(metric.type);
    series.set(metric.name, type);
    if (type === 'histogram')
      for (const suffix of ['_bucket', '_sum', '_count']) series.set(metric.name + suffix, type);
  }
  return series;
}

const PROMQL_WORDS = new Set([
  'by',
  'without',
  'on',
  'ignoring',
  'group_left',
  'group_right',
  'and',
  'or',
  'unless',
  'bool',
  'offset',
]);

/**
 * The metric names a PromQL expression selects: identifiers left once label matchers, ranges,
 * strings and grouping clauses are taken out, that are neither a function (followed by `(`)
 * nor a keyword.
 */
function metricNames(expr: string): string[] {
  const stripped = expr
    .replace(/"(?:[^"\\]|\\.)*"/g, '""')
    .replace(/\{[^}]*\}/g, ' ')
    .replace(/\[[^\]]*\]/g, ' ')
    .replace(/\b(by|without|on|ignoring|group_left|group_right)\s*\([^)]*\)/g, ' ');
  const names: string[] = [];
  for (const match of stripped.matchAll(/([A-Za-z_:][\w:]*)\s*(\()?/g)) {
    const [, name = '', call] = match;
    if (call || PROMQL_WORDS.has(name)) continue;
    names.push(name);
  }
  return names;
}

describe('deploy/grafana/customer-graph.json', () => {
  const dashboard = JSON.parse(
    readFileSync(path.join(projectRoot, 'deploy', 'grafana', 'customer-graph.json'), 'utf8'),
  ) as Dashboard;
  const queryPanels = dashboard.panels.filter((p) => p.type !== 'row');
  const expressions = queryPanels.flatMap((p) => (p.targets ?? []).map((t) => ({ panel: p.title, expr: t.expr })));

  it('reads what the PromQL parser here finds', () => {
    expect(
      metricNames(
        'sum by (le, backend) (rate(backend_call_duration_seconds_bucket{component=~"$component", outcome!="ok"}[$__rate_interval])) / on(backend) up',
      ),
    ).toEqual(['backend_call_duration_seconds_bucket', 'up']);
  });

  it('queries only metrics the code registers (platform/metrics.ts and the default process metrics)', async () => {
    const registered = await registeredSeries();
    const unknown = expressions.flatMap(({ panel, expr }) =>
      metricNames(expr)
        .filter((name) => !registered.has(name))
        .map((name) => `${panel}: ${name}`),
    );
    expect(unknown).toEqual([]);
    // Every query selects something, and filters by the dashboard's component variable.
    for (const { panel, expr } of expressions) {
      expect([panel, metricNames(expr).length > 0]).toEqual([panel, true]);
      expect([panel, expr]).toEqual([panel, expect.stringContaining('component=~"$component"')]);
    }
  });

  it('shows what the operators asked for', () => {
    const queried = new Set(expressions.flatMap(({ expr }) => metricNames(expr)));
    for (const name of [
      'graphql_request_duration_seconds_bucket',
      'graphql_requests_total',
      'graphql_errors_total',
      'cache_lookups_total',
      'backend_call_duration_seconds_bucket',
      'backend_calls_total',
      'database_pool_connections',
      'process_cpu_seconds_total',
      'process_resident_memory_bytes',
    ])
      expect([name, queried.has(name)]).toEqual([name, true]);
    const grouped = (metric: string, labels: string[]) =>
      expressions.some(
        ({ expr }) =>
          expr.includes(metric) && labels.every((label) => new RegExp(`by \\([^)]*\\b${label}\\b[^)]*\\)`).test(expr)),
      );
    expect(grouped('graphql_request_duration_seconds_bucket', ['operation', 'outcome'])).toBe(true);
    expect(grouped('graphql_errors_total', ['code'])).toBe(true);
    expect(grouped('cache_lookups_total', ['type', 'result'])).toBe(true);
    expect(grouped('backend_call_duration_seconds_bucket', ['backend', 'endpoint'])).toBe(true);
    expect(grouped('backend_calls_total', ['backend', 'endpoint', 'outcome'])).toBe(true);
  });

  it('takes its Prometheus from a datasource variable, and every panel a description and its own place', () => {
    expect(dashboard.templating.list.map((v) => [v.name, v.type])).toEqual([
      ['datasource', 'datasource'],
      ['component', 'query'],
    ]);
    for (const panel of queryPanels) {
      expect([panel.title, panel.datasource]).toEqual([panel.title, { type: 'prometheus', uid: '${datasource}' }]);
      for (const target of panel.targets ?? []) expect(target.datasource?.uid).toBe('${datasource}');
      expect(panel.description).toBeTruthy();
    }
    // No two panels overlap on Grafana's 24-column grid.
    const cells = new Set<string>();
    for (const { gridPos } of dashboard.panels)
      for (let x = gridPos.x; x < gridPos.x + gridPos.w; x++)
        for (let y = gridPos.y; y < gridPos.y + gridPos.h; y++) {
          expect(x).toBeLessThan(24);
          expect(cells.has(`${x},${y}`)).toBe(false);
          cells.add(`${x},${y}`);
        }
  });
});
