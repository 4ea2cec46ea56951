import type { RequestBase } from '../../platform/graphql/subgraphServer';
import type { IdentityFlows } from './flows';
import type { IdentityLoaders } from './loaders';

export interface IdentityContext extends RequestBase {
  loaders: IdentityLoaders;
  /** Getting in: registration, sign-in, sessions (shared by every request). */
  flows: IdentityFlows;
}
