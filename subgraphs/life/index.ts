import { runSubgraph } from '../../platform/subgraphConfig';
import { lifeConfigSchema, lifeSubgraphOptions } from './config';
import { createLifeSubgraph } from './server';

void runSubgraph({
  name: 'life',
  defaultPort: 4002,
  configSchema: lifeConfigSchema,
  create: (parts, config) => createLifeSubgraph(lifeSubgraphOptions(parts, config)),
});
