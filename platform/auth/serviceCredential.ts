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
export function serviceKey(secret: Buffer, purpose: ServiceKeyPurpose): Buffer {
  return derivedKeys(secret)[purpose];
}

type ServiceKeyPurpose = 'internal-route-credential' | 'life-contracts-not-shown-seal';
type DerivedKeys = Record<ServiceKeyPurpose, Buffer> & { header: string; headerDigest: Buffer };

/** Derived once per secret (a process has one), not on every request, seal and delivery. */
const derived = new WeakMap<Buffer, DerivedKeys>();

function derivedKeys(secret: Buffer): DerivedKeys {
  let keys = derived.get(secret);
  if (!keys) {
    const derive = (purpose: ServiceKeyPurpose): Buffer =>
      Buffer.from(hkdfSync('sha256', secret, Buffer.alloc(0), `customer-graph:${purpose}:v1`, 32));
    const credential = derive('internal-route-credential');
    const header = credential.toString('base64url');
    keys = {
      'internal-route-credential': credential,
      'life-contracts-not-shown-seal': derive('life-contracts-not-shown-seal'),
      header,
      headerDigest: digest(header),
    };
    derived.set(secret, keys);
  }
  return keys;
}

const digest = (text: string): Buffer => createHash('sha256').update(text).digest();

/** The header a call to an internal route carries: a key derived from the secret, not the secret. */
export function serviceCredentialHeaders(secret: Buffer): Record<string, string> {
  return { [SERVICE_CREDENTIAL_HEADER]: derivedKeys(secret).header };
}

/**
 * Refuses (403) a request without the credential. Compared in constant time, over digests so that
 * not even its length shows.
 */
export function requireServiceCredential(secret: Buffer, headers: IncomingHttpHeaders): void {
  const presented = headers[SERVICE_CREDENTIAL_HEADER];
  if (typeof presented !== 'string' || !timingSafeEqual(digest(presented), derivedKeys(secret).headerDigest))
    throw new HttpError(403, 'FORBIDDEN', 'This internal route answers the services of the customer graph only.');
}
