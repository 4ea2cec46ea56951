import { runComponent } from '../../platform/component';
import { databaseTargetFromConfig } from '../../platform/database/config';
import { subgraphRuntimeFromEnv } from '../../platform/subgraphRuntime';
import { loadLinkSecret } from './links/linkSecret';
import { createDocumentsSubgraph } from './server';
import { documentsConfigSchema, offerFromConfig, publicBaseUrl } from './config';

void runComponent(async () => {
  const { config, runtime } = subgraphRuntimeFromEnv('documents', 4004, documentsConfigSchema);
  const component = await createDocumentsSubgraph({
    ...runtime,
    archiveUrl: config.DOCUMENT_ARCHIVE_URL,
    customerMasterUrl: config.CUSTOMER_MASTER_URL,
    database: databaseTargetFromConfig(config, 'documents', runtime.production),
    links: {
      secret: await loadLinkSecret({ production: runtime.production, configured: config.DOCUMENT_URL_SECRET }),
      publicBaseUrl: publicBaseUrl(config, runtime.production),
      ttlSeconds: config.DOCUMENT_URL_TTL_SECONDS,
    },
    offer: offerFromConfig(config),
  });
  return { component, port: runtime.port, host: runtime.host, log: runtime.log };
});
