import { z } from 'zod';
import { commonConfigShape, env, loadConfig } from '../../platform/config';
import { PORTAL } from '../../platform/topology';

export const portalConfigSchema = z.object({
  ...commonConfigShape,
  PORTAL_PORT: env.port(PORTAL.port),
  /** Where the portal server sends GraphQL and downloads: the gateway (same machine or network). */
  GATEWAY_URL: env.url().default('http://127.0.0.1:4000'),
  /** The https origin customers open the portal at; the identity providers send them back here. */
  PORTAL_PUBLIC_ORIGIN: env.url().default(`http://localhost:${PORTAL.port}`),
  /** itsme's and the eID hub's authorization endpoint; `{provider}` becomes itsme or eid. */
  IDENTITY_PROVIDER_AUTHORIZE_URL: env.url().default('http://localhost:4101/oidc/{provider}/authorize'),
  /** Outside production only: the mocked SMS and postal gateways, read by the page's development panel. */
  CUSTOMER_MASTER_URL: env.url().default('http://127.0.0.1:4101'),
  /** The built portal (npm run build:portal). */
  PORTAL_STATIC_DIR: z.string().optional(),
});

export type PortalConfig = z.infer<typeof portalConfigSchema>;

export function loadPortalConfig(environment: NodeJS.ProcessEnv = process.env): PortalConfig {
  return loadConfig(portalConfigSchema, environment);
}
