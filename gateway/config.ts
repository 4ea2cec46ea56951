import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { tokenConfigShape } from '../platform/auth/config';
import { commonConfigShape, env, loadConfig } from '../platform/config';
import { schemaDir } from '../platform/paths';

export const gatewayConfigSchema = z.object({
  ...commonConfigShape,
  ...tokenConfigShape,
  GATEWAY_PORT: env.port(4000),
  SUPERGRAPH_PATH: z.string().default(path.join(schemaDir, 'supergraph.graphql')),
  IDENTITY_URL: env.url().default('http://127.0.0.1:4001/graphql'),
  LIFE_URL: env.url().default('http://127.0.0.1:4002/graphql'),
  NONLIFE_URL: env.url().default('http://127.0.0.1:4003/graphql'),
  DOCUMENTS_URL: env.url().default('http://127.0.0.1:4004/graphql'),
  SUBGRAPH_TIMEOUT_MS: env.positiveInt(10_000),
  MAX_BODY_BYTES: env.positiveInt(100_000),
});

export type GatewayConfig = z.infer<typeof gatewayConfigSchema>;

export function loadGatewayConfig(source: NodeJS.ProcessEnv = process.env): GatewayConfig {
  return loadConfig(gatewayConfigSchema, source);
}

export function readSupergraph(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    throw new Error(`SUPERGRAPH_PATH: cannot read the supergraph at ${file}; run "npm run compose".`);
  }
}
