import { BackendClient } from '../../platform/backend/BackendClient';
import { cacheInvalidationRoute } from '../../platform/cache/invalidationRoute';
import type { Component } from '../../platform/component';
import { recordCacheFor, type SubgraphParts } from '../../platform/graphql/subgraphParts';
import { createSubgraphServer } from '../../platform/graphql/subgraphServer';
import { subgraphTypeDefs } from '../../platform/schema';
import { DocumentArchiveClient } from './backend/DocumentArchiveClient';
import type { DocumentsContext } from './context';
import { createDocumentLoaders, documentRecordTypes } from './loaders';
import { resolvers } from './resolvers';

export const typeDefs = subgraphTypeDefs('documents');
export { resolvers };

export interface DocumentsSubgraphOptions extends SubgraphParts {
  archiveUrl: string;
}

/** The documents subgraph: tax certificates, overviews and other PDFs from the document archive. */
export async function createDocumentsSubgraph(options: DocumentsSubgraphOptions): Promise<Component> {
  const http = new BackendClient({ name: 'document-archive', baseUrl: options.archiveUrl, policy: options.backendPolicy, metrics: options.metrics, log: options.log });
  const types = documentRecordTypes(new DocumentArchiveClient(http));
  const cache = recordCacheFor(options, 'documents');
  return createSubgraphServer<DocumentsContext>({
    name: 'documents',
    typeDefs,
    resolvers,
    createContext: (base) => ({ ...base, loaders: createDocumentLoaders(cache, types, base) }),
    tokenVerifier: options.tokenVerifier,
    log: options.log,
    metrics: options.metrics,
    production: options.production,
    audit: options.audit,
    routes: [cacheInvalidationRoute(cache, Object.values(types))],
    onStop: async () => {
      await http.close();
      await options.cacheStore.close();
    },
  });
}
