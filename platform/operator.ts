import type http from 'node:http';
import { closeGracefully, createHttpServer, listen, sendJson, type Route } from './http';
import type { Logger } from './logger';
import { metricsRoute, type Metrics } from './metrics';

/** What a component's detailed readiness says: the status code and the body operators read. */
export interface Readiness {
  status: number;
  body: Record<string, unknown>;
}

/**
 * Routes for operators only (Prometheus, the orchestrator's readiness probe), on a port of their
 * own that is never published (OPERATOR_PORT): the metrics and the detailed readiness, which
 * names the component's dependencies and their state. The public port keeps a readiness that
 * names nothing.
 */
export interface OperatorEndpoint {
  readonly httpServer: http.Server;
  listen(port: number, host: string): Promise<number>;
  stop(): Promise<void>;
}

export function createOperatorEndpoint({
  log,
  metrics,
  readiness,
}: {
  log: Logger;
  metrics: Metrics;
  readiness: () => Promise<Readiness> | Readiness;
}): OperatorEndpoint {
  const routes: Route[] = [
    metricsRoute(metrics),
    liveRoute,
    {
      method: 'GET',
      path: '/health/ready',
      handler: async ({ res }) => {
        const { status, body } = await readiness();
        sendJson(res, status, body);
      },
    },
  ];
  const httpServer = createHttpServer({ routes, log: log.child({ part: 'operator' }) });
  return {
    httpServer,
    listen: (port, host) => listen(httpServer, port, host),
    stop: () => closeGracefully(httpServer),
  };
}

/**
 * Where a component is in its life, as its readiness says it: only a `serving` one takes traffic.
 * `starting` until it can answer (its supergraph or schema loaded), `draining` from the moment it
 * is told to stop, while it finishes what it accepted (platform/http.ts drainServer).
 */
export type Phase = 'starting' | 'serving' | 'draining';

export class Lifecycle {
  private current: Phase = 'starting';

  get phase(): Phase {
    return this.current;
  }

  /** Ready to answer; a component already draining stays draining. */
  serving(): void {
    if (this.current === 'starting') this.current = 'serving';
  }

  draining(): void {
    this.current = 'draining';
  }
}

/**
 * A component's readiness: 503 while starting and while draining, whatever its own checks would
 * say (a load balancer must not send to it); once serving, what its checks say (200 `ok`, or 200
 * `degraded` with what is down, for the gateway: gateway/health.ts).
 */
export function readinessOf(
  lifecycle: Lifecycle,
  checks: () => Promise<Readiness> | Readiness = () => ({ status: 200, body: { status: 'ok' } }),
): () => Promise<Readiness> {
  return async () => {
    const { phase } = lifecycle;
    if (phase !== 'serving') return { status: 503, body: { status: phase } };
    const checked = await checks();
    // A drain that began while the checks ran wins: the probe must not see 200 from a stopping component.
    return lifecycle.phase === 'serving' ? checked : { status: 503, body: { status: lifecycle.phase } };
  };
}

/**
 * The public port's readiness: the status word of the component's readiness only (`ok`,
 * `degraded`, 503 `starting` or `draining`), naming nothing a caller could map the system by.
 */
export function publicReadinessRoute(readiness: () => Promise<Readiness> | Readiness): Route {
  return {
    method: 'GET',
    path: '/health/ready',
    handler: async ({ res }) => {
      const { status, body } = await readiness();
      sendJson(res, status, { status: body['status'] });
    },
  };
}

export const liveRoute: Route = {
  method: 'GET',
  path: '/health/live',
  handler: ({ res }) => sendJson(res, 200, { status: 'ok' }),
};
