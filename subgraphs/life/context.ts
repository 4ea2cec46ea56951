import type { RequestBase } from '../../platform/graphql/subgraphServer';
import type { LifeLoaders } from './loaders';

export interface LifeContext extends RequestBase {
  loaders: LifeLoaders;
}
