import { runSubgraph } from '../../platform/subgraphConfig';
import { documentsConfigSchema, documentsSubgraphOptions } from './config';
import { createDocumentsSubgraph } from './server';

void runSubgraph({
  name: 'documents',
  defaultPort: 4004,
  configSchema: documentsConfigSchema,
  create: async (parts, config) => createDocumentsSubgraph(await documentsSubgraphOptions(parts, config)),
});
