import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { DEV_KEYS_DIR, readOrCreateDevSecret } from '../../../platform/auth/devSecretFile';
import { ConfigError } from '../../../platform/config';

export const DEV_LINK_SECRET_FILE = path.join(DEV_KEYS_DIR, 'document-url-secret');

function decode(value: string): Buffer {
  const key = Buffer.from(value.trim(), 'base64');
  if (key.length < 32)
    throw new ConfigError(
      'Invalid configuration:\n  DOCUMENT_URL_SECRET: must be at least 32 random bytes, base64-encoded (e.g. openssl rand -base64 32) (got [hidden])',
    );
  return key;
}

/**
 * The key download links are signed with (DOCUMENT_URL_SECRET). Required in production; outside
 * production one is generated once into .dev-keys/. Every replica of the documents subgraph needs
 * the same key; changing it voids the links handed out (they live minutes).
 */
export async function loadLinkSecret(config: {
  production: boolean;
  configured?: string | undefined;
  devFile?: string;
}): Promise<Buffer> {
  if (config.configured) return decode(config.configured);
  if (config.production)
    throw new ConfigError('Invalid configuration:\n  DOCUMENT_URL_SECRET: required in production (it is not set)');
  return decode(
    await readOrCreateDevSecret(config.devFile ?? DEV_LINK_SECRET_FILE, async () => randomBytes(32).toString('base64')),
  );
}
