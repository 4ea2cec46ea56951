import type { SigningKey } from '../../platform/auth/signingKey';
import { BackendClient } from '../../platform/backend/BackendClient';
import { cacheInvalidationRoute } from '../../platform/cache/invalidationRoute';
import type { Component } from '../../platform/component';
import { recordCacheFor, type SubgraphParts } from '../../platform/graphql/subgraphParts';
import { createSubgraphServer } from '../../platform/graphql/subgraphServer';
import { sendJson } from '../../platform/http';
import { subgraphTypeDefs } from '../../platform/schema';
import { CustomerMasterClient } from './backend/CustomerMasterClient';
import type { IdentityContext } from './context';
import { createIdentityLoaders, identityRecordTypes } from './loaders';
import { resolvers } from './resolvers';

export const typeDefs = subgraphTypeDefs('identity');
export { resolvers };

export interface IdentitySubgraphOptions extends SubgraphParts {
  customerMasterUrl: string;
  signingKey: SigningKey;
}

/** The identity subgraph: customers from the customer master, and the keys tokens are verified with. */
export async function createIdentitySubgraph(options: IdentitySubgraphOptions): Promise<Component> {
  const http = new BackendClient({ name: 'customer-master', baseUrl: options.customerMasterUrl, policy: options.backendPolicy, metrics: options.metrics, log: options.log });
  const types = identityRecordTypes(new CustomerMasterClient(http));
  const cache = recordCacheFor(options, 'identity');
  return createSubgraphServer<IdentityContext>({
    name: 'identity',
    typeDefs,
    resolvers,
    createContext: (base) => ({ ...base, loaders: createIdentityLoaders(cache, types, base) }),
    tokenVerifier: options.tokenVerifier,
    log: options.log,
    metrics: options.metrics,
    production: options.production,
    routes: [
      cacheInvalidationRoute(cache, Object.values(types)),
      {
        method: 'GET',
        path: '/.well-known/jwks.json',
        handler: ({ res }) => sendJson(res, 200, { keys: options.signingKey.publicJwks }, { 'cache-control': 'public, max-age=300' }),
      },
    ],
    onStop: async () => {
      await http.close();
      await options.cacheStore.close();
    },
  });
}
