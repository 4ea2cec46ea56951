import { BackendClient } from '../../platform/backend/BackendClient';
import { RecordCache } from '../../platform/cache/RecordCache';
import type { Component } from '../../platform/component';
import type { SubgraphParts } from '../../platform/graphql/subgraphParts';
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
  const http = new BackendClient({ name: 'life-connect', baseUrl: options.lifeConnectUrl, policy: options.backendPolicy, metrics: options.metrics, log: options.log });
  const types = lifeRecordTypes(new LifeConnectClient(http));
  const cache = new RecordCache({ store: options.cacheStore, namespace: 'life', keyPrefix: options.cachePrefix, metrics: options.metrics, log: options.log });
  return createSubgraphServer<LifeContext>({
    name: 'life',
    typeDefs,
    resolvers,
    createContext: (base) => ({ ...base, loaders: createLifeLoaders(cache, types, base) }),
    tokenVerifier: options.tokenVerifier,
    log: options.log,
    metrics: options.metrics,
    production: options.production,
    onStop: async () => {
      await http.close();
      await options.cacheStore.close();
    },
  });
}
