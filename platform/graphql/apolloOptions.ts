import type { ApolloServerOptionsWithGateway, ApolloServerPlugin, BaseContext } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import type { StaleRecorder } from '../cache/staleness';
import type { Logger } from '../logger';
import type { Metrics } from '../metrics';
import { createFormatError } from './formatError';
import { requestLogPlugin, staleMarkersPlugin } from './plugins';

/** What the request log and the stale markers read from every request's context. */
export interface ServedContext extends BaseContext {
  requestId: string;
  log: Logger;
  stale: StaleRecorder;
}

export interface ApolloServerSettings<TContext extends ServedContext> {
  production: boolean;
  log: Logger;
  metrics: Metrics;
  /**
   * Serves the embedded Sandbox outside production (the gateway; subgraphs have no landing page),
   * opening with this operation and these headers when given.
   */
  sandbox: boolean | { document: string; headers: Record<string, string> };
  /** Counts each stale part of a response: the gateway, where the subgraphs' markers are merged, so each is counted once. */
  countStaleParts: boolean;
  /** The server's own plugins, run before the request log and the stale markers. */
  plugins: ApolloServerPlugin<TContext>[];
}

/**
 * The Apollo Server options the gateway and every subgraph share; each adds its schema (or
 * gateway) and its own options to them.
 */
export function apolloServerOptions<TContext extends ServedContext>(
  settings: ApolloServerSettings<TContext>,
): Omit<ApolloServerOptionsWithGateway<TContext>, 'gateway'> {
  const { production, log, metrics } = settings;
  return {
    // runComponent owns SIGTERM / SIGINT; Apollo's own handlers would run a second stop() that never settles.
    stopOnTerminationSignals: false,
    introspection: !production,
    includeStacktraceInErrorResponses: !production,
    hideSchemaDetailsFromClientErrors: production,
    formatError: createFormatError({ production }),
    // Apollo Server's own messages go through the redacting logger, not to the console.
    logger: log.child({ part: 'apollo-server' }),
    plugins: [
      settings.sandbox && !production
        ? ApolloServerPluginLandingPageLocalDefault({
            embed: true,
            includeCookies: false,
            ...(typeof settings.sandbox === 'object' ? settings.sandbox : {}),
          })
        : ApolloServerPluginLandingPageDisabled(),
      ...settings.plugins,
      requestLogPlugin<TContext>(metrics),
      staleMarkersPlugin<TContext>(settings.countStaleParts ? metrics : undefined),
    ],
  };
}
