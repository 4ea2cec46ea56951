import type { RequestBase } from '../../platform/graphql/subgraphServer';
import type { LifeLoaders } from './loaders';

export interface LifeContext extends RequestBase {
  loaders: LifeLoaders;
  /** Seals the life part of contractsNotShown handed to the non-life subgraph (platform/contractsNotShownSeal.ts). */
  serviceSecret: Buffer;
}
