import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { GatewayGraphQLResponse } from '@apollo/server-gateway-interface';
import type { Fetcher } from '@apollo/utils.fetcher';
import { GraphQLError, Kind, parse, type DocumentNode, type GraphQLFormattedError } from 'graphql';
import { parseStaleMarkers } from '../platform/cache/staleness';
import { ErrorCode } from '../platform/graphql/errors';
import { inSpan, SpanKind, withTraceHeaders } from '../platform/tracing';
import type { Metrics } from '../platform/metrics';
import { requestIdHeaders } from '../platform/request';
import type { GatewayContext } from './context';
import { requestedParts, type ResponsePath } from './requestedParts';

/**
 * What @apollo/gateway's RemoteGraphQLDataSource throws for an HTTP error status: the status, and
 * the errors of the body when the subgraph answered GraphQL (Apollo Server answers 401 with the
 * UNAUTHENTICATED error a resolver threw).
 */
function httpRefusal(error: unknown): { status: number; errors: GraphQLFormattedError[] | undefined } | undefined {
  if (!(error instanceof GraphQLError)) return undefined;
  const response = error.extensions['response'] as { status?: unknown; body?: unknown } | undefined;
  if (typeof response?.status !== 'number') return undefined;
  const body = response.body as { errors?: unknown } | null | undefined;
  const errors = Array.isArray(body?.errors) ? (body.errors as GraphQLFormattedError[]) : undefined;
  return { status: response.status, errors: errors?.length ? errors : undefined };
}

function unauthenticatedAt(path: ResponsePath): GraphQLFormattedError {
  return { message: 'Sign in to see this.', path, extensions: { code: ErrorCode.UNAUTHENTICATED } };
}

/**
 * A subgraph's errors as the client should get them: each on the path of a part it leaves out
 * (an error answered before any field ran, as for a refused token, on every part asked for), and
 * a 401's with that status for the client's answer too.
 */
function relayed(
  errors: readonly GraphQLFormattedError[],
  status: number,
  parts: () => ResponsePath[],
): GraphQLFormattedError[] {
  const http = status === 401 ? { http: { status } } : {};
  return errors.flatMap((error) => {
    const extensions = { ...error.extensions, ...http };
    const paths = error.path ? [error.path] : parts();
    return paths.map((path) => ({ message: error.message, path, extensions }));
  });
}

/** Errors of a call no answer came back for because its connection closed (undici's "other side closed", a reset, a broken pipe). */
const CLOSED_CONNECTION = new Set(['UND_ERR_SOCKET', 'ECONNRESET', 'EPIPE']);

/**
 * Whether a failed subgraph call may be sent once more on a new connection. A replica that is
 * draining closes its idle keep-alive sockets (platform/http.ts drainServer), and a call written
 * on one just as it closes fails without an answer; sent again, the new connection goes to a
 * replica that serves. A refused connection carried nothing, so any call may go again; a closed
 * one may have been received, so only a query goes again, never a mutation.
 */
export function resendable(error: unknown, isMutation: () => boolean): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'ECONNREFUSED') return true;
  return typeof code === 'string' && CLOSED_CONNECTION.has(code) && !isMutation();
}

type CallOutcome = 'ok' | 'graphql-errors' | 'unreachable';

interface SubgraphSeries {
  latency: ReturnType<Metrics['backendLatency']['labels']>;
  inFlight: ReturnType<Metrics['backendInFlight']['labels']>;
  calls: Record<CallOutcome, ReturnType<Metrics['backendCalls']['labels']>>;
}

function subgraphSeries(metrics: Metrics, backend: string): SubgraphSeries {
  const labels = { backend, endpoint: 'graphql' };
  const calls = (outcome: CallOutcome) => metrics.backendCalls.labels({ ...labels, outcome });
  return {
    latency: metrics.backendLatency.labels(labels),
    inFlight: metrics.backendInFlight.labels({ backend }),
    calls: { ok: calls('ok'), 'graphql-errors': calls('graphql-errors'), unreachable: calls('unreachable') },
  };
}

/** The subgraph operation as a document: the one @apollo/gateway planned, or parsed from its text. */
function documentOf(options: GraphQLDataSourceProcessOptions<GatewayContext>): DocumentNode {
  return ('document' in options ? options.document : undefined) ?? parse(options.request.query ?? '{}');
}

/**
 * Calls one subgraph: forwards the caller's identity (the user token itself, so each subgraph
 * verifies it), request id and language, and collects the subgraph's stale markers, which
 * @apollo/gateway would otherwise drop with the rest of the subgraph's extensions.
 */
export class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  /** This subgraph's series, looked up once: prom-client hashes a label object on every call otherwise. */
  private readonly series: SubgraphSeries | undefined;

  constructor(
    private readonly subgraphName: string,
    url: string,
    fetcher: Fetcher,
    /** Subgraph calls are the gateway's backend calls: counted, timed and gauged in flight like them. */
    private readonly metrics?: Metrics,
  ) {
    super({ url, fetcher });
    this.series = metrics && subgraphSeries(metrics, subgraphName);
  }

  /**
   * A subgraph that cannot be reached (refused, reset, timed out, or answering other than
   * GraphQL) becomes SUBGRAPH_UNAVAILABLE on each part of the answer it was asked for, and a
   * subgraph's refusal with an HTTP error status (401 for a missing or expired token) is relayed
   * as the GraphQL errors it answered with. @apollo/gateway would otherwise report either as one
   * error without a path, with the message "401: " and the subgraph's URL and body.
   */
  override process(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<GatewayGraphQLResponse> {
    // One span per subgraph fetch; willSendRequest (inside it) carries its context to the subgraph.
    return inSpan(
      `gateway fetch ${this.subgraphName}`,
      { kind: SpanKind.CLIENT, attributes: { 'graphql.subgraph': this.subgraphName } },
      async (span) => {
        const response = await this.fetchOnce(options);
        if (response.errors?.length) span.setAttribute('graphql.errors', response.errors.length);
        return response;
      },
    );
  }

  private async fetchOnce(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<GatewayGraphQLResponse> {
    const series = this.series;
    const stopTimer = series?.latency.startTimer();
    series?.inFlight.inc();
    let outcome: CallOutcome = 'ok';
    try {
      const response = await this.processResending(options);
      if (response.errors?.length) outcome = 'graphql-errors';
      return response;
    } catch (error) {
      const parts = (): ResponsePath[] => requestedParts(documentOf(options), options.request.variables);
      const refusal = httpRefusal(error);
      if (refusal?.errors) {
        outcome = 'graphql-errors';
        return { data: null, errors: relayed(refusal.errors, refusal.status, parts) };
      }
      if (refusal?.status === 401) {
        outcome = 'graphql-errors';
        return { data: null, errors: parts().map((path) => unauthenticatedAt(path)) };
      }
      outcome = 'unreachable';
      const context = options.context;
      if ('log' in context) context.log.warn({ err: error, subgraph: this.subgraphName }, 'subgraph unreachable');
      return { data: null, errors: parts().map((path) => this.unavailableAt(path)) };
    } finally {
      series?.inFlight.dec();
      series?.calls[outcome].inc();
      stopTimer?.();
    }
  }

  /** One call, sent a second time when its connection closed under it before any answer (resendable). */
  private async processResending(
    options: GraphQLDataSourceProcessOptions<GatewayContext>,
  ): Promise<GatewayGraphQLResponse> {
    try {
      return await super.process(options);
    } catch (error) {
      const isMutation = (): boolean =>
        documentOf(options).definitions.some(
          (definition) => definition.kind === Kind.OPERATION_DEFINITION && definition.operation === 'mutation',
        );
      if (!resendable(error, isMutation)) throw error;
      this.metrics?.backendRetries.inc({ backend: this.subgraphName, decision: 'made' });
      return super.process(options);
    }
  }

  private unavailableAt(path: ResponsePath): GraphQLFormattedError {
    return {
      message: `The ${this.subgraphName} service is temporarily unavailable; try again later.`,
      path,
      extensions: { code: ErrorCode.SUBGRAPH_UNAVAILABLE, serviceName: this.subgraphName, retryable: true },
    };
  }

  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    const headers = request.http?.headers;
    if (!headers || !('requestId' in context)) return;
    const ids = { requestId: context.requestId, callerRequestId: context.callerRequestId ?? null };
    for (const [name, value] of Object.entries(requestIdHeaders(ids))) headers.set(name, value);
    if (context.authorization) headers.set('authorization', context.authorization);
    if (context.acceptLanguage) headers.set('accept-language', context.acceptLanguage);
    for (const [name, value] of Object.entries(withTraceHeaders({}))) headers.set(name, value);
  }

  override didReceiveResponse({
    response,
    context,
  }: {
    response: GatewayGraphQLResponse;
    context: GatewayContext;
  }): GatewayGraphQLResponse {
    if ('stale' in context) {
      for (const marker of parseStaleMarkers(response.extensions?.['stale'])) context.stale.record(marker);
    }
    return response;
  }
}
