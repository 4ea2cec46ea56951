import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { DEV_KEYS_DIR, readOrCreateDevSecret } from '../../../platform/auth/devSecretFile';
import { ConfigError } from '../../../platform/config';

export const DEV_HASH_KEY_FILE = path.join(DEV_KEYS_DIR, 'identity-hash-key');

function decode(variable: string, value: string): Buffer {
  const key = Buffer.from(value.trim(), 'base64');
  if (key.length < 32)
    throw new ConfigError(
      `Invalid configuration:\n  ${variable}: must be at least 32 random bytes, base64-encoded (e.g. openssl rand -base64 32) (got [hidden])`,
    );
  return key;
}

/**
 * The key of identity's keyed hashes (IDENTITY_HASH_KEY). Required in production; outside
 * production one is generated once into .dev-keys/. Changing it invalidates every stored code
 * and refresh token (customers sign in again and request new codes).
 */
export async function loadHashKey(config: {
  production: boolean;
  configured?: string | undefined;
  devFile?: string;
}): Promise<Buffer> {
  if (config.configured) return decode('IDENTITY_HASH_KEY', config.configured);
  if (config.production)
    throw new ConfigError('Invalid configuration:\n  IDENTITY_HASH_KEY: required in production (it is not set)');
  return decode(
    'IDENTITY_HASH_KEY',
    await readOrCreateDevSecret(config.devFile ?? DEV_HASH_KEY_FILE, async () => randomBytes(32).toString('base64')),
  );
}
