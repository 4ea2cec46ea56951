import { buildASTSchema, parse } from 'graphql';
import { getComplexity } from 'graphql-query-complexity';
import { costEstimator, costModelFromSdl, expectedListSize } from '../limits/costModel';
import {
  brokerToken,
  composeTestSupergraph,
  customerToken,
  deadPort,
  startTestGateway,
  type TestGateway,
} from './support';

/**
 * A catalogue with the Federation 2.9 cost directives. Its subgraph is never started: limits
 * are checked before the query is planned, so a refused operation never reaches it, and an
 * admitted one fails only later, with SUBGRAPH_UNAVAILABLE.
 */
const CATALOG = /* GraphQL */ `
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.9", import: ["@key", "@cost", "@listSize"])
  type Query {
    items(first: Int, filter: String @cost(weight: 4)): [Item!]! @listSize(slicingArguments: ["first"])
    featured: [Item!]! @listSize(assumedSize: 3)
    everything: [Item!]!
    item(id: ID!): Item
  }
  type Mutation {
    rename(id: ID!, name: String!): Item
  }
  type Item @key(fields: "id") {
    id: ID!
    name: String!
    price: Int @cost(weight: 5)
    parts: [Part!]! @listSize(assumedSize: 20)
  }
  type Part @cost(weight: 2) {
    name: String!
    part: Part
  }
`;

describe('the cost model read from the supergraph', () => {
  const supergraph = composeTestSupergraph(CATALOG, 'http://127.0.0.1:1/graphql');
  const model = costModelFromSdl(supergraph);
  const schema = buildASTSchema(parse(supergraph), { assumeValidSDL: true });
  const cost = (query: string, variables: Record<string, unknown> = {}): number =>
    getComplexity({ schema, query: parse(query), variables, estimators: [costEstimator(model, 10)] });

  it('finds @cost and @listSize under the names composition gives them', () => {
    expect(model.fields.get('Query.items')).toEqual({ slicingArguments: ['first'], argumentWeights: { filter: 4 } });
    expect(model.fields.get('Query.featured')).toEqual({ assumedSize: 3 });
    expect(model.fields.get('Item.price')).toEqual({ weight: 5 });
    expect(model.fields.get('Item.parts')).toEqual({ assumedSize: 20 });
    expect(model.types.get('Part')).toBe(2);
  });

  it('multiplies by the slicing argument, else the assumed size, else the default list size', () => {
    expect(expectedListSize(model.fields.get('Query.items'), { first: 7 }, 10)).toBe(7);
    expect(expectedListSize(model.fields.get('Query.items'), {}, 10)).toBe(10);
    expect(expectedListSize(model.fields.get('Query.featured'), {}, 10)).toBe(3);
    expect(expectedListSize(undefined, {}, 10)).toBe(10);
  });

  it('estimates nested lists as Apollo Router does: objects 1, leaves 0, @cost weights, sizes multiplied', () => {
    // items: 5 × (Item 1 + price 5 + parts 20 × (Part 2 + name 0)) = 5 × 46
    expect(cost('{ items(first: 5) { id price parts { name } } }')).toBe(230);
    expect(cost('query ($n: Int) { items(first: $n) { id } }', { n: 50 })).toBe(50);
    expect(cost('{ featured { name } }')).toBe(3);
    expect(cost('{ everything { name } }')).toBe(10);
    // An argument with @cost adds its weight when given.
    expect(cost('{ items(first: 1, filter: "x") { id } }')).toBe(5);
    // A mutation field costs 10 on top of its result.
    expect(cost('mutation { rename(id: "1", name: "x") { id } }')).toBe(11);
    // Skipped selections cost nothing; introspection costs nothing.
    expect(cost('query ($s: Boolean!) { featured @skip(if: $s) { name } __typename }', { s: true })).toBe(0);
  });
});

describe('operation limits at the gateway, before planning', () => {
  let gateway: TestGateway;
  let token: string;

  beforeAll(async () => {
    gateway = await startTestGateway(composeTestSupergraph(CATALOG, `http://127.0.0.1:${await deadPort()}/graphql`), {
      limits: {
        maxCost: 500,
        maxBrokerCost: 1_000,
        maxPageSize: 100,
        maxStringLength: 50,
        maxDepth: 4,
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

  const run = (query: string, variables?: Record<string, unknown>) =>
    gateway.post({ query, variables }, { authorization: `Bearer ${token}` });

  async function expectAdmitted(query: string, variables?: Record<string, unknown>): Promise<void> {
    const { body } = await run(query, variables);
    expect(body.errors?.map((error) => error.extensions?.['code'])).toEqual(
      expect.arrayContaining(['SUBGRAPH_UNAVAILABLE']),
    );
  }

  async function expectRefused(
    query: string,
    code: string,
    limit: string,
    variables?: Record<string, unknown>,
  ): Promise<void> {
    const { status, body } = await run(query, variables);
    expect(status).toBe(400);
    expect(body.data ?? undefined).toBeUndefined();
    expect(body.errors?.[0]?.extensions).toMatchObject({ code, limit });
  }

  it('admits an operation within every limit (it then fails only at the missing subgraph)', async () => {
    await expectAdmitted('{ items(first: 10) { id price parts { name } } }');
  });

  it('refuses an operation whose estimated cost is too high, saying by how much', async () => {
    // 11 × (1 + 5 + 20 × 2) = 506 > 500
    // Asked twice: the second answer comes from the verdict cache and is the same.
    for (let attempt = 0; attempt < 2; attempt++) {
      const { body } = await run('{ items(first: 11) { id price parts { name } } }');
      expect(body.errors?.[0]?.extensions).toMatchObject({
        code: 'COST_ESTIMATED_TOO_EXPENSIVE',
        limit: 'cost',
        maximum: 500,
        actual: 506,
      });
    }
    // The same document with other variables is estimated afresh.
    await expectAdmitted('query Some($n: Int) { items(first: $n) { parts { name } } }', { n: 5 });
    await expectRefused(
      'query Some($n: Int) { items(first: $n) { parts { name } } }',
      'COST_ESTIMATED_TOO_EXPENSIVE',
      'cost',
      { n: 90 },
    );
  });

  it("holds a broker token to the brokers' cost limit and anyone else to the general one", async () => {
    // 20 × (1 + 5 + 20 × 2) = 920: over 500, within 1,000.
    const query = '{ items(first: 20) { id price parts { name } } }';
    const broker = await brokerToken(gateway.key, 'B00001');
    const asBroker = await gateway.post({ query }, { authorization: `Bearer ${broker}` });
    expect(asBroker.body.errors?.map((error) => error.extensions?.['code'])).toEqual(['SUBGRAPH_UNAVAILABLE']);
    const asCustomer = await run(query);
    expect(asCustomer.status).toBe(400);
    expect(asCustomer.body.errors?.[0]?.extensions).toMatchObject({
      code: 'COST_ESTIMATED_TOO_EXPENSIVE',
      maximum: 500,
      actual: 920,
    });
    // 22 × 46 = 1,012: over the brokers' limit too.
    const tooMuch = await gateway.post(
      { query: '{ items(first: 22) { id price parts { name } } }' },
      { authorization: `Bearer ${broker}` },
    );
    expect(tooMuch.body.errors?.[0]?.extensions).toMatchObject({ maximum: 1_000, actual: 1_012 });
  });

  it('refuses a page larger than the cap, from a literal, a variable or a variable default', async () => {
    await expectRefused('{ items(first: 101) { id } }', 'BAD_USER_INPUT', 'pageSize');
    await expectRefused('query ($n: Int) { items(first: $n) { id } }', 'BAD_USER_INPUT', 'pageSize', { n: 1000 });
    await expectRefused('query ($n: Int = 5000) { items(first: $n) { id } }', 'BAD_USER_INPUT', 'pageSize');
    await expectAdmitted('{ items(first: 100) { id } }');
  });

  it('refuses oversized strings in variables and inline', async () => {
    await expectRefused('query ($id: ID!) { item(id: $id) { id } }', 'BAD_USER_INPUT', 'stringLength', {
      id: 'x'.repeat(51),
    });
    await expectRefused(`{ item(id: "${'x'.repeat(51)}") { id } }`, 'GRAPHQL_VALIDATION_FAILED', 'stringLength');
  });

  it('refuses deep nesting, counting through fragments', async () => {
    await expectAdmitted('{ item(id: "1") { parts { part { name } } } }');
    await expectRefused('{ item(id: "1") { parts { part { part { name } } } } }', 'GRAPHQL_VALIDATION_FAILED', 'depth');
    await expectRefused(
      'fragment Deep on Part { part { part { name } } } query { item(id: "1") { parts { ... on Part { ...Deep } } } }',
      'GRAPHQL_VALIDATION_FAILED',
      'depth',
    );
  });

  it('refuses alias bombs, fragment bombs, too many root fields and directives', async () => {
    await expectRefused(
      '{ a: item(id: "1") { id } b: item(id: "2") { id } c: item(id: "3") { id } d: item(id: "4") { id } }',
      'GRAPHQL_VALIDATION_FAILED',
      'aliases',
    );
    await expectRefused(
      '{ item(id: "1") { id } featured { id } everything { id } items { id } }',
      'GRAPHQL_VALIDATION_FAILED',
      'rootFields',
    );
    await expectRefused(
      '{ item(id: "1") { id @include(if: true) name @include(if: true) price @skip(if: false) parts @skip(if: false) { name } } }',
      'GRAPHQL_VALIDATION_FAILED',
      'directives',
    );
    // Each fragment spreads the next four times: 4^8 copies of one leaf, in a hundred tokens and without an alias.
    const levels = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'];
    const bomb = [
      'query { item(id: "1") { parts { ...A } } }',
      ...levels.map(
        (name, index) =>
          `fragment ${name} on Part { ${index + 1 < levels.length ? `...${levels[index + 1]} `.repeat(4) : 'name'} }`,
      ),
    ].join('\n');
    const { status, body } = await run(bomb);
    expect(status).toBe(400);
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'COST_ESTIMATED_TOO_EXPENSIVE', limit: 'cost' });
  });

  it('refuses a document with too many tokens while parsing it', async () => {
    const { status, body } = await run(`{ item(id: "1") { ${'id '.repeat(250)} } }`);
    expect(status).toBe(400);
    expect(body.errors?.[0]?.extensions?.['code']).toBe('GRAPHQL_PARSE_FAILED');
    expect(body.errors?.[0]?.message).toMatch(/200 tokens/);
  });
});
