import { runSubgraph } from '../../platform/subgraphConfig';
import { identityConfigSchema, identitySubgraphOptions } from './config';
import { createIdentitySubgraph } from './server';

void runSubgraph({
  name: 'identity',
  configSchema: identityConfigSchema,
  create: async (parts, config) => createIdentitySubgraph(await identitySubgraphOptions(parts, config)),
});
