import { randomUUID } from 'node:crypto';
import { LRUCache } from 'lru-cache';
import { SignJWT, createLocalJWKSet, createRemoteJWKSet, errors, jwtVerify, type JWK, type JWTPayload } from 'jose';
import type { RevocationList } from './revocations';
import { SIGNING_ALGORITHM, type SigningKey } from './signingKey';
import { ANONYMOUS, type AccessTokenClaims, type Viewer } from './viewer';

export class AuthenticationError extends Error {
  override readonly name = 'AuthenticationError';
}

export interface TokenAudience {
  issuer: string;
  audience: string;
}

export interface AccessTokenRequest {
  subject: string;
  claims: AccessTokenClaims;
  ttlSeconds: number;
}

export async function signAccessToken(
  key: SigningKey,
  audience: TokenAudience,
  request: AccessTokenRequest,
): Promise<string> {
  return new SignJWT({ ...request.claims })
    .setProtectedHeader({ alg: SIGNING_ALGORITHM, kid: key.kid, typ: 'JWT' })
    .setSubject(request.subject)
    .setIssuer(audience.issuer)
    .setAudience(audience.audience)
    .setIssuedAt()
    .setJti(randomUUID())
    .setExpirationTime(`${request.ttlSeconds}s`)
    .sign(key.privateKey);
}

function viewerFromClaims(payload: JWTPayload): Viewer {
  const subject = payload.sub;
  if (!subject) throw new AuthenticationError('The token has no subject.');
  switch (payload['role']) {
    case 'customer':
      return { role: 'customer', subject, customerId: subject };
    case 'broker': {
      const broker = payload['broker'];
      if (typeof broker !== 'string' || !broker)
        throw new AuthenticationError('A broker token must name its broker office.');
      return { role: 'broker', subject, brokerId: broker };
    }
    case 'support':
      return { role: 'support', subject, staffId: subject };
    default:
      throw new AuthenticationError('The token has no known role.');
  }
}

export interface TokenVerifierOptions extends TokenAudience {
  /** The identity service's JWKS: a URL to fetch (cached, refreshed on unknown kid) or the keys themselves. */
  jwks: URL | JWK[];
  clockToleranceSeconds?: number;
  /** The time in milliseconds that expiry is judged by (Date.now unless given: tests move their own). */
  clock?: () => number;
  /**
   * The sessions ended before their access tokens expire (sign-out, refresh-token reuse, password
   * reset), checked on every call, cached verification or not; closed with the verifier. Without
   * one, tokens are judged by signature and expiry alone (test harnesses that sign their own).
   */
  revocations?: RevocationList;
}

export interface TokenVerifier {
  /** Anonymous without a header; the verified viewer with a valid bearer token; AuthenticationError otherwise. */
  viewerFromAuthorization(header: string | undefined | null): Promise<Viewer>;
  /** Releases the revocation list's connections. */
  close(): Promise<void>;
}

/** What a verified token leaves in the cache: its viewer, and what a revocation check needs. */
interface Verified {
  viewer: Viewer;
  /** The token's `sid` claim, when it belongs to a sign-in session. */
  sessionId: string | undefined;
  issuedAtSeconds: number;
  until: number;
}

/** How long a verified token's viewer is reused: short, so a key removed from the JWKS stops working soon. */
const VERIFIED_REUSE_MS = 60_000;
const VERIFIED_CACHE_ENTRIES = 10_000;

export function createTokenVerifier(options: TokenVerifierOptions): TokenVerifier {
  const keySet =
    options.jwks instanceof URL
      ? createRemoteJWKSet(options.jwks, { cooldownDuration: 30_000, cacheMaxAge: 10 * 60_000, timeoutDuration: 5_000 })
      : createLocalJWKSet({ keys: options.jwks });
  // An ES256 signature check costs about a millisecond of CPU, and one request is verified by the
  // gateway and by every subgraph it calls. A token that verified once is reused until it expires
  // (at most a minute); failures are never remembered.
  const verified = new LRUCache<string, Verified>({ max: VERIFIED_CACHE_ENTRIES });
  const clockTolerance = options.clockToleranceSeconds ?? 30;
  const now = options.clock ?? Date.now;
  const { revocations } = options;

  function unlessRevoked({ viewer, sessionId, issuedAtSeconds }: Verified): Viewer {
    const refusal = sessionId === undefined ? undefined : revocations?.refusal(sessionId, issuedAtSeconds);
    // Refused like an expired token: the client refreshes, and identity decides by the session itself.
    if (refusal === 'revoked') throw new AuthenticationError('The access token has been revoked: its session ended.');
    if (refusal) throw new AuthenticationError('The access token has expired.');
    return viewer;
  }

  async function verify(token: string): Promise<Viewer> {
    const known = verified.get(token);
    if (known && known.until > now()) return unlessRevoked(known);
    const { payload } = await jwtVerify(token, keySet, {
      issuer: options.issuer,
      audience: options.audience,
      algorithms: [SIGNING_ALGORITHM],
      clockTolerance,
      currentDate: new Date(now()),
      requiredClaims: ['exp', 'sub', 'iat'],
    });
    const sid = payload['sid'];
    const verifiedAt = now();
    const entry: Verified = {
      viewer: viewerFromClaims(payload),
      sessionId: typeof sid === 'string' && sid ? sid : undefined,
      issuedAtSeconds: payload.iat ?? 0,
      until: Math.min(((payload.exp ?? 0) + clockTolerance) * 1000, verifiedAt + VERIFIED_REUSE_MS),
    };
    if (entry.until > verifiedAt) verified.set(token, entry);
    return unlessRevoked(entry);
  }

  return {
    async viewerFromAuthorization(header) {
      if (header === undefined || header === null || header === '') return ANONYMOUS;
      const match = /^Bearer ([A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+)$/.exec(header.trim());
      if (!match?.[1]) throw new AuthenticationError('The Authorization header must be "Bearer <token>".');
      try {
        return await verify(match[1]);
      } catch (error) {
        if (error instanceof AuthenticationError) throw error;
        if (error instanceof errors.JWTExpired) throw new AuthenticationError('The access token has expired.');
        if (error instanceof errors.JOSEError) throw new AuthenticationError('The access token is not valid.');
        throw error;
      }
    },
    async close() {
      await revocations?.close();
    },
  };
}
