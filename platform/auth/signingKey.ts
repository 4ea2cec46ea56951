import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { exportJWK, generateKeyPair, importJWK, type JWK, type CryptoKey } from 'jose';
import { DEV_KEYS_DIR, readOrCreateDevSecret } from './devSecretFile';

export const SIGNING_ALGORITHM = 'ES256';

export interface SigningKey {
  kid: string;
  privateKey: CryptoKey;
  /** Public JWKs published in the JWKS: the current key first, then keys still accepted during a rotation. */
  publicJwks: JWK[];
}

export const DEV_KEY_FILE = path.join(DEV_KEYS_DIR, 'jwt-signing-key.json');

function publicPart(jwk: JWK): JWK {
  const { kty, crv, x, y, kid, alg } = jwk;
  return { kty, crv, x, y, kid, alg, use: 'sig' };
}

async function fromPrivateJwk(jwk: JWK, previous: JWK[]): Promise<SigningKey> {
  if (!jwk.kid) throw new Error('The signing key needs a "kid".');
  const privateKey = (await importJWK({ ...jwk, alg: SIGNING_ALGORITHM }, SIGNING_ALGORITHM)) as CryptoKey;
  return { kid: jwk.kid, privateKey, publicJwks: [publicPart(jwk), ...previous.map(publicPart)] };
}

/** Outside production a development key is generated once into a git-ignored file that every process and the token command share. */
async function loadOrCreateDevKey(file: string): Promise<JWK> {
  const text = await readOrCreateDevSecret(file, async () => {
    const { privateKey } = await generateKeyPair(SIGNING_ALGORITHM, { extractable: true });
    return JSON.stringify({ ...(await exportJWK(privateKey)), kid: `dev-${randomUUID()}`, alg: SIGNING_ALGORITHM });
  });
  return JSON.parse(text) as JWK;
}

export interface SigningKeyConfig {
  production: boolean;
  /** A private EC P-256 JWK (JSON) with a kid. */
  privateJwk?: string | undefined;
  /** A JSON array of public JWKs still accepted (keys being rotated out). */
  previousPublicJwks?: string | undefined;
  devKeyFile?: string;
}

export async function loadSigningKey(config: SigningKeyConfig): Promise<SigningKey> {
  const previous = config.previousPublicJwks ? (JSON.parse(config.previousPublicJwks) as JWK[]) : [];
  if (config.privateJwk) return fromPrivateJwk(JSON.parse(config.privateJwk) as JWK, previous);
  if (config.production) {
    throw new Error('JWT_PRIVATE_JWK is required in production: refusing to start with a generated key.');
  }
  return fromPrivateJwk(await loadOrCreateDevKey(config.devKeyFile ?? DEV_KEY_FILE), previous);
}
