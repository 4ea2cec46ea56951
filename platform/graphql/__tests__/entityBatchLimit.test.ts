import { parse } from 'graphql';
import { postGraphQL } from '../../../test-support/callers';
import { startSystem, type RunningSystem } from '../../../test-support/system';
import { createTokenVerifier } from '../../auth/tokens';
import type { Component } from '../../component';
import { createLogger } from '../../logger';
import { createMetrics } from '../../metrics';
import { createSubgraphServer, type RequestBase } from '../subgraphServer';

const ENTITIES = 'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Widget { id } } }';
const widgets = (count: number): Array<{ __typename: string; id: string }> =>
  Array.from({ length: count }, (_, i) => ({ __typename: 'Widget', id: `W${i}` }));

describe.each([{ production: false }, { production: true }])(
  'the bound on entity representations per request (production: $production)',
  ({ production }) => {
    let server: Component;
    let url: string;
    let resolved = 0;

    beforeAll(async () => {
      server = await createSubgraphServer<RequestBase>({
        name: 'probe',
        typeDefs: parse(`
          extend schema @link(url: "https://specs.apollo.dev/federation/v2.9", import: ["@key"])
          type Query { ping: String }
          type Widget @key(fields: "id") { id: ID! }
        `),
        resolvers: {
          Widget: {
            __resolveReference: (reference: { id: string }) => {
              resolved++;
              return reference;
            },
          },
        },
        createContext: (base) => base,
        tokenVerifier: createTokenVerifier({ jwks: [], issuer: 'i', audience: 'a' }),
        log: createLogger({ component: 'probe', level: 'silent' }),
        metrics: createMetrics('probe', { defaultMetrics: false }),
        production,
      });
      url = `http://127.0.0.1:${await server.listen(0, '127.0.0.1')}/graphql`;
    });
    afterAll(async () => {
      await server.stop();
    });
    beforeEach(() => {
      resolved = 0;
    });

    /** The refusal; outside production Apollo adds a stack trace beside these extensions. */
    function expectRefusal(
      body: { errors?: Array<{ message: string; extensions?: Record<string, unknown> }> },
      actual: number,
    ): void {
      expect(body.errors).toHaveLength(1);
      expect(body.errors?.[0]?.message).toBe(
        `One request may resolve at most 500 entity representations; this one has ${actual}.`,
      );
      expect(body.errors?.[0]?.extensions).toMatchObject({
        code: 'TOO_MANY_REPRESENTATIONS',
        limit: 'representations',
        maximum: 500,
        actual,
      });
      expect(body).not.toHaveProperty('data._entities');
    }

    it('resolves 500 representations (the default bound)', async () => {
      const { status, body } = await postGraphQL(url, ENTITIES, { variables: { r: widgets(500) } });
      expect(status).toBe(200);
      expect((body.data?.['_entities'] as unknown[]).length).toBe(500);
      expect(resolved).toBe(500);
    });

    it('refuses 501 with 400 TOO_MANY_REPRESENTATIONS before resolving any', async () => {
      const { status, body } = await postGraphQL(url, ENTITIES, { variables: { r: widgets(501) } });
      expect(status).toBe(400);
      expectRefusal(body, 501);
      expect(resolved).toBe(0);
    });

    it('counts every call of the request: aliases, literal lists and calls inside fragments', async () => {
      const literal = widgets(300)
        .map((widget) => `{ __typename: "Widget", id: "${widget.id}" }`)
        .join(', ');
      const query = `query ($r: [_Any!]!) {
        a: _entities(representations: $r) { __typename }
        ... on Query { b: _entities(representations: [${literal}]) { __typename } }
        ...More
      }
      fragment More on Query { c: _entities(representations: $r) { __typename } }`;
      const { status, body } = await postGraphQL(url, query, { variables: { r: widgets(200) } });
      expect(status).toBe(400);
      expectRefusal(body, 700);
      expect(resolved).toBe(0);
    });
  },
);

describe('the bound and the gateway: the life subgraph in a whole system', () => {
  let system: RunningSystem;

  beforeAll(async () => {
    system = await startSystem({ cache: 'memory' });
  });
  afterAll(async () => {
    await system.stop();
  });

  it('refuses 2,000 Customer representations sent straight to it with a broker token, without a call to Life Connect', async () => {
    system.resetCounters();
    const representations = Array.from({ length: 2_000 }, (_, i) => ({
      __typename: 'Customer',
      id: `P${String(i + 1).padStart(8, '0')}`,
    }));
    const { status, body } = await postGraphQL(
      system.subgraphUrls.life,
      'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Customer { lifeContracts { id } } } }',
      { variables: { r: representations }, token: await system.token('broker', 'B00001') },
    );
    expect(status).toBe(400);
    expect(body.errors?.[0]?.extensions).toMatchObject({
      code: 'TOO_MANY_REPRESENTATIONS',
      maximum: 500,
      actual: 2000,
    });
    expect(system.backends.lifeConnect.counters.snapshot().total).toBe(0);
  });

  it("never refuses what the gateway batches for a broker's portfolio query near the cost limit", async () => {
    const query = `{ myBrokerOffice { portfolio(first: 35) { edges { node { id
      lifeContracts { id documents(first: 1) { totalCount } }
      nonLifeContracts { id documents(first: 1) { totalCount } } } } } } }`;
    const { status, body } = await system.query(query, { token: await system.token('broker', 'B00005') });
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    const edges = (body.data?.['myBrokerOffice'] as { portfolio: { edges: unknown[] } }).portfolio.edges;
    expect(edges).toHaveLength(35);
  });
});
