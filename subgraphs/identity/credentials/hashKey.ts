import path from 'node:path';
import { DEV_KEYS_DIR, loadSecretKey } from '../../../platform/auth/devSecretFile';

export const DEV_HASH_KEY_FILE = path.join(DEV_KEYS_DIR, 'identity-hash-key');

/**
 * The key of identity's keyed hashes (IDENTITY_HASH_KEY). Required in production; outside
 * production one is generated once into .dev-keys/. Changing it invalidates every stored code
 * and refresh token (customers sign in again and request new codes).
 */
export function loadHashKey(config: {
  production: boolean;
  configured?: string | undefined;
  devFile?: string;
}): Promise<Buffer> {
  return loadSecretKey({ variable: 'IDENTITY_HASH_KEY', ...config, devFile: config.devFile ?? DEV_HASH_KEY_FILE });
}
