import { randomBytes, randomUUID } from 'node:crypto';
import { linkSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ConfigError } from '../config';
import { projectRoot } from '../paths';

/** The git-ignored folder development secrets are generated into. */
export const DEV_KEYS_DIR = path.join(projectRoot, '.dev-keys');

/**
 * Reads a development secret, generating it first if the file does not exist. Two processes
 * starting together must end up with the same secret, so the file is created atomically
 * (written aside, then hard-linked into place; the loser of the race reads the winner's).
 * Only for development: production secrets come from configuration.
 */
export async function readOrCreateDevSecret(file: string, generate: () => Promise<string>): Promise<string> {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  const aside = `${file}.${process.pid}.${randomUUID()}`;
  writeFileSync(aside, await generate(), { mode: 0o600 });
  try {
    linkSync(aside, file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  } finally {
    rmSync(aside, { force: true });
  }
  return readFileSync(file, 'utf8');
}

/**
 * A symmetric key from configuration (base64, at least 32 bytes), named by its variable in every
 * error and never shown. Required in production; outside production generated once into `devFile`.
 */
export async function loadSecretKey(options: {
  variable: string;
  production: boolean;
  configured?: string | undefined;
  devFile: string;
}): Promise<Buffer> {
  const { variable } = options;
  const decode = (value: string): Buffer => {
    const key = Buffer.from(value.trim(), 'base64');
    if (key.length < 32)
      throw new ConfigError(
        `Invalid configuration:\n  ${variable}: must be at least 32 random bytes, base64-encoded (e.g. openssl rand -base64 32) (got [hidden])`,
      );
    return key;
  };
  if (options.configured) return decode(options.configured);
  if (options.production)
    throw new ConfigError(`Invalid configuration:\n  ${variable}: required in production (it is not set)`);
  return decode(await readOrCreateDevSecret(options.devFile, async () => randomBytes(32).toString('base64')));
}
