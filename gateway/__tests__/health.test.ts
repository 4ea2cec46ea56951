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

describe('gateway health, operator routes and landing page', () => {
  let system: RunningSystem;
  const extra: Component[] = [];

  beforeAll(async () => {
    system = await startSystem({ cache: 'memory' });
  });
  afterAll(async () => {
    for (const component of extra) await component.stop();
    await system.stop();
  });

  /** A gateway of its own over the system's subgraphs; its public and operator origins. */
  async function gatewayWith(overrides: {
    life?: string;
    production?: boolean;
  }): Promise<{ base: string; operator: string }> {
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
    const base = `http://127.0.0.1:${await gateway.listen(0, '127.0.0.1')}`;
    const operator = `http://127.0.0.1:${await gateway.operator?.listen(0, '127.0.0.1')}`;
    return { base, operator };
  }

  it('is ready with every subgraph up: the operator port names them, the public port names nothing', async () => {
    const operator = await fetch(`${system.stacks[0]?.gatewayOperatorOrigin}/health/ready`);
    expect(operator.status).toBe(200);
    expect(await operator.json()).toEqual({
      status: 'ok',
      subgraphs: { identity: 'up', life: 'up', nonlife: 'up', documents: 'up' },
    });
    const base = system.gatewayUrl.replace(/\/graphql$/, '');
    const publicReady = await fetch(`${base}/health/ready`);
    expect(publicReady.status).toBe(200);
    expect(await publicReady.json()).toEqual({ status: 'ok' });
  });

  it('stays ready but reports degraded, naming the subgraph on the operator port only, when one is down; the rest of the graph answers', async () => {
    const { base, operator } = await gatewayWith({ life: `http://127.0.0.1:${await deadPort()}/graphql` });
    const ready = await fetch(`${operator}/health/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({
      status: 'degraded',
      down: ['life'],
      subgraphs: { life: 'down', identity: 'up' },
    });
    const publicReady = await fetch(`${base}/health/ready`);
    expect(publicReady.status).toBe(200);
    expect(await publicReady.json()).toEqual({ status: 'degraded' });

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

  describe.each([{ production: false }, { production: true }])(
    'operator routes off the public port (production: $production)',
    ({ production }) => {
      let gateway: { base: string; operator: string };
      beforeAll(async () => {
        gateway = await gatewayWith({ production });
      });

      it('serves no /metrics on the public port, and Prometheus metrics on the operator port', async () => {
        const publicMetrics = await fetch(`${gateway.base}/metrics`);
        expect(publicMetrics.status).toBe(404);
        expect(await publicMetrics.json()).toEqual({ error: { code: 'NOT_FOUND', message: 'No such resource.' } });

        const metrics = await fetch(`${gateway.operator}/metrics`);
        expect(metrics.status).toBe(200);
        expect(metrics.headers.get('content-type')).toMatch(/^text\/plain/);
        expect(await metrics.text()).toMatch(/^# HELP graphql_requests_total /m);
      });

      it('answers /health/live and a /health/ready that names no subgraph on the public port', async () => {
        expect(await (await fetch(`${gateway.base}/health/live`)).json()).toEqual({ status: 'ok' });
        const ready = await fetch(`${gateway.base}/health/ready`);
        expect(ready.status).toBe(200);
        expect(await ready.json()).toEqual({ status: 'ok' });
      });
    },
  );

  it.each(['identity', 'life', 'nonlife', 'documents'] as const)(
    "keeps the %s subgraph's metrics and named readiness on its operator port",
    async (name) => {
      const stack = system.stacks[0];
      const publicMetrics = await fetch(`${stack?.subgraphOrigins[name]}/metrics`);
      expect(publicMetrics.status).toBe(404);
      await publicMetrics.body?.cancel();
      expect(await (await fetch(`${stack?.subgraphOrigins[name]}/health/ready`)).json()).toEqual({ status: 'ok' });

      const metrics = await fetch(`${stack?.operatorOrigins[name]}/metrics`);
      expect(metrics.status).toBe(200);
      expect(await metrics.text()).toMatch(/^# HELP graphql_requests_total /m);
      expect(await (await fetch(`${stack?.operatorOrigins[name]}/health/ready`)).json()).toEqual({
        status: 'ok',
        subgraph: name,
      });
    },
  );

  it('serves the Apollo Sandbox landing page outside production and none in production', async () => {
    const development = await fetch(system.gatewayUrl, { headers: { accept: 'text/html' } });
    expect(development.status).toBe(200);
    expect(await development.text()).toMatch(/sandbox/i);

    const { base } = await gatewayWith({ production: true });
    const production = await fetch(`${base}/graphql`, { headers: { accept: 'text/html' } });
    expect(await production.text()).not.toMatch(/sandbox/i);
  });
});
