import { z } from 'zod';
import { commonConfigShape, env, loadConfig } from '../../platform/config';
import { MAINTENANCE_WINDOW_PATTERN, type Behaviour } from './behaviour';
import { MAX_CUSTOMERS, Universe, referenceDateFor } from './data/universe';

const rate = z.coerce.number().min(0, 'must be between 0 and 1').max(1, 'must be between 0 and 1');

/** What a backend is like when nothing is configured: its latency and, for some, a nightly batch window. */
export interface LegacyDefaults {
  latencyMs: number;
  jitterMs: number;
  /** UTC "HH:MM-HH:MM", or null for a backend without a maintenance window. */
  maintenanceWindow?: string | null;
}

const NO_WINDOW = 'none';

/** A backend's default ports (platform/topology.ts). */
export interface LegacyPorts {
  port: number;
  operatorPort: number;
}

/** Variables every mocked backend reads; `defaults` gives each backend its own profile. */
export function legacyConfigSchema(ports: LegacyPorts, defaults: LegacyDefaults) {
  return z
    .object({
      ...commonConfigShape,
      PORT: env.port(ports.port),
      /** /metrics and /health/ready, for operators only: never publish it. */
      OPERATOR_PORT: env.port(ports.operatorPort),
      /** Size of the generated data set; start-up cost does not depend on it. */
      CUSTOMERS: z.coerce
        .number()
        .int('must be a whole number')
        .min(12, 'must be at least 12 (the demo identities)')
        .max(MAX_CUSTOMERS, `must be at most ${MAX_CUSTOMERS}`)
        .default(10_000),
      DATA_SEED: z.string().min(1).default('customer-graph'),
      /** Dates are relative to this day (YYYY-MM-DD); the first of the current month by default. */
      REFERENCE_DATE: z
        .string()
        .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be YYYY-MM-DD')
        .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)), 'must be a real date')
        .optional(),
      LATENCY_MS: env.nonNegativeInt(defaults.latencyMs),
      JITTER_MS: env.nonNegativeInt(defaults.jitterMs),
      ERROR_RATE: rate.default(0),
      HANG_RATE: rate.default(0),
      MALFORMED_RATE: rate.default(0),
      MAINTENANCE: env.flag(false),
      /** Daily maintenance window in UTC; "none" switches off a backend's default window. */
      MAINTENANCE_WINDOW: z
        .string()
        .refine(
          (value) => value === NO_WINDOW || MAINTENANCE_WINDOW_PATTERN.test(value),
          `must look like 01:00-03:30 (UTC), or ${NO_WINDOW}`,
        )
        .default(defaults.maintenanceWindow ?? NO_WINDOW),
    })
    .refine((c) => c.ERROR_RATE + c.HANG_RATE + c.MALFORMED_RATE <= 1, {
      message: 'ERROR_RATE + HANG_RATE + MALFORMED_RATE must not exceed 1',
      path: ['ERROR_RATE'],
    });
}

export type LegacyConfig = z.infer<ReturnType<typeof legacyConfigSchema>>;

export function loadLegacyConfig(
  ports: LegacyPorts,
  defaults: LegacyDefaults,
  source: NodeJS.ProcessEnv = process.env,
): LegacyConfig {
  return loadConfig(legacyConfigSchema(ports, defaults), source);
}

export function behaviourFrom(config: LegacyConfig): Behaviour {
  return {
    latencyMs: config.LATENCY_MS,
    jitterMs: config.JITTER_MS,
    errorRate: config.ERROR_RATE,
    hangRate: config.HANG_RATE,
    malformedRate: config.MALFORMED_RATE,
    maintenance: config.MAINTENANCE,
    maintenanceWindow: config.MAINTENANCE_WINDOW === NO_WINDOW ? null : config.MAINTENANCE_WINDOW,
  };
}

export function universeFrom(config: LegacyConfig, now = new Date()): Universe {
  return new Universe({
    customers: config.CUSTOMERS,
    seed: config.DATA_SEED,
    referenceDate: config.REFERENCE_DATE ?? referenceDateFor(now),
  });
}
