import type { IncomingMessage, ServerResponse } from 'node:http';
import { Counter } from 'prom-client';
import type { z } from 'zod';
import type { Component } from '../../platform/component';
import {
  drainServer,
  createHttpServer,
  listen,
  readJsonBody,
  sendJson,
  HttpError,
  type Route,
  type RouteRequest,
} from '../../platform/http';
import type { Logger } from '../../platform/logger';
import { createMetrics, type Metrics } from '../../platform/metrics';
import { createOperatorEndpoint } from '../../platform/operator';
import { REQUEST_ID_HEADER } from '../../platform/request';
import {
  behaviourPatchSchema,
  behaviourSchema,
  drawFault,
  drawLatency,
  secondsUntilMaintenanceEnds,
  type Behaviour,
} from './behaviour';
import { CallCounters } from './counters';
import type { Universe } from './data/universe';

/** A legacy answer, in whatever format the backend speaks. */
export interface LegacyReply {
  status: number;
  contentType: string;
  body: string | Buffer;
  headers?: Record<string, string>;
}

export interface LegacyRoute {
  method: 'GET' | 'POST' | 'PUT';
  path: string;
  /**
   * Counter name: stable, without ids. A function names it from the request line and headers
   * (e.g. a SOAP action), before the body is read; it must return one of a few fixed names.
   */
  endpoint: string | ((request: RouteRequest) => string);
  handle(request: RouteRequest): Promise<LegacyReply> | LegacyReply;
  /** A garbled answer of this route, when it differs from the service's (e.g. a cut-off PDF). */
  malformedReply?: () => LegacyReply;
}

/** What every mocked backend is made from (its server.ts's create function takes these). */
export interface LegacyMockOptions {
  universe: Universe;
  behaviour: Behaviour;
  log: Logger;
  now?: () => Date;
  /** Where it reports on its operator port; index.ts passes one with the process metrics, tests none. */
  metrics?: Metrics;
}

export interface LegacyServiceOptions {
  name: string;
  routes: LegacyRoute[];
  behaviour: Behaviour;
  log: Logger;
  metrics?: Metrics;
  /** The backend's own way of saying "down for maintenance" and "internal error". */
  faultReply(kind: 'maintenance' | 'error'): LegacyReply;
  /** What a garbled answer looks like for this backend. */
  malformedReply(): LegacyReply;
  /** Admin routes specific to this backend (e.g. the SMS outbox). */
  adminRoutes?: Route[];
  /** The clock the maintenance window is read from; tests pass a fixed one. */
  now?: () => Date;
}

export interface LegacyService extends Component {
  counters: CallCounters;
  behaviour(): Behaviour;
  setBehaviour(patch: Partial<Behaviour>): Behaviour;
}

function write(res: ServerResponse, reply: LegacyReply): void {
  const body = typeof reply.body === 'string' ? Buffer.from(reply.body, 'utf8') : reply.body;
  res.writeHead(reply.status, { 'content-type': reply.contentType, 'content-length': body.length, ...reply.headers });
  res.end(body);
}

function badBehaviour(error: z.ZodError): HttpError {
  return new HttpError(
    400,
    'BAD_BEHAVIOUR',
    error.issues.map((i) => `${i.path.join('.') || '(body)'}: ${i.message}`).join('; '),
  );
}

function hangUntilClosed(req: IncomingMessage, stopping: Promise<void>): Promise<void> {
  return new Promise((resolve) => {
    req.socket.once('close', resolve);
    void stopping.then(resolve);
  });
}

/**
 * The frame every mocked backend shares: call counters, latency with jitter, injected faults
 * and a maintenance window around its business routes, plus `/admin/behaviour` and
 * `/admin/counters` for tests, the benchmark and developers.
 */
export function createLegacyService(options: LegacyServiceOptions): LegacyService {
  const { log } = options;
  let behaviour = options.behaviour;
  const counters = new CallCounters();
  let signalStop: () => void = () => undefined;
  const stopping = new Promise<void>((resolve) => {
    signalStop = resolve;
  });

  const now = options.now ?? (() => new Date());
  const metrics = options.metrics ?? createMetrics(options.name, { defaultMetrics: false });
  const answered = new Counter({
    name: 'legacy_mock_requests_total',
    help: 'Business requests a mocked backend answered, by endpoint and outcome: ok, or the fault it injected (maintenance, error, malformed, hang).',
    labelNames: ['endpoint', 'outcome'],
    registers: [metrics.registry],
  });

  function faultReply(fault: 'maintenance' | 'error', at: Date): LegacyReply {
    const reply = options.faultReply(fault);
    const retryAfter = fault === 'maintenance' ? secondsUntilMaintenanceEnds(behaviour, at) : null;
    return retryAfter === null ? reply : { ...reply, headers: { ...reply.headers, 'retry-after': String(retryAfter) } };
  }

  const business: Route[] = options.routes.map((route) => ({
    method: route.method,
    path: route.path,
    handler: async (request) => {
      const requestId = request.req.headers[REQUEST_ID_HEADER];
      const endpoint = typeof route.endpoint === 'string' ? route.endpoint : route.endpoint(request);
      const end = counters.begin(endpoint, typeof requestId === 'string' ? requestId : undefined);
      try {
        const at = now();
        const fault = drawFault(behaviour, at);
        if (fault) counters.fault(fault);
        answered.inc({ endpoint, outcome: fault ?? 'ok' });
        const delay = drawLatency(behaviour);
        if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
        if (fault === 'hang') {
          await hangUntilClosed(request.req, stopping);
          request.res.destroy();
          return;
        }
        if (fault === 'maintenance' || fault === 'error') {
          write(request.res, faultReply(fault, at));
          return;
        }
        if (fault === 'malformed') {
          write(request.res, (route.malformedReply ?? options.malformedReply)());
          return;
        }
        write(request.res, await route.handle(request));
      } finally {
        end();
      }
    },
  }));

  const admin: Route[] = [
    { method: 'GET', path: '/admin/behaviour', handler: ({ res }) => sendJson(res, 200, behaviour) },
    {
      method: 'PUT',
      path: '/admin/behaviour',
      handler: async ({ req, res }) => {
        const patch = behaviourPatchSchema.safeParse(await readJsonBody(req, 10_000));
        if (!patch.success) throw badBehaviour(patch.error);
        const merged = behaviourSchema.safeParse({ ...behaviour, ...patch.data });
        if (!merged.success) throw badBehaviour(merged.error);
        behaviour = merged.data;
        log.info({ behaviour }, 'behaviour changed');
        sendJson(res, 200, behaviour);
      },
    },
    { method: 'GET', path: '/admin/counters', handler: ({ res }) => sendJson(res, 200, counters.snapshot()) },
    {
      method: 'DELETE',
      path: '/admin/counters',
      handler: ({ res }) => {
        counters.reset();
        sendJson(res, 200, counters.snapshot());
      },
    },
    { method: 'GET', path: '/health/live', handler: ({ res }) => sendJson(res, 200, { status: 'ok' }) },
    ...(options.adminRoutes ?? []),
  ];

  const httpServer = createHttpServer({ routes: [...admin, ...business], log, traceAs: options.name });
  // A mock has no dependency to report: ready while it runs.
  const operator = createOperatorEndpoint({ log, metrics, readiness: () => ({ status: 200, body: { status: 'ok' } }) });
  return {
    name: options.name,
    httpServer,
    operator,
    counters,
    behaviour: () => behaviour,
    setBehaviour(patch) {
      behaviour = behaviourSchema.parse({ ...behaviour, ...patch });
      return behaviour;
    },
    listen: (port, host) => listen(httpServer, port, host),
    async stop(drain) {
      signalStop();
      // Stopped by a test (no options), a mock's hung answers (its behaviour) are cut after 2 s.
      await drainServer(httpServer, drain ?? { graceMs: 2_000 });
      await operator.stop();
    },
  };
}
