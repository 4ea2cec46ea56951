import { randomUUID } from 'node:crypto';
import { createServer } from 'node:net';
import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';
import { exportJWK, generateKeyPair } from 'jose';
import { loadSigningKey, SIGNING_ALGORITHM, type SigningKey } from '../../platform/auth/signingKey';
import { createTokenVerifier, signAccessToken } from '../../platform/auth/tokens';
import type { Component } from '../../platform/component';
import { createLogger } from '../../platform/logger';
import { createMetrics } from '../../platform/metrics';
import { TOKEN_AUDIENCE } from '../../test-support/system';
import { createGateway, type GatewayOptions } from '../server';

/** A port nothing listens on: bound once, then released. */
export async function deadPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

export async function testSigningKey(): Promise<SigningKey> {
  const { privateKey } = await generateKeyPair(SIGNING_ALGORITHM, { extractable: true });
  return loadSigningKey({
    production: true,
    privateJwk: JSON.stringify({ ...(await exportJWK(privateKey)), kid: `test-${randomUUID()}` }),
  });
}

export function customerToken(key: SigningKey, customerId: string): Promise<string> {
  return signAccessToken(key, TOKEN_AUDIENCE, { subject: customerId, claims: { role: 'customer' }, ttlSeconds: 600 });
}

export function brokerToken(key: SigningKey, brokerId: string): Promise<string> {
  return signAccessToken(key, TOKEN_AUDIENCE, {
    subject: `broker-user-${brokerId}`,
    claims: { role: 'broker', broker: brokerId },
    ttlSeconds: 600,
  });
}

/** Composes one subgraph SDL into a supergraph whose only subgraph is named "catalog". */
export function composeTestSupergraph(sdl: string, url: string): string {
  const result = composeServices([{ name: 'catalog', url, typeDefs: parse(sdl) }]);
  if (result.errors) throw new Error(result.errors.map((error) => error.message).join('\n'));
  return result.supergraphSdl;
}

export interface TestGateway {
  url: string;
  key: SigningKey;
  post(
    body: unknown,
    headers?: Record<string, string>,
  ): Promise<{ status: number; headers: Headers; body: GraphQLBody }>;
  stop(): Promise<void>;
}

export interface GraphQLBody {
  data?: Record<string, unknown> | null;
  errors?: Array<{ message: string; path?: unknown[]; extensions?: Record<string, unknown> }>;
}

/** A gateway over the given supergraph, with its own signing key; subgraph URLs come from the supergraph unless given. */
export async function startTestGateway(
  supergraphSdl: string,
  options: Partial<GatewayOptions> = {},
): Promise<TestGateway> {
  const key = await testSigningKey();
  const gateway: Component = await createGateway({
    supergraphSdl,
    subgraphUrls: {},
    subgraphTimeoutMs: 2_000,
    tokenVerifier: createTokenVerifier({ jwks: key.publicJwks, ...TOKEN_AUDIENCE }),
    log: createLogger({ component: 'gateway', level: 'silent' }),
    metrics: createMetrics('gateway', { defaultMetrics: false }),
    production: false,
    maxBodyBytes: 100_000,
    ...options,
  });
  const url = `http://127.0.0.1:${await gateway.listen(0, '127.0.0.1')}/graphql`;
  return {
    url,
    key,
    async post(body, headers = {}) {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify(body),
      });
      return { status: response.status, headers: response.headers, body: (await response.json()) as GraphQLBody };
    },
    stop: () => gateway.stop(),
  };
}
