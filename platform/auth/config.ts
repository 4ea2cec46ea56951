import { redisTargetFromConfig, type RedisVariables } from '../cache/config';
import { env } from '../config';
import type { Logger } from '../logger';
import { LocalRevocationList, type RevocationList } from './revocations';
import { SharedRevocationList } from './SharedRevocationList';
import { createTokenVerifier, type TokenVerifier } from './tokens';

/** How every component finds and checks access tokens. */
export const tokenConfigShape = {
  /** The identity subgraph's public keys (internal URL). */
  JWKS_URL: env.url().default('http://127.0.0.1:4001/.well-known/jwks.json'),
  JWT_ISSUER: env.host('customer-graph-identity'),
  JWT_AUDIENCE: env.host('customer-graph'),
  /**
   * While a process cannot know every ended session (Redis unreachable), a session's access token
   * is accepted only this long after its issue; older ones are refused as expired (platform/auth/SharedRevocationList.ts).
   */
  REVOCATION_UNSYNCED_TOKEN_AGE_SECONDS: env.positiveInt(30),
};

/** What the revocation list is built from: the deployment's Redis (as the cache's variables name it) and prefix. */
export interface RevocationConfig extends RedisVariables {
  NODE_ENV: string;
  REDIS_COMMAND_TIMEOUT_MS: number;
  CACHE_PREFIX: string;
  REVOCATION_UNSYNCED_TOKEN_AGE_SECONDS: number;
}

/** The process's list of ended sessions: shared through Redis when there is one, else this process's own. */
export function revocationListFromConfig(config: RevocationConfig, log: Logger): RevocationList {
  const redis = redisTargetFromConfig(config);
  if (!redis) {
    if (config.NODE_ENV !== 'production') return new LocalRevocationList();
    // Production runs several processes, which without Redis never learn each other's sign-outs:
    // rather than accept an ended session's tokens for their whole life, every process accepts a
    // session's token only within the unsynced bound, as while Redis is out of reach.
    log.warn(
      `No REDIS_URL: sign-outs are not shared, so session tokens older than ${config.REVOCATION_UNSYNCED_TOKEN_AGE_SECONDS} s are refused (clients refresh that often).`,
    );
    return new LocalRevocationList(Date.now, config.REVOCATION_UNSYNCED_TOKEN_AGE_SECONDS);
  }
  return new SharedRevocationList({
    redis,
    commandTimeoutMs: config.REDIS_COMMAND_TIMEOUT_MS,
    prefix: config.CACHE_PREFIX,
    unsyncedTokenAgeSeconds: config.REVOCATION_UNSYNCED_TOKEN_AGE_SECONDS,
    log: log.child({ part: 'revocations' }),
  });
}

export function tokenVerifierFromConfig(
  config: { JWKS_URL: string; JWT_ISSUER: string; JWT_AUDIENCE: string },
  revocations: RevocationList,
): TokenVerifier {
  return createTokenVerifier({
    jwks: new URL(config.JWKS_URL),
    issuer: config.JWT_ISSUER,
    audience: config.JWT_AUDIENCE,
    revocations,
  });
}
