import path from 'node:path';
import { DEV_KEYS_DIR, loadSecretKey } from '../../../platform/auth/devSecretFile';

export const DEV_LINK_SECRET_FILE = path.join(DEV_KEYS_DIR, 'document-url-secret');

/**
 * The key download links are signed with (DOCUMENT_URL_SECRET). Required in production; outside
 * production one is generated once into .dev-keys/. Every replica of the documents subgraph needs
 * the same key; changing it voids the links handed out (they live minutes).
 */
export function loadLinkSecret(config: {
  production: boolean;
  configured?: string | undefined;
  devFile?: string;
}): Promise<Buffer> {
  return loadSecretKey({ variable: 'DOCUMENT_URL_SECRET', ...config, devFile: config.devFile ?? DEV_LINK_SECRET_FILE });
}
