import type { RequestBase } from '../../platform/graphql/subgraphServer';
import type { DocumentLoaders } from './loaders';

export interface DocumentsContext extends RequestBase {
  loaders: DocumentLoaders;
}
