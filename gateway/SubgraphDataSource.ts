import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { GatewayGraphQLResponse } from '@apollo/server-gateway-interface';
import type { Fetcher } from '@apollo/utils.fetcher';
import type { StaleMarker } from '../platform/cache/staleness';
import { REQUEST_ID_HEADER } from '../platform/request';
import type { GatewayContext } from './context';

/**
 * Calls one subgraph: forwards the caller's identity (the user token itself, so each subgraph
 * verifies it), request id and language, and collects the subgraph's stale markers, which
 * @apollo/gateway would otherwise drop with the rest of the subgraph's extensions.
 */
export class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(url: string, fetcher: Fetcher) {
    super({ url, fetcher });
  }

  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    const headers = request.http?.headers;
    if (!headers || !('requestId' in context)) return;
    headers.set(REQUEST_ID_HEADER, context.requestId);
    if (context.authorization) headers.set('authorization', context.authorization);
    if (context.acceptLanguage) headers.set('accept-language', context.acceptLanguage);
  }

  override didReceiveResponse({ response, context }: { response: GatewayGraphQLResponse; context: GatewayContext }): GatewayGraphQLResponse {
    const stale = response.extensions?.['stale'];
    if (Array.isArray(stale) && 'stale' in context) {
      for (const marker of stale as StaleMarker[]) context.stale.record(marker);
    }
    return response;
  }
}
