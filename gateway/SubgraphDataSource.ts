import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { GatewayGraphQLResponse } from '@apollo/server-gateway-interface';
import type { Fetcher } from '@apollo/utils.fetcher';
import { GraphQLError } from 'graphql';
import { parseStaleMarkers } from '../platform/cache/staleness';
import type { Metrics } from '../platform/metrics';
import { requestIdHeaders } from '../platform/request';
import type { GatewayContext } from './context';

/**
 * Calls one subgraph: forwards the caller's identity (the user token itself, so each subgraph
 * verifies it), request id and language, and collects the subgraph's stale markers, which
 * @apollo/gateway would otherwise drop with the rest of the subgraph's extensions.
 */
export class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    private readonly subgraphName: string,
    url: string,
    fetcher: Fetcher,
    /** Subgraph calls are the gateway's backend calls: counted, timed and gauged in flight like them. */
    private readonly metrics?: Metrics,
  ) {
    super({ url, fetcher });
  }

  /**
   * A subgraph that cannot be reached (refused, reset, timed out) becomes a GraphQL error on the
   * fields it owns, like any other subgraph error, instead of an exception that @apollo/gateway
   * would report without a path and with the internal address in its message.
   */
  override async process(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<GatewayGraphQLResponse> {
    const labels = { backend: this.subgraphName, endpoint: 'graphql' };
    const stopTimer = this.metrics?.backendLatency.startTimer(labels);
    this.metrics?.backendInFlight.inc({ backend: this.subgraphName });
    let outcome = 'ok';
    try {
      const response = await super.process(options);
      if (response.errors?.length) outcome = 'graphql-errors';
      return response;
    } catch (error) {
      outcome = 'error';
      if (error instanceof GraphQLError) throw error;
      outcome = 'unreachable';
      const context = options.context;
      if ('log' in context) context.log.warn({ err: error, subgraph: this.subgraphName }, 'subgraph unreachable');
      return {
        errors: [
          new GraphQLError(`The ${this.subgraphName} service is temporarily unavailable; try again later.`, {
            extensions: { code: 'SUBGRAPH_UNAVAILABLE', serviceName: this.subgraphName, retryable: true },
          }),
        ],
      };
    } finally {
      this.metrics?.backendInFlight.dec({ backend: this.subgraphName });
      this.metrics?.backendCalls.inc({ ...labels, outcome });
      stopTimer?.();
    }
  }

  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    const headers = request.http?.headers;
    if (!headers || !('requestId' in context)) return;
    const ids = { requestId: context.requestId, callerRequestId: context.callerRequestId ?? null };
    for (const [name, value] of Object.entries(requestIdHeaders(ids))) headers.set(name, value);
    if (context.authorization) headers.set('authorization', context.authorization);
    if (context.acceptLanguage) headers.set('accept-language', context.acceptLanguage);
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
