import { z } from 'zod';
import { runComponent } from '../../platform/component';
import { env } from '../../platform/config';
import { subgraphRuntimeFromEnv } from '../../platform/subgraphRuntime';
import { createDocumentsSubgraph } from './server';

void runComponent(async () => {
  const { config, runtime } = subgraphRuntimeFromEnv('documents', 4004, z.object({ DOCUMENT_ARCHIVE_URL: env.url().default('http://127.0.0.1:4104') }));
  const component = await createDocumentsSubgraph({ ...runtime, archiveUrl: config.DOCUMENT_ARCHIVE_URL });
  return { component, port: runtime.port, host: runtime.host, log: runtime.log };
});
