import { runSubgraph } from '../../platform/subgraphConfig';
import { documentsConfigSchema, documentsSubgraphOptions } from './config';
import { createDocumentsSubgraph } from './server';

void runSubgraph({
  name: 'documents',
  configSchema: documentsConfigSchema,
  create: async (parts, config) => createDocumentsSubgraph(await documentsSubgraphOptions(parts, config)),
});
