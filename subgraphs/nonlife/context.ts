import type { RequestBase } from '../../platform/graphql/subgraphServer';
import type { NonLifeLoaders } from './loaders';

export interface NonLifeContext extends RequestBase {
  loaders: NonLifeLoaders;
  /** Checks the life subgraph's seal over the life part of contractsNotShown (platform/contractsNotShownSeal.ts). */
  serviceSecret: Buffer;
  /** The day in Belgium the request is answered on (YYYY-MM-DD): premium due dates count from it. */
  today: string;
}
