import type { RequestBase } from '../../platform/graphql/subgraphServer';
import type { NonLifeLoaders } from './loaders';

export interface NonLifeContext extends RequestBase {
  loaders: NonLifeLoaders;
}
