import { BackendClient } from '../../platform/backend/BackendClient';
import { cacheInvalidationRoute } from '../../platform/cache/invalidationRoute';
import type { Component } from '../../platform/component';
import { recordCacheFor, type SubgraphParts } from '../../platform/graphql/subgraphParts';
import { createSubgraphServer } from '../../platform/graphql/subgraphServer';
import { subgraphTypeDefs } from '../../platform/schema';
import { LifeConnectClient } from './backend/LifeConnectClient';
import type { LifeContext } from './context';
import { createLifeLoaders, lifeRecordTypes } from './loaders';
import { resolvers } from './resolvers';

export const typeDefs = subgraphTypeDefs('life');
export { resolvers };

export interface LifeSubgraphOptions extends SubgraphParts {
  lifeConnectUrl: string;
}

/** The life subgraph: life contracts from Life Connect. */
export async function createLifeSubgraph(options: LifeSubgraphOptions): Promise<Component> {
  const http = new BackendClient({
    name: 'life-connect',
    baseUrl: options.lifeConnectUrl,
    policy: options.backendPolicy,
    metrics: options.metrics,
    log: options.log,
  });
  const types = lifeRecordTypes(new LifeConnectClient(http));
  const cache = recordCacheFor(options, 'life');
  return createSubgraphServer<LifeContext>({
    name: 'life',
    typeDefs,
    resolvers,
    createContext: (base) => ({
      ...base,
      loaders: createLifeLoaders(cache, types, base),
      serviceSecret: options.serviceSecret,
    }),
    tokenVerifier: options.tokenVerifier,
    log: options.log,
    metrics: options.metrics,
    production: options.production,
    maxEntityRepresentations: options.maxEntityRepresentations,
    audit: options.audit,
    routes: [cacheInvalidationRoute(cache, Object.values(types))],
    onStop: async () => {
      await http.close();
      await options.cacheStore.close();
    },
  });
}
