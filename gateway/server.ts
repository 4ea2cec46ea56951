import type { IncomingMessage, ServerResponse } from 'node:http';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import { AuthenticationError, type TokenVerifier } from '../platform/auth/tokens';
import { StaleRecorder } from '../platform/cache/staleness';
import type { Component } from '../platform/component';
import { unauthenticated } from '../platform/graphql/errors';
import { graphqlRouteHandler } from '../platform/graphql/httpHandler';
import { requestLogPlugin, staleMarkersPlugin } from '../platform/graphql/plugins';
import { closeGracefully, createHttpServer, listen, type Route } from '../platform/http';
import type { Logger } from '../platform/logger';
import { metricsRoute, type Metrics } from '../platform/metrics';
import { REQUEST_ID_HEADER, requestIdFrom } from '../platform/request';
import type { GatewayContext } from './context';
import { healthRoutes } from './health';
import { SubgraphDataSource } from './SubgraphDataSource';
import { createSubgraphAgent, createUndiciFetcher } from './undiciFetcher';

export interface GatewayOptions {
  supergraphSdl: string;
  /** GraphQL URL per subgraph name; overrides the routing URLs in the supergraph. */
  subgraphUrls: Record<string, string>;
  /** Bound on each subgraph call. */
  subgraphTimeoutMs: number;
  tokenVerifier: TokenVerifier;
  log: Logger;
  metrics: Metrics;
  production: boolean;
  maxBodyBytes: number;
  /** Public routes beside /graphql that other parts contribute (e.g. token endpoint, downloads). */
  routes?: Route[];
}

export async function createGateway(options: GatewayOptions): Promise<Component> {
  const { log, metrics, tokenVerifier } = options;
  const agent = createSubgraphAgent();
  const fetcher = createUndiciFetcher(agent, options.subgraphTimeoutMs);
  const gateway = new ApolloGateway({
    supergraphSdl: options.supergraphSdl,
    buildService: ({ name, url }) => {
      const target = options.subgraphUrls[name] ?? url;
      if (!target) throw new Error(`No URL configured for subgraph "${name}".`);
      return new SubgraphDataSource(name, target, fetcher, metrics);
    },
    logger: log.child({ part: 'apollo-gateway' }),
  });

  const routes: Route[] = [];
  const httpServer = createHttpServer({ routes, log });
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    introspection: !options.production,
    includeStacktraceInErrorResponses: !options.production,
    plugins: [
      options.production ? ApolloServerPluginLandingPageDisabled() : ApolloServerPluginLandingPageLocalDefault({ embed: true, includeCookies: false }),
      requestLogPlugin<GatewayContext>(metrics),
      staleMarkersPlugin<GatewayContext>(metrics),
    ],
  });
  let ready = false;
  await apollo.start();
  ready = true;

  async function context(req: IncomingMessage, res: ServerResponse): Promise<GatewayContext> {
    const requestId = requestIdFrom(req.headers);
    res.setHeader(REQUEST_ID_HEADER, requestId);
    const authorization = req.headers.authorization;
    let viewer;
    try {
      viewer = await tokenVerifier.viewerFromAuthorization(authorization);
    } catch (error) {
      if (error instanceof AuthenticationError) throw unauthenticated(error.message);
      throw error;
    }
    return {
      requestId,
      log: log.child({ requestId }),
      authorization,
      acceptLanguage: req.headers['accept-language']?.slice(0, 256),
      viewer,
      stale: new StaleRecorder(),
    };
  }

  const subgraphs = Object.entries(options.subgraphUrls).map(([name, url]) => ({ name, url }));
  routes.push(
    { method: 'ANY', path: '/graphql', handler: graphqlRouteHandler<GatewayContext>({ apollo, context, maxBodyBytes: options.maxBodyBytes }) },
    ...healthRoutes(() => ready, subgraphs),
    metricsRoute(metrics),
    ...(options.routes ?? []),
  );

  return {
    name: 'gateway',
    httpServer,
    listen: (port, host) => listen(httpServer, port, host),
    async stop() {
      ready = false;
      // Drain first (in-flight requests finish, idle keep-alive sockets close), then stop Apollo.
      // Apollo's drain plugin does the same but leaves its grace timer running after a clean drain.
      await closeGracefully(httpServer);
      await apollo.stop();
      await agent.close();
    },
  };
}
