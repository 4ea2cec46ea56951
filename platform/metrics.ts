import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { Route } from './http';

/** One registry per component, so components hosted in one test process do not share counters. */
export interface Metrics {
  registry: Registry;
  cacheLookups: Counter<'namespace' | 'type' | 'result'>;
  cacheErrors: Counter<'operation'>;
  backendCalls: Counter<'backend' | 'endpoint' | 'outcome'>;
  backendLatency: Histogram<'backend' | 'endpoint'>;
  backendInFlight: Gauge<'backend'>;
  graphqlRequests: Counter<'outcome'>;
  graphqlDuration: Histogram<'outcome'>;
}

export function createMetrics(component: string, { defaultMetrics = true } = {}): Metrics {
  const registry = new Registry();
  registry.setDefaultLabels({ component });
  if (defaultMetrics) collectDefaultMetrics({ register: registry });
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
      help: 'Redis commands that failed or were skipped while the cache circuit was open.',
      labelNames: ['operation'],
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
    graphqlRequests: new Counter({
      name: 'graphql_requests_total',
      help: 'GraphQL operations served, by outcome (operation names are client-chosen, so not a label).',
      labelNames: ['outcome'],
      registers: [registry],
    }),
    graphqlDuration: new Histogram({
      name: 'graphql_request_duration_seconds',
      help: 'Duration of GraphQL operations.',
      labelNames: ['outcome'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
      registers: [registry],
    }),
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
