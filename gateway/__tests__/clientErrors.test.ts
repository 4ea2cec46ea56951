import { createTokenVerifier } from '../../platform/auth/tokens';
import { SUPERGRAPH_FILE } from '../../scripts/supergraph';
import { startSystem, TOKEN_AUDIENCE, type RunningSystem } from '../../test-support/system';
import { readSupergraph } from '../config';
import { deadPort, startTestGateway, type TestGateway } from './support';

/**
 * What a client sees when it may not have something or a part of the graph is missing: a code it
 * can act on, the path of the missing part, the right HTTP status, and nothing of the subgraphs'
 * insides (URLs, bodies, stacks), in production and in development alike.
 */
describe('errors a client can act on', () => {
  let system: RunningSystem;
  let development: TestGateway;
  let lifeDown: TestGateway;
  let lifeDownInDevelopment: TestGateway;
  let token: string;

  beforeAll(async () => {
    system = await startSystem({ cache: 'memory', gateway: { production: true } });
    token = await system.token('customer', 'P00000001');
    const tokenVerifier = createTokenVerifier({ jwks: system.signingKey.publicJwks, ...TOKEN_AUDIENCE });
    const supergraph = readSupergraph(SUPERGRAPH_FILE);
    const dead = `http://127.0.0.1:${await deadPort()}/graphql`;
    development = await startTestGateway(supergraph, { subgraphUrls: system.subgraphUrls, tokenVerifier });
    lifeDown = await startTestGateway(supergraph, {
      subgraphUrls: { ...system.subgraphUrls, life: dead },
      tokenVerifier,
      production: true,
    });
    lifeDownInDevelopment = await startTestGateway(supergraph, {
      subgraphUrls: { ...system.subgraphUrls, life: dead },
      tokenVerifier,
    });
  });
  afterAll(async () => {
    await Promise.all([development.stop(), lifeDown.stop(), lifeDownInDevelopment.stop()]);
    await system.stop();
  });

  it('answers an anonymous caller of a field that needs a token with 401 UNAUTHENTICATED on that field', async () => {
    const production = await system.query('{ me { id } }');
    const developer = await development.post({ query: '{ me { id } }' });
    for (const { status, body } of [production, developer]) {
      expect(status).toBe(401);
      expect(body).toEqual({
        data: { me: null },
        errors: [
          {
            message: 'Sign in to see this.',
            path: ['me'],
            extensions: { code: 'UNAUTHENTICATED', serviceName: 'identity' },
          },
        ],
      });
    }
  });

  it('answers a token that is not valid with 401 UNAUTHENTICATED before anything runs', async () => {
    const { status, body } = await system.query('{ me { id } }', { token: `${token.slice(0, -4)}AAAA` });
    expect(status).toBe(401);
    expect(body.errors?.map((error) => error.extensions?.['code'])).toEqual(['UNAUTHENTICATED']);
    expect(JSON.stringify(body)).not.toMatch(/stacktrace|response|http:\/\//);
  });

  it('puts SUBGRAPH_UNAVAILABLE on each missing part: a field of an entity and a root field', async () => {
    for (const gateway of [lifeDown, lifeDownInDevelopment]) {
      const nested = await gateway.post(
        { query: '{ me { firstName lifeContracts { id } } }' },
        { authorization: `Bearer ${token}` },
      );
      expect(nested.status).toBe(200);
      expect(nested.body.data).toEqual({ me: { firstName: 'An', lifeContracts: null } });
      expect(
        nested.body.errors?.map(({ message, path, extensions }) => ({ message, path, code: extensions?.['code'] })),
      ).toEqual([
        {
          message: 'The life service is temporarily unavailable; try again later.',
          path: ['me', 'lifeContracts'],
          code: 'SUBGRAPH_UNAVAILABLE',
        },
      ]);

      const root = await gateway.post(
        { query: '{ help { contactCentre { email } } lifeContract(id: "L000000001") { id } }' },
        { authorization: `Bearer ${token}` },
      );
      expect(root.body.data?.['lifeContract']).toBeNull();
      expect(root.body.data?.['help']).toEqual({ contactCentre: { email: expect.stringContaining('@') } });
      expect(root.body.errors?.map((error) => [error.path, error.extensions?.['code']])).toEqual([
        [['lifeContract'], 'SUBGRAPH_UNAVAILABLE'],
      ]);
      expect(JSON.stringify([nested.body, root.body])).not.toMatch(/127\.0\.0\.1|ECONNREFUSED|response/);
    }
  });

  it('names each customer of a page whose contracts are missing', async () => {
    const broker = await system.token('broker', 'B00001');
    const { body } = await lifeDown.post(
      { query: '{ myBrokerOffice { portfolio(first: 3) { edges { node { id lifeContracts { id } } } } } }' },
      { authorization: `Bearer ${broker}` },
    );
    expect(body.errors?.map((error) => error.path)).toEqual([
      ['myBrokerOffice', 'portfolio', 'edges', 0, 'node', 'lifeContracts'],
      ['myBrokerOffice', 'portfolio', 'edges', 1, 'node', 'lifeContracts'],
      ['myBrokerOffice', 'portfolio', 'edges', 2, 'node', 'lifeContracts'],
    ]);
  });
});
