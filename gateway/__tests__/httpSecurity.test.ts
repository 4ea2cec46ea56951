import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { getIntrospectionQuery } from 'graphql';
import { createTokenVerifier } from '../../platform/auth/tokens';
import { readSupergraph } from '../config';
import { SUPERGRAPH_FILE } from '../../scripts/supergraph';
import { startSystem, TOKEN_AUDIENCE, type RunningSystem } from '../../test-support/system';
import { startTestGateway, type TestGateway } from './support';

const PORTAL = 'https://portal.example.be';

describe('the gateway in production: introspection, landing page, error masking, CORS and CSRF', () => {
  let system: RunningSystem;
  let development: TestGateway;
  let brokenDocuments: TestGateway;
  let token: string;
  const fakeSubgraph = http.createServer((_req, res) => {
    res.writeHead(502, { 'content-type': 'text/html' });
    res.end('<html>upstream http://documents.internal.example:4004/graphql failed at 10.0.3.7</html>');
  });

  beforeAll(async () => {
    system = await startSystem({ cache: 'memory', gateway: { production: true, corsOrigins: [PORTAL] } });
    token = await system.token('customer', 'P00000001');
    const tokenVerifier = createTokenVerifier({ jwks: system.signingKey.publicJwks, ...TOKEN_AUDIENCE });
    development = await startTestGateway(readSupergraph(SUPERGRAPH_FILE), {
      subgraphUrls: system.subgraphUrls,
      tokenVerifier,
    });
    await new Promise<void>((resolve) => fakeSubgraph.listen(0, '127.0.0.1', resolve));
    const fake = `http://127.0.0.1:${(fakeSubgraph.address() as AddressInfo).port}/graphql`;
    brokenDocuments = await startTestGateway(readSupergraph(SUPERGRAPH_FILE), {
      subgraphUrls: { ...system.subgraphUrls, documents: fake },
      tokenVerifier,
      production: true,
    });
  });
  afterAll(async () => {
    await development.stop();
    await brokenDocuments.stop();
    await new Promise((resolve) => fakeSubgraph.close(resolve));
    await system.stop();
  });

  it('refuses introspection but answers __typename', async () => {
    for (const query of ['{ __schema { types { name } } }', '{ __type(name: "Customer") { fields { name } } }']) {
      const { status, body } = await system.query(query, { token });
      expect(status).toBe(400);
      expect(body.errors?.[0]?.extensions?.['code']).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(body.errors?.[0]?.message).toMatch(/introspection/i);
    }
    expect((await system.query('{ __typename }', { token })).body.data).toEqual({ __typename: 'Query' });
  });

  it("lets developers introspect outside production: Sandbox's full introspection query passes every limit", async () => {
    const query = getIntrospectionQuery({
      descriptions: true,
      specifiedByUrl: true,
      directiveIsRepeatable: true,
      schemaDescription: true,
      inputValueDeprecation: true,
    });
    const { status, body } = await development.post({ query }, { authorization: `Bearer ${token}` });
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(JSON.stringify(body.data)).toContain('"name":"Customer"');
  });

  it('serves no landing page', async () => {
    const response = await fetch(system.gatewayUrl, { headers: { accept: 'text/html' } });
    expect(response.headers.get('content-type')).not.toMatch(/text\/html/);
    expect(await response.text()).not.toMatch(/sandbox|<html/i);
  });

  it('gives no field suggestions (development does)', async () => {
    const query = '{ me { firstNme } }';
    const production = await system.query(query, { token });
    expect(production.body.errors?.[0]?.message).toBe('Cannot query field "firstNme" on type "Customer".');
    const developer = await development.post({ query }, { authorization: `Bearer ${token}` });
    expect(developer.body.errors?.[0]?.message).toMatch(/Did you mean "firstName"/);
  });

  it("strips subgraphs' stack traces and keeps only client-facing codes and fields of a backend failure", async () => {
    system.backends.lifeConnect.setBehaviour({ errorRate: 1 });
    try {
      const query = '{ me { firstName lifeContracts { id } } }';
      const developer = await development.post({ query }, { authorization: `Bearer ${token}` });
      const developerError = developer.body.errors?.find((error) => error.path?.includes('lifeContracts'));
      expect(developerError?.extensions?.['stacktrace']).toBeDefined();

      const { body } = await system.query(query, { token });
      expect(body.data?.['me']).toMatchObject({ firstName: 'An', lifeContracts: null });
      const error = body.errors?.find((e) => e.path?.includes('lifeContracts'));
      expect(error?.extensions?.['code']).toMatch(/^BACKEND_(UNAVAILABLE|ERROR)$/);
      for (const key of Object.keys(error?.extensions ?? {}))
        expect(['code', 'retryable', 'retryAfterSeconds', 'backend', 'reason', 'serviceName']).toContain(key);
      expect(JSON.stringify(body)).not.toMatch(/stacktrace|127\.0\.0\.1|http:\/\/|at .*\.ts/);
    } finally {
      system.backends.lifeConnect.setBehaviour({ errorRate: 0 });
    }
  });

  it("masks a subgraph's raw HTTP failure: no URL, no body, no internal host", async () => {
    const { body } = await brokenDocuments.post(
      { query: '{ me { firstName documents { nodes { id } } } }' },
      { authorization: `Bearer ${token}` },
    );
    expect(body.data?.['me']).toMatchObject({ firstName: 'An', documents: null });
    expect(body.errors?.length).toBeGreaterThan(0);
    // A subgraph answering other than GraphQL counts as one that cannot be reached.
    for (const error of body.errors ?? []) {
      expect(error.message).toBe('The documents service is temporarily unavailable; try again later.');
      expect(error.path).toEqual(['me', 'documents']);
      expect(error.extensions).toEqual({ code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'documents', retryable: true });
    }
    expect(JSON.stringify(body)).not.toMatch(/internal\.example|10\.0\.3\.7|127\.0\.0\.1|502/);
  });

  it('answers a CORS preflight from an allowed origin, and refuses any other', async () => {
    const preflight = (origin: string): Promise<Response> =>
      fetch(system.gatewayUrl, {
        method: 'OPTIONS',
        headers: {
          origin,
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'authorization, content-type',
        },
      });
    const allowed = await preflight(PORTAL);
    expect(allowed.status).toBe(204);
    expect(allowed.headers.get('access-control-allow-origin')).toBe(PORTAL);
    expect(allowed.headers.get('access-control-allow-headers')).toMatch(/authorization/);
    expect(allowed.headers.get('access-control-allow-credentials')).toBeNull();

    const refused = await preflight('https://evil.example');
    expect(refused.status).toBe(403);
    expect(refused.headers.get('access-control-allow-origin')).toBeNull();

    const openByDefault = await fetch(development.url, {
      method: 'OPTIONS',
      headers: { origin: PORTAL, 'access-control-request-method': 'POST' },
    });
    expect(openByDefault.status).toBe(403);
  });

  it('lets an allowed origin read the response, and no other', async () => {
    const allowed = await system.query('{ me { id } }', { token, headers: { origin: PORTAL } });
    expect(allowed.headers.get('access-control-allow-origin')).toBe(PORTAL);
    expect(allowed.headers.get('vary')).toMatch(/Origin/);
    const other = await system.query('{ me { id } }', { token, headers: { origin: 'https://evil.example' } });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('keeps CSRF prevention on: a simple GET is refused, a text/plain POST too', async () => {
    const simple = await fetch(`${system.gatewayUrl}?query=${encodeURIComponent('{ __typename }')}`);
    expect(simple.status).toBe(400);
    expect(await simple.text()).toMatch(/CSRF/);
    const preflighted = await fetch(`${system.gatewayUrl}?query=${encodeURIComponent('{ __typename }')}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(preflighted.status).toBe(200);

    const textPlain = await fetch(system.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(textPlain.status).toBe(415);
  });
});
