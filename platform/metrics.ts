import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { Route } from './http';
import { projectRoot } from './paths';

/** One registry per component, so components hosted in one test process do not share counters. */
export interface Metrics {
  registry: Registry;
  cacheLookups: Counter<'namespace' | 'type' | 'result'>;
  cacheErrors: Counter<'operation' | 'reason'>;
  cacheCircuitOpen: Gauge;
  cacheCoalesced: Counter<'namespace' | 'type' | 'via'>;
  cacheFills: Counter<'namespace' | 'type'>;
  cacheInvalidations: Counter<'namespace' | 'by'>;
  backendCalls: Counter<'backend' | 'endpoint' | 'outcome'>;
  backendLatency: Histogram<'backend' | 'endpoint'>;
  backendInFlight: Gauge<'backend'>;
  backendRetries: Counter<'backend' | 'decision'>;
  backendCircuitOpen: Gauge<'backend'>;
  staleParts: Counter<'source' | 'type'>;
  graphqlRequests: Counter<'operation' | 'outcome'>;
  graphqlDuration: Histogram<'operation' | 'outcome'>;
  graphqlErrors: Counter<'code'>;
  databasePoolConnections: Gauge<'state'>;
  /**
   * Reports a connection pool's use in database_pool_connections (in-use, idle, waiting, max)
   * whenever the metrics are read; the returned function stops it (the pool closed).
   */
  watchDatabasePool(stats: () => DatabasePoolStats): () => void;
  /** The operation names that may be a label value (operationLabel). */
  operationNames: ReadonlySet<string>;
}

/** A connection pool's state: connections open (in use or idle), idle, requests waiting for one, the most it opens. */
export interface DatabasePoolStats {
  total: number;
  idle: number;
  waiting: number;
  max: number;
}

/** The portal's operations, as the gateway's safelist knows them (operations/generated). */
export const PERSISTED_OPERATIONS_FILE = path.join(projectRoot, 'operations', 'generated', 'persisted-documents.json');

/**
 * The names of the operations in a persisted-operations manifest (hash → document): ours, a
 * bounded set with no personal data in it. An unreadable manifest gives none (every operation is
 * then `other`).
 */
export function persistedOperationNames(file = PERSISTED_OPERATIONS_FILE): Set<string> {
  let documents: unknown;
  try {
    documents = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return new Set();
  }
  const names = new Set<string>();
  for (const document of Object.values(documents as Record<string, unknown>)) {
    const match =
      typeof document === 'string' ? /^\s*(?:query|mutation|subscription)\s+([_A-Za-z]\w*)/.exec(document) : null;
    if (match?.[1]) names.add(match[1]);
  }
  return names;
}

/**
 * The `operation` label of a GraphQL request: its name when it is one of `known` (at a subgraph,
 * @apollo/gateway names its fetch `<name>__<subgraph>__<n>`, labelled `<name>`), `anonymous`
 * without one, `other` for any other name. A client chooses its operation names: as label values
 * they would be unbounded and could carry anything, so only our own operations are named.
 */
export function operationLabel(name: string | null | undefined, known: ReadonlySet<string>): string {
  if (!name) return 'anonymous';
  const base = /^(.+?)__[a-z]+__\d+$/.exec(name)?.[1] ?? name;
  return known.has(base) ? base : 'other';
}

/** The `code` label of a GraphQL error: its extensions.code when it looks like one (docs/errors.md), else OTHER. */
export function errorCodeLabel(code: unknown): string {
  return typeof code === 'string' && /^[A-Z][A-Z0-9_]{0,47}$/.test(code) ? code : 'OTHER';
}

export function createMetrics(component: string, { defaultMetrics = true } = {}): Metrics {
  const registry = new Registry();
  registry.setDefaultLabels({ component });
  if (defaultMetrics) collectDefaultMetrics({ register: registry });
  const pools = new Set<() => DatabasePoolStats>();
  return {
    registry,
    cacheLookups: new Counter({
      name: 'cache_lookups_total',
      help: 'Cache lookups by result: hit, miss, stale (served past its TTL because the backend failed).',
      labelNames: ['namespace', 'type', 'result'],
      registers: [registry],
    }),
    cacheErrors: new Counter({
      name: 'cache_errors_total',
      help: 'Redis commands that failed or were skipped while the cache circuit was open, by operation and reason (error, timeout, disconnected, circuit-open).',
      labelNames: ['operation', 'reason'],
      registers: [registry],
    }),
    cacheCircuitOpen: new Gauge({
      name: 'cache_circuit_open',
      help: '1 while Redis is skipped after repeated failures (requests go straight to the backends), 0 otherwise.',
      registers: [registry],
    }),
    cacheCoalesced: new Counter({
      name: 'cache_coalesced_total',
      help: 'Cache misses answered by a fill already under way instead of a backend call of their own: in this process, or by another replica (via a fill lock).',
      labelNames: ['namespace', 'type', 'via'],
      registers: [registry],
    }),
    cacheFills: new Counter({
      name: 'cache_fills_total',
      help: 'Records this process fetched from a backend because the cache could not answer (one per record; a backend call may batch several).',
      labelNames: ['namespace', 'type'],
      registers: [registry],
    }),
    cacheInvalidations: new Counter({
      name: 'cache_invalidations_total',
      help: 'Cache entries evicted on request (mutations, change events), by key or by tag.',
      labelNames: ['namespace', 'by'],
      registers: [registry],
    }),
    backendCalls: new Counter({
      name: 'backend_calls_total',
      help: 'Calls to legacy backends by endpoint and outcome.',
      labelNames: ['backend', 'endpoint', 'outcome'],
      registers: [registry],
    }),
    backendLatency: new Histogram({
      name: 'backend_call_duration_seconds',
      help: 'Latency of legacy backend calls.',
      labelNames: ['backend', 'endpoint'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
      registers: [registry],
    }),
    backendInFlight: new Gauge({
      name: 'backend_calls_in_flight',
      help: 'Legacy backend calls currently in flight.',
      labelNames: ['backend'],
      registers: [registry],
    }),
    backendRetries: new Counter({
      name: 'backend_retries_total',
      help: 'Retries of failed idempotent backend calls: made, or refused because the retry budget was spent.',
      labelNames: ['backend', 'decision'],
      registers: [registry],
    }),
    backendCircuitOpen: new Gauge({
      name: 'backend_circuit_open',
      help: '1 while calls to a backend are paused after repeated failures, 0 otherwise.',
      labelNames: ['backend'],
      registers: [registry],
    }),
    staleParts: new Counter({
      name: 'stale_parts_total',
      help: 'Parts of responses served from cache past their TTL because their backend failed (stale-if-error), by backend and record type.',
      labelNames: ['source', 'type'],
      registers: [registry],
    }),
    graphqlRequests: new Counter({
      name: 'graphql_requests_total',
      help: "GraphQL operations served, by operation (the portal's operations by name; anonymous, or other for any other name) and outcome (ok, partial, error).",
      labelNames: ['operation', 'outcome'],
      registers: [registry],
    }),
    graphqlDuration: new Histogram({
      name: 'graphql_request_duration_seconds',
      help: 'Duration of GraphQL operations, by operation and outcome (as graphql_requests_total).',
      labelNames: ['operation', 'outcome'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
      registers: [registry],
    }),
    databasePoolConnections: new Gauge({
      name: 'database_pool_connections',
      help: 'PostgreSQL connections of this process by state: in-use, idle, waiting (requests waiting for a connection) and max (DATABASE_POOL_MAX).',
      labelNames: ['state'],
      registers: [registry],
      collect() {
        this.reset();
        if (pools.size === 0) return;
        const sum = (pick: (s: DatabasePoolStats) => number) => [...pools].reduce((n, stats) => n + pick(stats()), 0);
        const idle = sum((s) => s.idle);
        this.set({ state: 'in-use' }, sum((s) => s.total) - idle);
        this.set({ state: 'idle' }, idle);
        this.set(
          { state: 'waiting' },
          sum((s) => s.waiting),
        );
        this.set(
          { state: 'max' },
          sum((s) => s.max),
        );
      },
    }),
    graphqlErrors: new Counter({
      name: 'graphql_errors_total',
      help: 'Errors in GraphQL responses, by extensions.code (docs/errors.md; OTHER for an error without one).',
      labelNames: ['code'],
      registers: [registry],
    }),
    operationNames: persistedOperationNames(),
    watchDatabasePool(stats) {
      pools.add(stats);
      return () => pools.delete(stats);
    },
  };
}

export function metricsRoute(metrics: Metrics): Route {
  return {
    method: 'GET',
    path: '/metrics',
    handler: async ({ res }) => {
      const body = await metrics.registry.metrics();
      res.writeHead(200, { 'content-type': metrics.registry.contentType });
      res.end(body);
    },
  };
}
