import { z } from 'zod';
import { commonConfigShape, env, loadConfig } from '../../platform/config';
import type { Behaviour } from './behaviour';
import { Universe, referenceDateFor } from './data/universe';

const rate = z.coerce.number().min(0, 'must be between 0 and 1').max(1, 'must be between 0 and 1');

/** Variables every mocked backend reads; `defaults` gives each backend its own latency profile. */
export function legacyConfigSchema(port: number, defaults: { latencyMs: number; jitterMs: number }) {
  return z.object({
    ...commonConfigShape,
    PORT: env.port(port),
    /** Size of the generated data set; start-up cost does not depend on it. */
    CUSTOMERS: z.coerce.number().int().min(12, 'must be at least 12 (the demo identities)').max(10_000_000).default(10_000),
    DATA_SEED: z.string().min(1).default('customer-graph'),
    /** Dates are relative to this day (YYYY-MM-DD); the first of the current month by default. */
    REFERENCE_DATE: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be YYYY-MM-DD').optional(),
    LATENCY_MS: env.nonNegativeInt(defaults.latencyMs),
    JITTER_MS: env.nonNegativeInt(defaults.jitterMs),
    ERROR_RATE: rate.default(0),
    HANG_RATE: rate.default(0),
    MALFORMED_RATE: rate.default(0),
    MAINTENANCE: env.flag(false),
    MAINTENANCE_WINDOW: z.string().regex(/^\d{2}:\d{2}-\d{2}:\d{2}$/, 'must look like 01:00-03:30').optional(),
  });
}

export type LegacyConfig = z.infer<ReturnType<typeof legacyConfigSchema>>;

export function loadLegacyConfig(port: number, defaults: { latencyMs: number; jitterMs: number }, source: NodeJS.ProcessEnv = process.env): LegacyConfig {
  return loadConfig(legacyConfigSchema(port, defaults), source);
}

export function behaviourFrom(config: LegacyConfig): Behaviour {
  return {
    latencyMs: config.LATENCY_MS,
    jitterMs: config.JITTER_MS,
    errorRate: config.ERROR_RATE,
    hangRate: config.HANG_RATE,
    malformedRate: config.MALFORMED_RATE,
    maintenance: config.MAINTENANCE,
    maintenanceWindow: config.MAINTENANCE_WINDOW ?? null,
  };
}

export function universeFrom(config: LegacyConfig, now = new Date()): Universe {
  return new Universe({ customers: config.CUSTOMERS, seed: config.DATA_SEED, referenceDate: config.REFERENCE_DATE ?? referenceDateFor(now) });
}
