import path from 'node:path';
import { runComponent } from '../../platform/component';
import { createLogger } from '../../platform/logger';
import { projectRoot } from '../../platform/paths';
import { loadPortalConfig } from './config';
import { createPortalServer } from './server';

void runComponent(async () => {
  const config = loadPortalConfig();
  const log = createLogger({ component: 'portal', level: config.LOG_LEVEL });
  const production = config.NODE_ENV === 'production';
  const component = createPortalServer({
    gatewayOrigin: new URL(config.GATEWAY_URL).origin,
    publicOrigin: new URL(config.PORTAL_PUBLIC_ORIGIN).origin,
    identityProviderAuthorizeUrl: config.IDENTITY_PROVIDER_AUTHORIZE_URL,
    staticDir: config.PORTAL_STATIC_DIR ?? path.join(projectRoot, 'portal', 'dist'),
    production,
    customerMasterOrigin: new URL(config.CUSTOMER_MASTER_URL).origin,
    log,
  });
  return { component, port: config.PORTAL_PORT, host: config.BIND_HOST, log };
});
