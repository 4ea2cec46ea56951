import type { IncomingHttpHeaders } from 'node:http';
import {
  context,
  propagation,
  SpanKind,
  SpanStatusCode,
  trace,
  type Attributes,
  type Context,
  type Span,
} from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { resourceFromAttributes } from '@opentelemetry/resources';
import {
  BasicTracerProvider,
  BatchSpanProcessor,
  SimpleSpanProcessor,
  type SpanExporter,
} from '@opentelemetry/sdk-trace-base';

/**
 * Traces (docs/operations.md#traces): OpenTelemetry spans for each HTTP request a component
 * serves, each subgraph fetch, each cache batch, each legacy call and each database statement,
 * with W3C trace context carried on every internal HTTP call, so one customer-overview request
 * can be followed from the gateway through the subgraphs to the legacy systems. Off unless
 * OTEL_EXPORTER_OTLP_ENDPOINT (or OTEL_EXPORTER_OTLP_TRACES_ENDPOINT) is set: then exported
 * over OTLP/HTTP as the standard OTEL_* variables say. Attributes carry names of routes,
 * operations, record types, backends and outcomes only: never a query's variables, a URL's query
 * string, a statement's values nor any personal data (the same rule as the logs).
 */

const tracer = () => trace.getTracer('customer-graph');

let provider: BasicTracerProvider | undefined;

function install(exporterProcessor: BatchSpanProcessor | SimpleSpanProcessor, serviceName: string): void {
  provider = new BasicTracerProvider({
    resource: resourceFromAttributes({ 'service.name': serviceName }),
    spanProcessors: [exporterProcessor],
  });
  trace.setGlobalTracerProvider(provider);
  context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
  propagation.setGlobalPropagator(new W3CTraceContextPropagator());
}

/** Turns tracing on for this process when the environment asks for OTLP export; whether it did. */
export function startTracingFromEnvironment(serviceName: string, env: NodeJS.ProcessEnv = process.env): boolean {
  if (provider) return true;
  if (!env['OTEL_EXPORTER_OTLP_ENDPOINT'] && !env['OTEL_EXPORTER_OTLP_TRACES_ENDPOINT']) return false;
  install(new BatchSpanProcessor(new OTLPTraceExporter()), env['OTEL_SERVICE_NAME'] ?? serviceName);
  return true;
}

/** Tests: every span of the process goes to this exporter as it ends. */
export function startTracingTo(exporter: SpanExporter, serviceName = 'customer-graph-test'): void {
  install(new SimpleSpanProcessor(exporter), serviceName);
}

/** Sends what is buffered and stops (a component stopping). */
export async function stopTracing(): Promise<void> {
  await provider?.shutdown();
}

/** The trace id of the span in progress, for log lines; undefined when nothing is traced. */
export function currentTraceId(): string | undefined {
  const spanContext = trace.getActiveSpan()?.spanContext();
  return spanContext && trace.isSpanContextValid(spanContext) ? spanContext.traceId : undefined;
}

/** Writes the current trace context into outgoing headers (traceparent), when a trace is in progress. */
export function withTraceHeaders(headers: Record<string, string>): Record<string, string> {
  propagation.inject(context.active(), headers);
  return headers;
}

/** The trace context an incoming request carries (none: a new trace starts). */
export function incomingContext(headers: IncomingHttpHeaders): Context {
  return propagation.extract(context.active(), headers);
}

/**
 * Runs `work` in a span of its own, a child of the current one: ended when `work` settles, with
 * an error status (the error's name, never its message) when it throws.
 */
export async function inSpan<T>(
  name: string,
  options: { kind?: SpanKind; attributes?: Attributes; parent?: Context },
  work: (span: Span) => Promise<T>,
): Promise<T> {
  const parent = options.parent ?? context.active();
  const span = tracer().startSpan(
    name,
    { kind: options.kind ?? SpanKind.INTERNAL, ...(options.attributes ? { attributes: options.attributes } : {}) },
    parent,
  );
  try {
    return await context.with(trace.setSpan(parent, span), () => work(span));
  } catch (error) {
    span.setStatus({ code: SpanStatusCode.ERROR, message: error instanceof Error ? error.name : 'error' });
    throw error;
  } finally {
    span.end();
  }
}

/**
 * A span for one request a component serves, continuing the caller's trace: `run` executes the
 * handler within it; `route` names it once the route is known (the route's pattern, never the
 * URL, whose path and query may hold ids or addresses); it ends when the response is done.
 */
export function serverSpan(
  component: string,
  method: string,
  headers: IncomingHttpHeaders,
  response: { statusCode: number; once(event: 'close', listener: () => void): unknown },
): { route(pattern: string): void; run<T>(work: () => Promise<T>): Promise<T> } {
  const parent = incomingContext(headers);
  const span = tracer().startSpan(
    `${component} ${method}`,
    { kind: SpanKind.SERVER, attributes: { 'http.request.method': method, component } },
    parent,
  );
  response.once('close', () => {
    span.setAttribute('http.response.status_code', response.statusCode);
    if (response.statusCode >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
    span.end();
  });
  return {
    route(pattern) {
      span.updateName(`${component} ${method} ${pattern}`);
      span.setAttribute('http.route', pattern);
    },
    run: (work) => context.with(trace.setSpan(parent, span), work),
  };
}

export { SpanKind };
