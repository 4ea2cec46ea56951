import { z } from 'zod';
import { tokenConfigShape } from '../../platform/auth/config';
import { loadSigningKey } from '../../platform/auth/signingKey';
import { env } from '../../platform/config';
import { databaseConfigShape, databaseTargetFromConfig } from '../../platform/database/config';
import type { SubgraphParts } from '../../platform/graphql/subgraphParts';
import { loadHashKey } from './credentials/hashKey';
import type { IdentitySubgraphOptions } from './server';

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
  /** Lifetime of a broker system's access token (client credentials: no refresh token, it asks again). */
  clientTokenTtlSeconds: number;
  /** Lifetime of a staff member's access token; staff sign in again after it (no refresh token, so disabling an account takes effect within it). */
  staffTokenTtlSeconds: number;
  /** How long whoever applies a contact change holds it before a re-drive may take it; above the bound on a customer-master call. */
  contactChangeLeaseSeconds: number;
  /** How often contact changes nobody is applying any more are sent to the master again (also once at start). */
  contactChangeRedriveSeconds: number;
  /** How often the webhook deliverer looks for offices with events to deliver (docs/mybroker.md#webhooks). */
  webhookPollMs: number;
  /** Bound on one webhook POST, connecting included: at most 5 s. */
  webhookTimeoutMs: number;
  /** Offices one process delivers webhooks to at once. */
  webhookConcurrency: number;
  /** Most events in one webhook POST. */
  webhookBatchSize: number;
  /** The first retry's longest wait after a failed delivery; doubled after each further failure. */
  webhookRetryBaseMs: number;
  /** The longest wait between two attempts at a failing endpoint. */
  webhookRetryCapSeconds: number;
  /** After failing this long without a success, a subscription is marked failing (attempts go on at the cap). */
  webhookFailingAfterSeconds: number;
}

export const DEFAULT_IDENTITY_SETTINGS: IdentitySettings = {
  accessTokenTtlSeconds: 300,
  refreshTokenTtlSeconds: 8 * 3600,
  sessionMaxSeconds: 12 * 3600,
  letterCodeTtlSeconds: 30 * 24 * 3600,
  oneTimeCodeTtlSeconds: 300,
  maxFailedAttempts: 5,
  lockoutSeconds: 15 * 60,
  clientTokenTtlSeconds: 300,
  staffTokenTtlSeconds: 15 * 60,
  contactChangeLeaseSeconds: 30,
  contactChangeRedriveSeconds: 60,
  webhookPollMs: 2000,
  webhookTimeoutMs: 5000,
  webhookConcurrency: 8,
  webhookBatchSize: 20,
  webhookRetryBaseMs: 1000,
  webhookRetryCapSeconds: 3600,
  webhookFailingAfterSeconds: 24 * 3600,
};

/** Longest bound on a webhook POST: a dead endpoint must not hold a delivery slot longer. */
export const MAX_WEBHOOK_TIMEOUT_MS = 5000;
/** Most events one webhook POST may carry. */
export const MAX_WEBHOOK_BATCH_SIZE = 100;

const d = DEFAULT_IDENTITY_SETTINGS;

const identitySettingsShape = {
  ACCESS_TOKEN_TTL_SECONDS: env.positiveInt(d.accessTokenTtlSeconds),
  REFRESH_TOKEN_TTL_SECONDS: env.positiveInt(d.refreshTokenTtlSeconds),
  SESSION_MAX_SECONDS: env.positiveInt(d.sessionMaxSeconds),
  ACTIVATION_CODE_TTL_SECONDS: env.positiveInt(d.letterCodeTtlSeconds),
  ONE_TIME_CODE_TTL_SECONDS: env.positiveInt(d.oneTimeCodeTtlSeconds),
  MAX_FAILED_ATTEMPTS: env.positiveInt(d.maxFailedAttempts),
  LOCKOUT_SECONDS: env.positiveInt(d.lockoutSeconds),
  CLIENT_TOKEN_TTL_SECONDS: env.positiveInt(d.clientTokenTtlSeconds),
  STAFF_TOKEN_TTL_SECONDS: env.positiveInt(d.staffTokenTtlSeconds),
  CONTACT_CHANGE_LEASE_SECONDS: env.positiveInt(d.contactChangeLeaseSeconds),
  CONTACT_CHANGE_REDRIVE_SECONDS: env.positiveInt(d.contactChangeRedriveSeconds),
  WEBHOOK_POLL_INTERVAL_MS: env.positiveInt(d.webhookPollMs),
  WEBHOOK_TIMEOUT_MS: z.coerce
    .number()
    .int('must be a whole number')
    .positive('must be positive')
    .max(MAX_WEBHOOK_TIMEOUT_MS, `must be at most ${MAX_WEBHOOK_TIMEOUT_MS}`)
    .default(d.webhookTimeoutMs),
  WEBHOOK_CONCURRENCY: env.positiveInt(d.webhookConcurrency),
  WEBHOOK_BATCH_SIZE: z.coerce
    .number()
    .int('must be a whole number')
    .positive('must be positive')
    .max(MAX_WEBHOOK_BATCH_SIZE, `must be at most ${MAX_WEBHOOK_BATCH_SIZE}`)
    .default(d.webhookBatchSize),
  WEBHOOK_RETRY_BASE_MS: env.positiveInt(d.webhookRetryBaseMs),
  WEBHOOK_RETRY_CAP_SECONDS: env.positiveInt(d.webhookRetryCapSeconds),
  WEBHOOK_FAILING_AFTER_SECONDS: env.positiveInt(d.webhookFailingAfterSeconds),
};

/** Identity's own variables, beside those every subgraph reads. */
export const identityConfigSchema = z.object({
  CUSTOMER_MASTER_URL: env.url().default('http://127.0.0.1:4101'),
  /** Private EC P-256 JWK with a kid; required in production. */
  JWT_PRIVATE_JWK: z.string().optional(),
  /** JSON array of public JWKs still accepted while keys rotate. */
  JWT_PREVIOUS_PUBLIC_JWKS: z.string().optional(),
  JWT_ISSUER: tokenConfigShape.JWT_ISSUER,
  JWT_AUDIENCE: tokenConfigShape.JWT_AUDIENCE,
  /** Key of the keyed hashes of codes and tokens (base64, 32+ bytes); required in production. */
  IDENTITY_HASH_KEY: z.string().optional(),
  ...databaseConfigShape,
  ...identitySettingsShape,
});

export type IdentityConfig = z.infer<typeof identityConfigSchema>;

function identitySettingsFromConfig(
  config: Pick<IdentityConfig, keyof typeof identitySettingsShape>,
): IdentitySettings {
  return {
    accessTokenTtlSeconds: config.ACCESS_TOKEN_TTL_SECONDS,
    refreshTokenTtlSeconds: config.REFRESH_TOKEN_TTL_SECONDS,
    sessionMaxSeconds: config.SESSION_MAX_SECONDS,
    letterCodeTtlSeconds: config.ACTIVATION_CODE_TTL_SECONDS,
    oneTimeCodeTtlSeconds: config.ONE_TIME_CODE_TTL_SECONDS,
    maxFailedAttempts: config.MAX_FAILED_ATTEMPTS,
    lockoutSeconds: config.LOCKOUT_SECONDS,
    clientTokenTtlSeconds: config.CLIENT_TOKEN_TTL_SECONDS,
    staffTokenTtlSeconds: config.STAFF_TOKEN_TTL_SECONDS,
    contactChangeLeaseSeconds: config.CONTACT_CHANGE_LEASE_SECONDS,
    contactChangeRedriveSeconds: config.CONTACT_CHANGE_REDRIVE_SECONDS,
    webhookPollMs: config.WEBHOOK_POLL_INTERVAL_MS,
    webhookTimeoutMs: config.WEBHOOK_TIMEOUT_MS,
    webhookConcurrency: config.WEBHOOK_CONCURRENCY,
    webhookBatchSize: config.WEBHOOK_BATCH_SIZE,
    webhookRetryBaseMs: config.WEBHOOK_RETRY_BASE_MS,
    webhookRetryCapSeconds: config.WEBHOOK_RETRY_CAP_SECONDS,
    webhookFailingAfterSeconds: config.WEBHOOK_FAILING_AFTER_SECONDS,
  };
}

/** The identity subgraph's options from its variables: keys (generated and kept outside production), database, settings. */
export async function identitySubgraphOptions(
  parts: SubgraphParts,
  config: IdentityConfig,
): Promise<IdentitySubgraphOptions> {
  return {
    ...parts,
    customerMasterUrl: config.CUSTOMER_MASTER_URL,
    signingKey: await loadSigningKey({
      production: parts.production,
      privateJwk: config.JWT_PRIVATE_JWK,
      previousPublicJwks: config.JWT_PREVIOUS_PUBLIC_JWKS,
    }),
    tokenAudience: { issuer: config.JWT_ISSUER, audience: config.JWT_AUDIENCE },
    database: databaseTargetFromConfig(config, 'identity', parts.production),
    hashKey: await loadHashKey({ production: parts.production, configured: config.IDENTITY_HASH_KEY }),
    settings: identitySettingsFromConfig(config),
  };
}
