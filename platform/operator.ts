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

/** The public port's readiness: ready or not, naming nothing a caller could map the system by. */
export function publicReadinessRoute(isReady: () => boolean): Route {
  return {
    method: 'GET',
    path: '/health/ready',
    handler: ({ res }) =>
      isReady() ? sendJson(res, 200, { status: 'ok' }) : sendJson(res, 503, { status: 'starting' }),
  };
}

export const liveRoute: Route = {
  method: 'GET',
  path: '/health/live',
  handler: ({ res }) => sendJson(res, 200, { status: 'ok' }),
};
