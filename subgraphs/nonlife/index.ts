import { runSubgraph } from '../../platform/subgraphConfig';
import { nonLifeConfigSchema, nonLifeSubgraphOptions } from './config';
import { createNonLifeSubgraph } from './server';

void runSubgraph({
  name: 'nonlife',
  configSchema: nonLifeConfigSchema,
  create: (parts, config) => createNonLifeSubgraph(nonLifeSubgraphOptions(parts, config)),
});
