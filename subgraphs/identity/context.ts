import type { RequestBase } from '../../platform/graphql/subgraphServer';
import type { IdentityLoaders } from './loaders';

export interface IdentityContext extends RequestBase {
  loaders: IdentityLoaders;
}
