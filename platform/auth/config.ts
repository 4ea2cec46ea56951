import { env } from '../config';
import { createTokenVerifier, type TokenVerifier } from './tokens';

/** How every component finds and checks access tokens. */
export const tokenConfigShape = {
  /** The identity subgraph's public keys (internal URL). */
  JWKS_URL: env.url().default('http://127.0.0.1:4001/.well-known/jwks.json'),
  JWT_ISSUER: env.host('customer-graph-identity'),
  JWT_AUDIENCE: env.host('customer-graph'),
};

export function tokenVerifierFromConfig(config: {
  JWKS_URL: string;
  JWT_ISSUER: string;
  JWT_AUDIENCE: string;
}): TokenVerifier {
  return createTokenVerifier({
    jwks: new URL(config.JWKS_URL),
    issuer: config.JWT_ISSUER,
    audience: config.JWT_AUDIENCE,
  });
}
