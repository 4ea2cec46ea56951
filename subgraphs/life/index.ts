import { runSubgraph } from '../../platform/subgraphConfig';
import { lifeConfigSchema, lifeSubgraphOptions } from './config';
import { createLifeSubgraph } from './server';

void runSubgraph({
  name: 'life',
  configSchema: lifeConfigSchema,
  create: (parts, config) => createLifeSubgraph(lifeSubgraphOptions(parts, config)),
});
