import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { createTokenVerifier } from '../../platform/auth/tokens';
import type { Component } from '../../platform/component';
import { createLogger } from '../../platform/logger';
import { createMetrics } from '../../platform/metrics';
import { SUPERGRAPH_FILE } from '../../scripts/supergraph';
import { startSystem, TOKEN_AUDIENCE, type RunningSystem } from '../../test-support/system';
import { createGateway } from '../server';

/** A port nothing listens on: bound once, then released. */
async function deadPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe('gateway health and landing page', () => {
  let system: RunningSystem;
  const extra: Component[] = [];

  beforeAll(async () => {
    system = await startSystem({ cache: 'memory' });
  });
  afterAll(async () => {
    for (const component of extra) await component.stop();
    await system.stop();
  });

  async function gatewayWith(overrides: { life?: string; production?: boolean }): Promise<string> {
    const gateway = await createGateway({
      supergraphSdl: readFileSync(SUPERGRAPH_FILE, 'utf8'),
      subgraphUrls: { ...system.subgraphUrls, ...(overrides.life ? { life: overrides.life } : {}) },
      subgraphTimeoutMs: 2_000,
      tokenVerifier: createTokenVerifier({ jwks: system.signingKey.publicJwks, ...TOKEN_AUDIENCE }),
      log: createLogger({ component: 'gateway', level: 'silent' }),
      metrics: createMetrics('gateway', { defaultMetrics: false }),
      production: overrides.production ?? false,
      maxBodyBytes: 100_000,
    });
    extra.push(gateway);
    return `http://127.0.0.1:${await gateway.listen(0, '127.0.0.1')}`;
  }

  it('is ready with every subgraph up', async () => {
    const base = system.gatewayUrl.replace(/\/graphql$/, '');
    const response = await fetch(`${base}/health/ready`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      status: 'ok',
      subgraphs: { identity: 'up', life: 'up', nonlife: 'up', documents: 'up' },
    });
  });

  it('stays ready but reports degraded, naming the subgraph, when one is down; the rest of the graph answers', async () => {
    const base = await gatewayWith({ life: `http://127.0.0.1:${await deadPort()}/graphql` });
    const ready = await fetch(`${base}/health/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({
      status: 'degraded',
      down: ['life'],
      subgraphs: { life: 'down', identity: 'up' },
    });

    const token = await system.token('customer', 'P00000001');
    const { body } = await system.query('{ me { firstName lifeContracts { id } nonLifeContracts { id } } }', {
      token,
      url: `${base}/graphql`,
    });
    const me = body.data?.['me'] as { firstName: string; lifeContracts: unknown; nonLifeContracts: unknown[] };
    expect(me.firstName).toBe('An');
    expect(me.lifeContracts).toBeNull();
    expect(me.nonLifeContracts.length).toBeGreaterThan(0);
    const unavailable = body.errors?.find((error) => error.extensions?.['serviceName'] === 'life');
    expect(unavailable?.extensions).toMatchObject({ code: 'SUBGRAPH_UNAVAILABLE', retryable: true });
    expect(JSON.stringify(body.errors)).not.toMatch(/127\.0\.0\.1|ECONNREFUSED/);
  });

  it('serves the Apollo Sandbox landing page outside production and none in production', async () => {
    const development = await fetch(system.gatewayUrl, { headers: { accept: 'text/html' } });
    expect(development.status).toBe(200);
    expect(await development.text()).toMatch(/sandbox/i);

    const base = await gatewayWith({ production: true });
    const production = await fetch(`${base}/graphql`, { headers: { accept: 'text/html' } });
    expect(await production.text()).not.toMatch(/sandbox/i);
  });
});
