import { revocationListFromConfig, tokenVerifierFromConfig } from '../platform/auth/config';
import { runComponent } from '../platform/component';
import { createLogger } from '../platform/logger';
import { createMetrics } from '../platform/metrics';
import { loadGatewayConfig, readSupergraph } from './config';
import { documentDownloadRoutes } from './documentRoutes';
import { identityPublicRoutes } from './identityRoutes';
import { productionWarnings, securityOptionsFromConfig } from './securityOptions';
import { sandboxPreload } from './sandbox';
import { createGateway } from './server';

void runComponent(async () => {
  const config = loadGatewayConfig();
  const log = createLogger({ component: 'gateway', level: config.LOG_LEVEL });
  for (const warning of productionWarnings(config)) log.warn(warning);
  const production = config.NODE_ENV === 'production';
  const component = await createGateway({
    supergraphSdl: readSupergraph(config.SUPERGRAPH_PATH),
    ...(config.SUPERGRAPH_POLL_SECONDS > 0
      ? { supergraphWatch: { path: config.SUPERGRAPH_PATH, pollSeconds: config.SUPERGRAPH_POLL_SECONDS } }
      : {}),
    subgraphUrls: {
      identity: config.IDENTITY_URL,
      life: config.LIFE_URL,
      nonlife: config.NONLIFE_URL,
      documents: config.DOCUMENTS_URL,
    },
    subgraphTimeoutMs: config.SUBGRAPH_TIMEOUT_MS,
    tokenVerifier: tokenVerifierFromConfig(config, revocationListFromConfig(config, log)),
    log,
    metrics: createMetrics('gateway'),
    production,
    ...(production ? {} : { sandbox: await sandboxPreload(process.env) }),
    maxBodyBytes: config.MAX_BODY_BYTES,
    routes: [
      ...identityPublicRoutes(new URL(config.IDENTITY_URL).origin),
      ...documentDownloadRoutes(new URL(config.DOCUMENTS_URL).origin, { corsOrigins: config.CORS_ORIGINS }),
    ],
    ...securityOptionsFromConfig(config),
  });
  return { component, port: config.GATEWAY_PORT, operatorPort: config.OPERATOR_PORT, host: config.BIND_HOST, log };
});
