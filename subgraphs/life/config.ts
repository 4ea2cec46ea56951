import { z } from 'zod';
import type { BackendPolicy } from '../../platform/backend/BackendClient';
import { env } from '../../platform/config';
import type { SubgraphParts } from '../../platform/graphql/subgraphParts';
import type { LifeSubgraphOptions } from './server';

/** Life Connect's own variables, beside those every subgraph reads. */
export const lifeConfigSchema = z.object({
  LIFE_CONNECT_URL: env.url().default('http://127.0.0.1:4102'),
  /**
   * Per-attempt timeout towards Life Connect, the slowest backend, instead of BACKEND_TIMEOUT_MS.
   * Capped so that, with a retry, it stays inside the gateway's default wait for a subgraph.
   */
  LIFE_CONNECT_TIMEOUT_MS: z.coerce
    .number()
    .int('must be a whole number')
    .positive('must be positive')
    .max(4_000, 'must be at most 4000')
    .optional(),
});

export type LifeConfig = z.infer<typeof lifeConfigSchema>;

/** The call policy towards Life Connect: every subgraph's, with Life Connect's own timeout when set. */
export function lifeConnectPolicy(common: Partial<BackendPolicy>, config: LifeConfig): Partial<BackendPolicy> {
  return config.LIFE_CONNECT_TIMEOUT_MS === undefined
    ? common
    : { ...common, timeoutMs: config.LIFE_CONNECT_TIMEOUT_MS };
}

/** The life subgraph's options from its variables. */
export function lifeSubgraphOptions(parts: SubgraphParts, config: LifeConfig): LifeSubgraphOptions {
  return {
    ...parts,
    backendPolicy: lifeConnectPolicy(parts.backendPolicy ?? {}, config),
    lifeConnectUrl: config.LIFE_CONNECT_URL,
  };
}
