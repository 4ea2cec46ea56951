import { BackendClient } from '../../platform/backend/BackendClient';
import { cacheInvalidationRoute } from '../../platform/cache/invalidationRoute';
import { dayInBelgium } from '../../platform/belgium';
import type { Component } from '../../platform/component';
import { recordCacheFor, type SubgraphParts } from '../../platform/graphql/subgraphParts';
import { createSubgraphServer } from '../../platform/graphql/subgraphServer';
import { subgraphTypeDefs } from '../../platform/schema';
import { VConnectClient } from './backend/VConnectClient';
import { callSlots } from './callSlots';
import type { NonLifeContext } from './context';
import { createNonLifeLoaders, nonLifeRecordTypes, type NonLifeRecordTypes } from './loaders';
import { resolvers } from './resolvers';

export const typeDefs = subgraphTypeDefs('nonlife');
export { resolvers };

export interface NonLifeSubgraphOptions extends SubgraphParts {
  vConnectUrl: string;
  /**
   * V-Connect calls in flight at once for one request (it has no batch endpoint); the cap for the
   * whole process is `backendPolicy.maxConcurrent`.
   */
  perRequestConcurrency: number;
}

/** The non-life subgraph: motor, fire, family liability… contracts from V-Connect. */
export async function createNonLifeSubgraph(options: NonLifeSubgraphOptions): Promise<Component> {
  const http = new BackendClient({
    name: 'v-connect',
    baseUrl: options.vConnectUrl,
    policy: options.backendPolicy,
    metrics: options.metrics,
    log: options.log,
  });
  const client = new VConnectClient(http);
  // Per request: each request's V-Connect calls share its own slots.
  const types = (): NonLifeRecordTypes => nonLifeRecordTypes(client, callSlots(options.perRequestConcurrency));
  const cache = recordCacheFor(options, 'nonlife');
  return createSubgraphServer<NonLifeContext>({
    name: 'nonlife',
    typeDefs,
    resolvers,
    createContext: (base) => ({
      ...base,
      loaders: createNonLifeLoaders(cache, types(), base),
      serviceSecret: options.serviceSecret,
      today: dayInBelgium(new Date(options.clock?.() ?? Date.now())),
    }),
    tokenVerifier: options.tokenVerifier,
    log: options.log,
    metrics: options.metrics,
    production: options.production,
    maxEntityRepresentations: options.maxEntityRepresentations,
    audit: options.audit,
    routes: [cacheInvalidationRoute(cache, Object.values(types()))],
    onStop: async () => {
      await http.close();
      await options.cacheStore.close();
    },
  });
}
