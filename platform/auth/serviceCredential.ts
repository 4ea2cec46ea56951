import { createHash, hkdfSync, timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import path from 'node:path';
import { z } from 'zod';
import { HttpError } from '../http';
import { DEV_KEYS_DIR, loadSecretKey } from './devSecretFile';

/**
 * The subgraphs' shared credential for identity's internal routes (audit delivery, consent
 * lookup): a user's token is no right to write into a customer's audit trail nor to read another
 * customer's facts, so these routes answer only callers presenting it. It travels beside the
 * user's token (which stays in Authorization), on the internal network only.
 */
export const SERVICE_CREDENTIAL_HEADER = 'x-service-credential';

export const DEV_SERVICE_SECRET_FILE = path.join(DEV_KEYS_DIR, 'internal-service-secret');

export const serviceSecretShape = {
  /** Base64, 32+ random bytes, the same value on every subgraph; required in production. */
  INTERNAL_SERVICE_SECRET: z.string().optional(),
};

/**
 * The credential (INTERNAL_SERVICE_SECRET). Required in production; outside production one is
 * generated once into .dev-keys/, which every process on the machine reads.
 */
export function loadServiceSecret(config: {
  production: boolean;
  configured?: string | undefined;
  devFile?: string;
}): Promise<Buffer> {
  return loadSecretKey({
    variable: 'INTERNAL_SERVICE_SECRET',
    ...config,
    devFile: config.devFile ?? DEV_SERVICE_SECRET_FILE,
  });
}

/**
 * A key of its own for each use of the shared secret (HKDF), so that what one use exposes (the
 * header on the wire, a seal) gives nothing for the others.
 */
export function serviceKey(
  secret: Buffer,
  purpose: 'internal-route-credential' | 'life-contracts-not-shown-seal',
): Buffer {
  return Buffer.from(hkdfSync('sha256', secret, Buffer.alloc(0), `customer-graph:${purpose}:v1`, 32));
}

/** The header a call to an internal route carries: a key derived from the secret, not the secret. */
export function serviceCredentialHeaders(secret: Buffer): Record<string, string> {
  return { [SERVICE_CREDENTIAL_HEADER]: serviceKey(secret, 'internal-route-credential').toString('base64url') };
}

/**
 * Refuses (403) a request without the credential. Compared in constant time, over digests so that
 * not even its length shows.
 */
export function requireServiceCredential(secret: Buffer, headers: IncomingHttpHeaders): void {
  const presented = headers[SERVICE_CREDENTIAL_HEADER];
  const digest = (text: string): Buffer => createHash('sha256').update(text).digest();
  const expected = serviceCredentialHeaders(secret)[SERVICE_CREDENTIAL_HEADER] ?? '';
  if (typeof presented !== 'string' || !timingSafeEqual(digest(presented), digest(expected)))
    throw new HttpError(403, 'FORBIDDEN', 'This internal route answers the services of the customer graph only.');
}
