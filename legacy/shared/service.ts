import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Component } from '../../platform/component';
import { closeGracefully, createHttpServer, listen, readJsonBody, sendJson, HttpError, type Route, type RouteRequest } from '../../platform/http';
import type { Logger } from '../../platform/logger';
import { behaviourSchema, drawFault, drawLatency, type Behaviour } from './behaviour';
import { CallCounters } from './counters';

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
  /** Counter name: stable, without ids. */
  endpoint: string;
  handle(request: RouteRequest): Promise<LegacyReply> | LegacyReply;
}

export interface LegacyServiceOptions {
  name: string;
  routes: LegacyRoute[];
  behaviour: Behaviour;
  log: Logger;
  /** The backend's own way of saying "down for maintenance" and "internal error". */
  faultReply(kind: 'maintenance' | 'error'): LegacyReply;
  /** What a garbled answer looks like for this backend. */
  malformedReply(): LegacyReply;
  /** Admin routes specific to this backend (e.g. the SMS outbox). */
  adminRoutes?: Route[];
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

  const business: Route[] = options.routes.map((route) => ({
    method: route.method,
    path: route.path,
    handler: async (request) => {
      const end = counters.begin(route.endpoint);
      try {
        const fault = drawFault(behaviour, new Date());
        const delay = drawLatency(behaviour);
        if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
        if (fault === 'hang') {
          await hangUntilClosed(request.req, stopping);
          request.res.destroy();
          return;
        }
        if (fault === 'maintenance' || fault === 'error') {
          write(request.res, options.faultReply(fault));
          return;
        }
        if (fault === 'malformed') {
          write(request.res, options.malformedReply());
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
        const parsed = behaviourSchema.partial().safeParse(await readJsonBody(req, 10_000));
        if (!parsed.success) throw new HttpError(400, 'BAD_BEHAVIOUR', parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
        behaviour = { ...behaviour, ...parsed.data };
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

  const httpServer = createHttpServer({ routes: [...admin, ...business], log });
  return {
    name: options.name,
    httpServer,
    counters,
    behaviour: () => behaviour,
    setBehaviour(patch) {
      behaviour = behaviourSchema.parse({ ...behaviour, ...patch });
      return behaviour;
    },
    listen: (port, host) => listen(httpServer, port, host),
    async stop() {
      signalStop();
      await closeGracefully(httpServer, 2_000);
    },
  };
}
