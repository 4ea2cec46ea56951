import { env } from '../../platform/config';

/** How long things last and how many attempts are allowed; every value configurable. */
export interface IdentitySettings {
  /** Lifetime of an access token: short, since a signed-out session's tokens stay valid until then. */
  accessTokenTtlSeconds: number;
  /** A refresh token unused for this long expires; each use gives a new one. */
  refreshTokenTtlSeconds: number;
  /** A session ends this long after sign-in, however often it is refreshed. */
  sessionMaxSeconds: number;
  /** Validity of a code sent by letter (activation, password reset). */
  letterCodeTtlSeconds: number;
  /** Validity of a code sent by SMS. */
  oneTimeCodeTtlSeconds: number;
  /** Wrong attempts (password, activation, SMS or reset code) before a lockout. */
  maxFailedAttempts: number;
  lockoutSeconds: number;
}

export const DEFAULT_IDENTITY_SETTINGS: IdentitySettings = {
  accessTokenTtlSeconds: 300,
  refreshTokenTtlSeconds: 8 * 3600,
  sessionMaxSeconds: 12 * 3600,
  letterCodeTtlSeconds: 30 * 24 * 3600,
  oneTimeCodeTtlSeconds: 300,
  maxFailedAttempts: 5,
  lockoutSeconds: 15 * 60,
};

const d = DEFAULT_IDENTITY_SETTINGS;

export const identitySettingsShape = {
  ACCESS_TOKEN_TTL_SECONDS: env.positiveInt(d.accessTokenTtlSeconds),
  REFRESH_TOKEN_TTL_SECONDS: env.positiveInt(d.refreshTokenTtlSeconds),
  SESSION_MAX_SECONDS: env.positiveInt(d.sessionMaxSeconds),
  ACTIVATION_CODE_TTL_SECONDS: env.positiveInt(d.letterCodeTtlSeconds),
  ONE_TIME_CODE_TTL_SECONDS: env.positiveInt(d.oneTimeCodeTtlSeconds),
  MAX_FAILED_ATTEMPTS: env.positiveInt(d.maxFailedAttempts),
  LOCKOUT_SECONDS: env.positiveInt(d.lockoutSeconds),
};

export function identitySettingsFromConfig(config: {
  ACCESS_TOKEN_TTL_SECONDS: number;
  REFRESH_TOKEN_TTL_SECONDS: number;
  SESSION_MAX_SECONDS: number;
  ACTIVATION_CODE_TTL_SECONDS: number;
  ONE_TIME_CODE_TTL_SECONDS: number;
  MAX_FAILED_ATTEMPTS: number;
  LOCKOUT_SECONDS: number;
}): IdentitySettings {
  return {
    accessTokenTtlSeconds: config.ACCESS_TOKEN_TTL_SECONDS,
    refreshTokenTtlSeconds: config.REFRESH_TOKEN_TTL_SECONDS,
    sessionMaxSeconds: config.SESSION_MAX_SECONDS,
    letterCodeTtlSeconds: config.ACTIVATION_CODE_TTL_SECONDS,
    oneTimeCodeTtlSeconds: config.ONE_TIME_CODE_TTL_SECONDS,
    maxFailedAttempts: config.MAX_FAILED_ATTEMPTS,
    lockoutSeconds: config.LOCKOUT_SECONDS,
  };
}
