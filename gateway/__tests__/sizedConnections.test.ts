import { buildASTSchema, parse } from 'graphql';
import { getComplexity } from 'graphql-query-complexity';
import { costEstimator, costModelFromSdl, sizedListSizes } from '../limits/costModel';
import { composeTestSupergraph, customerToken, deadPort, startTestGateway, type TestGateway } from './support';

/**
 * Cursor connections (a broker's portfolio, a customer's documents) declare their page size on
 * the connection field and size the lists inside it: `@listSize(slicingArguments: ["first"],
 * sizedFields: ["edges", "nodes"])`. The cost estimate counts those lists at the page asked for.
 */
const CATALOG = /* GraphQL */ `
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.9", import: ["@key", "@cost", "@listSize"])
  type Query {
    items(first: Int = 10, after: String): ItemConnection!
      @listSize(slicingArguments: ["first"], sizedFields: ["edges", "nodes"], requireOneSlicingArgument: false)
    latest: ItemConnection!
  }
  type ItemConnection {
    edges: [ItemEdge!]! @listSize(assumedSize: 50)
    nodes: [Item!]! @listSize(assumedSize: 50)
    total: Int!
  }
  type ItemEdge {
    cursor: String!
    node: Item!
  }
  type Item @key(fields: "id") {
    id: ID!
    price: Int @cost(weight: 5)
    parts: [Part!]! @listSize(assumedSize: 20)
  }
  type Part @cost(weight: 2) {
    name: String!
  }
`;

describe('the cost of a cursor connection', () => {
  const supergraph = composeTestSupergraph(CATALOG, 'http://127.0.0.1:1/graphql');
  const model = costModelFromSdl(supergraph);
  const schema = buildASTSchema(parse(supergraph), { assumeValidSDL: true });
  const cost = (query: string, variables: Record<string, unknown> = {}): number => {
    const document = parse(query);
    return getComplexity({
      schema,
      query: document,
      variables,
      estimators: [costEstimator(model, 10, sizedListSizes(model, schema, document, variables))],
    });
  };

  it('reads the sized fields of the connection field', () => {
    expect(model.fields.get('Query.items')).toEqual({ slicingArguments: ['first'], sizedFields: ['edges', 'nodes'] });
  });

  it('counts the sized lists at the page asked for, the argument default when none is given', () => {
    // items 1 + edges 3 × (edge 1 + node (1 + price 5))
    expect(cost('{ items(first: 3) { edges { cursor node { price } } } }')).toBe(22);
    expect(cost('query ($n: Int) { items(first: $n) { nodes { id } total } }', { n: 40 })).toBe(41);
    expect(cost('{ items { nodes { id } } }')).toBe(11);
    // Through fragments too, and each list of the connection is sized.
    expect(
      cost(
        '{ items(first: 2) { ...page } } fragment page on ItemConnection { ... on ItemConnection { nodes { id } edges { cursor } } }',
      ),
    ).toBe(5);
  });

  it('keeps the assumed size where no connection field sizes the list, and the largest page for a fragment used twice', () => {
    expect(cost('{ latest { nodes { id } } }')).toBe(51);
    // a: 1 + 40; b: 1 + 40 (the shared nodes selection counts at the larger page)
    expect(
      cost(
        '{ a: items(first: 2) { ...n } b: items(first: 40) { ...n } } fragment n on ItemConnection { nodes { id } }',
      ),
    ).toBe(82);
  });
});

describe('connections within the gateway cost limit', () => {
  let gateway: TestGateway;
  let token: string;

  beforeAll(async () => {
    gateway = await startTestGateway(composeTestSupergraph(CATALOG, `http://127.0.0.1:${await deadPort()}/graphql`), {
      limits: {
        maxCost: 500,
        maxPageSize: 100,
        maxStringLength: 50,
        maxDepth: 6,
        maxAliases: 3,
        maxRootFields: 3,
        maxDirectives: 3,
        maxTokens: 200,
      },
    });
    token = await customerToken(gateway.key, 'P00000001');
  });
  afterAll(async () => {
    await gateway.stop();
  });

  it('admits a small page of a heavy connection and refuses a large one', async () => {
    const query = 'query ($n: Int) { items(first: $n) { nodes { id price parts { name } } } }';
    const run = (n: number) => gateway.post({ query, variables: { n } }, { authorization: `Bearer ${token}` });
    // 1 + 10 × (1 + 5 + 20 × 2) = 461: admitted, then fails only at the missing subgraph.
    const admitted = await run(10);
    expect(admitted.body.errors?.map((error) => error.extensions?.['code'])).toEqual(
      expect.arrayContaining(['SUBGRAPH_UNAVAILABLE']),
    );
    // 1 + 11 × 46 = 507
    const refused = await run(11);
    expect(refused.status).toBe(400);
    expect(refused.body.errors?.[0]?.extensions).toMatchObject({
      code: 'COST_ESTIMATED_TOO_EXPENSIVE',
      maximum: 500,
      actual: 507,
    });
  });
});
