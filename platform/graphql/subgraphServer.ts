import type { IncomingMessage } from 'node:http';
import { ApolloServer, type BaseContext } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import type { DocumentNode } from 'graphql';
import type { AuditWriter } from '../audit/AuditEntry';
import { auditPlugin, withAuditedMutations } from '../audit/auditedOperations';
import { RequestAudit } from '../audit/RequestAudit';
import { UnconfiguredAuditWriter } from '../audit/UnconfiguredAuditWriter';
import { AuthenticationError, type TokenVerifier } from '../auth/tokens';
import type { Viewer } from '../auth/viewer';
import { StaleRecorder } from '../cache/staleness';
import type { Component } from '../component';
import { createHttpServer, drainServer, listen, type Route } from '../http';
import { requestLogger, type Logger } from '../logger';
import type { Metrics } from '../metrics';
import { createOperatorEndpoint, Lifecycle, liveRoute, publicReadinessRoute, readinessOf } from '../operator';
import { callerRequestIdFrom, negotiateLanguage, requestIdFrom, type Language } from '../request';
import { apolloServerOptions } from './apolloOptions';
import { DEFAULT_MAX_ENTITY_REPRESENTATIONS, entityBatchLimitPlugin } from './entityBatchLimit';
import { unauthenticated, withGraphQLErrors } from './errors';
import { graphqlRouteHandler } from './httpHandler';
import { queriesAndMutationsOnlyRule } from './operationTypes';

/** What every subgraph's context carries; each subgraph adds its loaders. */
export interface RequestBase {
  requestId: string;
  log: Logger;
  language: Language;
  viewer: Viewer;
  stale: StaleRecorder;
  /** Records broker and staff reads and every mutation in the audit trail (platform/audit). */
  audit: RequestAudit;
}

export interface SubgraphServerOptions<TContext extends RequestBase> {
  name: string;
  typeDefs: DocumentNode;
  /**
   * The subgraph's resolver map, typed by its generated `Resolvers`. Codegen's federation types
   * (e.g. `__resolveReference`) differ in shape from @apollo/subgraph's map, hence `object` here
   * and one cast below.
   */
  resolvers: object;
  /** Adds the subgraph's own per-request parts (loaders) to the base context. */
  createContext(base: RequestBase, req: IncomingMessage): TContext | Promise<TContext>;
  tokenVerifier: TokenVerifier;
  log: Logger;
  metrics: Metrics;
  production: boolean;
  /** Extra HTTP routes beside /graphql and /health (/metrics is on the operator port). */
  routes?: Route[];
  maxBodyBytes?: number;
  /** Entity representations one request may carry (DEFAULT_MAX_ENTITY_REPRESENTATIONS unless given). */
  maxEntityRepresentations?: number;
  /** Releases what the subgraph holds (backend pools, cache, database) after the server has drained. */
  onStop?: () => Promise<void>;
  /**
   * Where the audit trail is written (the server closes it when it stops). Without one, every
   * access that must be recorded is refused with AUDIT_UNAVAILABLE: never unrecorded.
   */
  audit?: AuditWriter;
}

export async function createSubgraphServer<TContext extends RequestBase>(
  options: SubgraphServerOptions<TContext>,
): Promise<Component> {
  const { name, log, metrics, tokenVerifier } = options;
  const auditWriter = options.audit ?? new UnconfiguredAuditWriter(name);
  const routes: Route[] = [];
  const httpServer = createHttpServer({ routes, log, traceAs: options.name });
  const apollo = new ApolloServer<TContext>({
    ...apolloServerOptions<TContext>({
      production: options.production,
      log,
      metrics,
      sandbox: false,
      countStaleParts: false,
      plugins: [
        ApolloServerPluginInlineTraceDisabled(),
        entityBatchLimitPlugin<TContext>(options.maxEntityRepresentations ?? DEFAULT_MAX_ENTITY_REPRESENTATIONS),
        auditPlugin<TContext>(),
      ],
    }),
    validationRules: [queriesAndMutationsOnlyRule()],
    schema: buildSubgraphSchema([
      {
        typeDefs: options.typeDefs,
        resolvers: withGraphQLErrors(withAuditedMutations(options.resolvers)) as GraphQLResolverMap<TContext>,
      },
    ]),
  });
  const lifecycle = new Lifecycle();
  await apollo.start();
  lifecycle.serving();

  async function context(req: IncomingMessage): Promise<TContext> {
    const requestId = requestIdFrom(req.headers);
    const requestLog = requestLogger(log, { requestId });
    let viewer: Viewer;
    try {
      viewer = await tokenVerifier.viewerFromAuthorization(req.headers.authorization);
    } catch (error) {
      if (error instanceof AuthenticationError) throw unauthenticated(error.message);
      throw error;
    }
    const base: RequestBase = {
      requestId,
      log: requestLog,
      language: negotiateLanguage(req.headers['accept-language']),
      viewer,
      stale: new StaleRecorder(),
      audit: new RequestAudit({
        writer: auditWriter,
        viewer,
        authorization: req.headers.authorization,
        requestId,
        callerRequestId: callerRequestIdFrom(req.headers),
        service: name,
        log: requestLog,
      }),
    };
    return options.createContext(base, req);
  }

  routes.push(
    {
      method: 'ANY',
      path: '/graphql',
      handler: graphqlRouteHandler<TContext>({ apollo, context, maxBodyBytes: options.maxBodyBytes ?? 1_000_000 }),
    },
    liveRoute,
    publicReadinessRoute(readinessOf(lifecycle)),
    ...(options.routes ?? []),
  );
  const operator = createOperatorEndpoint({
    log,
    metrics,
    readiness: readinessOf(lifecycle, () => ({ status: 200, body: { status: 'ok', subgraph: name } })),
  });

  return {
    name,
    httpServer,
    operator,
    listen: (port, host) => listen(httpServer, port, host),
    async stop(drain) {
      // Readiness says draining (both ports) while the public port drains, then Apollo stops: its
      // own drain plugin would leave its grace timer running after a clean drain.
      lifecycle.draining();
      await drainServer(httpServer, drain);
      await operator.stop();
      await apollo.stop();
      await options.onStop?.();
      await auditWriter.close();
      await tokenVerifier.close();
    },
  };
}

export type { BaseContext };
