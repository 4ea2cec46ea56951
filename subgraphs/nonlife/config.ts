import { z } from 'zod';
import { env } from '../../platform/config';
import type { SubgraphParts } from '../../platform/graphql/subgraphParts';
import type { NonLifeSubgraphOptions } from './server';

/** V-Connect's own variables, beside those every subgraph reads. */
export const nonLifeConfigSchema = z.object({
  V_CONNECT_URL: env.url().default('http://127.0.0.1:4103'),
  /** V-Connect calls in flight at once for one request (it has no batch endpoint). */
  V_CONNECT_REQUEST_CONCURRENCY: env.positiveInt(8),
});

export type NonLifeConfig = z.infer<typeof nonLifeConfigSchema>;

/** The non-life subgraph's options from its variables. */
export function nonLifeSubgraphOptions(parts: SubgraphParts, config: NonLifeConfig): NonLifeSubgraphOptions {
  return {
    ...parts,
    vConnectUrl: config.V_CONNECT_URL,
    perRequestConcurrency: config.V_CONNECT_REQUEST_CONCURRENCY,
  };
}
