import type { IncomingMessage } from 'node:http';
import { Agent } from 'undici';
import type { Component } from '../../platform/component';
import { createHttpServer, drainServer, listen, pickHeaders, sendJson, type Route } from '../../platform/http';
import type { Logger } from '../../platform/logger';
import { devOutboxRoute } from './devOutbox';
import { createGatewayClient, operationTexts } from './gatewayClient';
import { downloadProxy, graphqlProxy } from './proxy';
import { sessionRoutes } from './session';
import { securityHeaders, staticRoutes } from './staticFiles';

export interface PortalServerOptions {
  /** The gateway's origin, e.g. http://127.0.0.1:4000. */
  gatewayOrigin: string;
  /** The origin customers open the portal at (the identity providers return there). */
  publicOrigin: string;
  /** The identity providers' authorization endpoint, `{provider}` standing for itsme or eid. */
  identityProviderAuthorizeUrl: string;
  /** The built portal (vite build's output). */
  staticDir: string;
  production: boolean;
  /** Outside production: the customer master whose mocked SMS and post the development panel shows. */
  customerMasterOrigin?: string;
  log: Logger;
}

/** The client's address as the gateway's rate limits and audit see it: appended to X-Forwarded-For. */
function forwardedHeaders(req: IncomingMessage): Record<string, string> {
  const client = req.socket.remoteAddress ?? '';
  const before = req.headers['x-forwarded-for'];
  return {
    ...pickHeaders(req.headers, ['accept-language', 'x-request-id']),
    'x-forwarded-for': typeof before === 'string' && before ? `${before}, ${client}` : client,
  };
}

/**
 * The customer portal's server: the built pages under a strict Content-Security-Policy, and, on
 * the same origin, the API the pages use (GraphQL and downloads, passed to the gateway) and the
 * browser's session (the refresh token as an HttpOnly cookie). See docs/portal.md.
 */
export function createPortalServer(options: PortalServerOptions): Component {
  const agent = new Agent({ keepAliveTimeout: 30_000, connections: 64 });
  const gateway = createGatewayClient(options.gatewayOrigin, agent);
  const headers = securityHeaders(options.production);
  const proxyOptions = {
    gatewayOrigin: options.gatewayOrigin,
    agent,
    publicOrigin: options.publicOrigin,
    registeredOperations: operationTexts(),
    forwardedHeaders,
  };
  const routes: Route[] = [
    { method: 'GET', path: '/health/live', handler: ({ res }) => sendJson(res, 200, { status: 'ok' }) },
    graphqlProxy(proxyOptions),
    downloadProxy(proxyOptions),
    ...sessionRoutes({
      gateway,
      publicOrigin: options.publicOrigin,
      authorizeUrl: options.identityProviderAuthorizeUrl,
      forwardedHeaders,
    }),
    ...(!options.production && options.customerMasterOrigin
      ? [devOutboxRoute(options.customerMasterOrigin, agent)]
      : []),
    ...staticRoutes(options.staticDir),
  ];
  // Security headers on every answer, the refusals of createHttpServer included.
  const withHeaders: Route[] = routes.map((route) => ({
    ...route,
    handler: (request) => {
      for (const [name, value] of Object.entries(headers)) request.res.setHeader(name, value);
      return route.handler(request);
    },
  }));
  const httpServer = createHttpServer({ routes: withHeaders, log: options.log });
  return {
    name: 'portal',
    httpServer,
    listen: (port, host) => listen(httpServer, port, host),
    async stop(drain) {
      await drainServer(httpServer, drain);
      await agent.close();
    },
  };
}
