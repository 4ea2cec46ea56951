import { decodeJwt } from 'jose';
import type { Client } from 'pg';
import { startSystem, type RunningSystem } from '../../../test-support/system';
import { commandResult, runAdminCommand } from './commands';
import { codeOf, openDatabase } from './contactClient';
import { IDENTITY_TEST_GATEWAY } from './identityClient';

const AN = 'P00000001';

interface Issued {
  clientId: string;
  clientSecret: string;
  brokerId: string;
}

interface Page {
  totalCount: number;
  edges: Array<{ cursor: string; node: { id: string; firstName: string; lastName: string } }>;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

const PORTFOLIO = `query Portfolio($first: Int, $after: String, $search: String) {
  myBrokerOffice { id portfolio(first: $first, after: $after, search: $search) { totalCount edges { cursor node { id firstName lastName } } pageInfo { hasNextPage endCursor } } } }`;

/** Brokers' systems (client credentials at the public token endpoint) and broker offices' portfolios, through the gateway. */
describe("broker offices, their portfolios and their systems' credentials", () => {
  let system: RunningSystem;
  let db: Client;
  let origin: string;

  beforeAll(async () => {
    system = await startSystem({ gateway: IDENTITY_TEST_GATEWAY });
    db = await openDatabase(system);
    origin = new URL(system.gatewayUrl).origin;
  });
  afterAll(async () => {
    await db.end();
    await system.stop();
  });

  const basic = (id: string, secret: string): string =>
    `Basic ${Buffer.from(`${encodeURIComponent(id)}:${encodeURIComponent(secret)}`).toString('base64')}`;
  const tokenRequest = (form: Record<string, string>, authorization?: string): Promise<Response> =>
    fetch(`${origin}/oauth/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', ...(authorization ? { authorization } : {}) },
      body: new URLSearchParams(form).toString(),
    });

  async function page(token: string, variables: Record<string, unknown>): Promise<Page> {
    const { body } = await system.query(PORTFOLIO, { token, variables });
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return (body.data?.['myBrokerOffice'] as { portfolio: Page }).portfolio;
  }

  it('issues credentials with the command; a broker system gets a token at /oauth/token, by HTTP Basic or form fields, bound to its office', async () => {
    const issued = await commandResult<Issued>(system, 'brokerClients', ['issue', 'B00001']);
    expect(issued).toMatchObject({
      brokerId: 'B00001',
      clientId: expect.stringMatching(/^bc_/),
      clientSecret: expect.stringMatching(/^bcs_[\w-]{43}$/),
    });
    const stored = await db.query('SELECT * FROM identity.broker_clients WHERE client_id = $1', [issued.clientId]);
    expect(JSON.stringify(stored.rows)).not.toContain(issued.clientSecret);
    expect(JSON.stringify(stored.rows)).not.toContain(issued.clientSecret.slice(4));

    const response = await tokenRequest(
      { grant_type: 'client_credentials' },
      basic(issued.clientId, issued.clientSecret),
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const body = (await response.json()) as Record<string, unknown>;
    expect(body).toEqual({ access_token: expect.stringMatching(/^eyJ/), token_type: 'Bearer', expires_in: 300 });
    expect(decodeJwt(String(body['access_token']))).toMatchObject({
      role: 'broker',
      broker: 'B00001',
      sub: `client:${issued.clientId}`,
    });
    const office = await system.query('{ myBrokerOffice { id name } }', { token: String(body['access_token']) });
    expect(office.body.data?.['myBrokerOffice']).toEqual({
      id: 'B00001',
      name: 'Verzekeringskantoor Peeters & Partners',
    });

    const inForm = await tokenRequest({
      grant_type: 'client_credentials',
      client_id: issued.clientId,
      client_secret: issued.clientSecret,
    });
    expect(inForm.status).toBe(200);

    const listed = await commandResult<Array<Record<string, unknown>>>(system, 'brokerClients', ['list', 'B00001']);
    expect(listed).toEqual([
      expect.objectContaining({
        clientId: issued.clientId,
        brokerId: 'B00001',
        revokedAt: null,
        lastUsedAt: expect.any(String),
      }),
    ]);
    expect(JSON.stringify(listed)).not.toContain(issued.clientSecret);
  });

  it('refuses wrong, unknown, missing and doubled client credentials, and an office the customer master does not know', async () => {
    // The two commands are processes of their own: run them at once.
    const [issued, unknownOffice] = await Promise.all([
      commandResult<Issued>(system, 'brokerClients', ['issue', 'B00002']),
      runAdminCommand(system, 'brokerClients', ['issue', 'B99999']),
    ]);
    const wrong = await tokenRequest(
      { grant_type: 'client_credentials' },
      basic(issued.clientId, `bcs_${'A'.repeat(43)}`),
    );
    expect(wrong.status).toBe(401);
    expect(wrong.headers.get('www-authenticate')).toMatch(/^Basic/);
    expect(await wrong.json()).toMatchObject({ error: 'invalid_client' });
    expect(
      (await tokenRequest({ grant_type: 'client_credentials' }, basic('bc_unknownunknownunknown', issued.clientSecret)))
        .status,
    ).toBe(401);
    expect((await tokenRequest({ grant_type: 'client_credentials' })).status).toBe(401);
    const doubled = await tokenRequest(
      { grant_type: 'client_credentials', client_id: issued.clientId, client_secret: issued.clientSecret },
      basic(issued.clientId, issued.clientSecret),
    );
    expect(doubled.status).toBe(400);
    expect(await doubled.json()).toMatchObject({ error: 'invalid_request' });

    expect(unknownOffice.code).toBe(1);
    expect(unknownOffice.stderr).toMatch(/404.*no broker office B99999/);
    expect(
      (await db.query("SELECT count(*)::int AS n FROM identity.broker_clients WHERE broker_id = 'B99999'")).rows[0].n,
    ).toBe(0);
  });

  it('refuses a revoked client, one by id or all of an office', async () => {
    const [first, second] = await Promise.all([
      commandResult<Issued>(system, 'brokerClients', ['issue', 'B00002']),
      commandResult<Issued>(system, 'brokerClients', ['issue', 'B00002']),
    ]);
    const ok = (issued: Issued) =>
      tokenRequest({ grant_type: 'client_credentials' }, basic(issued.clientId, issued.clientSecret)).then(
        (response) => response.status,
      );
    expect([await ok(first), await ok(second)]).toEqual([200, 200]);

    expect(await commandResult(system, 'brokerClients', ['revoke', first.clientId])).toEqual({
      revoked: [first.clientId],
    });
    const refused = await tokenRequest({ grant_type: 'client_credentials' }, basic(first.clientId, first.clientSecret));
    expect(refused.status).toBe(401);
    expect(await refused.json()).toMatchObject({ error: 'invalid_client' });
    expect(await ok(second)).toBe(200);

    const all = await commandResult<{ revoked: string[] }>(system, 'brokerClients', ['revoke', 'B00002']);
    expect(all.revoked).toContain(second.clientId);
    expect(await ok(second)).toBe(401);
  });

  it('pages through the whole portfolio with opaque cursors: every customer once, sorted by name, as many as totalCount', async () => {
    const token = await system.token('broker', 'B00001');
    const expected = system.universe.portfolioOf(0).map((index) => system.universe.personId(index));
    const seen: Page['edges'] = [];
    let after: string | null = null;
    let total = 0;
    for (let pages = 0; pages < 20; pages++) {
      const current: Page = await page(token, { first: 50, after });
      expect(current.edges.length).toBeLessThanOrEqual(50);
      total = current.totalCount;
      seen.push(...current.edges);
      if (!current.pageInfo.hasNextPage) break;
      after = current.pageInfo.endCursor;
      expect(after).toBe(current.edges.at(-1)?.cursor);
    }
    expect(total).toBe(expected.length);
    expect(seen.map((edge) => edge.node.id).sort()).toEqual([...expected].sort());
    const names = seen.map((edge) =>
      `${edge.node.lastName} ${edge.node.firstName}`
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .toLowerCase(),
    );
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
    expect(seen.map((edge) => edge.cursor).every((cursor) => /^[\w-]+$/.test(cursor))).toBe(true);
  });

  it('refuses a page larger than 50, a forged cursor and a cursor of another search, as BAD_USER_INPUT', async () => {
    const token = await system.token('broker', 'B00001');
    const refused = async (variables: Record<string, unknown>) => {
      const { body } = await system.query(PORTFOLIO, { token, variables });
      return [body.errors?.[0]?.extensions?.['code'], body.errors?.[0]?.extensions?.['field']];
    };
    expect(await refused({ first: 51 })).toEqual(['BAD_USER_INPUT', 'first']);
    expect(await refused({ first: 0 })).toEqual(['BAD_USER_INPUT', 'first']);
    expect(await refused({ first: 10, after: 'not-a-cursor' })).toEqual(['BAD_USER_INPUT', 'after']);
    expect(
      await refused({ first: 10, after: Buffer.from(JSON.stringify({ v: 1, p: -5, s: 'x' })).toString('base64url') }),
    ).toEqual(['BAD_USER_INPUT', 'after']);
    const peeters = await page(token, { first: 1, search: 'Peeters' });
    expect(await refused({ first: 10, after: peeters.pageInfo.endCursor })).toEqual(['BAD_USER_INPUT', 'after']);
    expect(await refused({ first: 10, search: 'x'.repeat(101) })).toEqual(['BAD_USER_INPUT', 'search']);
    const larger = await system.query(PORTFOLIO, { token, variables: { first: 1000 } });
    expect([larger.status, codeOf(larger)]).toEqual([400, 'BAD_USER_INPUT']);
  });

  it("estimates a page's cost at the page asked for: fifty customers with their contracts fit the brokers' limit, a hundred do not", async () => {
    const token = await system.token('broker', 'B00001');
    const withContracts = `query ($first: Int) { myBrokerOffice { portfolio(first: $first) { edges { node { id lifeContracts { contractNumber product { label } reserve { amount } } nonLifeContracts { contractNumber product { label } premium { amount } } } } } } }`;
    const fifty = await system.query(withContracts, { token, variables: { first: 50 } });
    expect(fifty.body.errors).toBeUndefined();
    expect((fifty.body.data?.['myBrokerOffice'] as { portfolio: { edges: unknown[] } }).portfolio.edges).toHaveLength(
      50,
    );
    // The cost model sizes `edges` by `first`: a hundred costs twice as much, over the brokers' 3,000.
    const hundred = await system.query(withContracts, { token, variables: { first: 100 } });
    expect(hundred.status).toBe(400);
    expect(codeOf(hundred)).toBe('COST_ESTIMATED_TOO_EXPENSIVE');
  });

  it('finds customers by name and by contract number; An is in both portfolios, and each office sees only its own contracts of hers', async () => {
    const b1 = await system.token('broker', 'B00001');
    const b2 = await system.token('broker', 'B00002');
    const byName = await page(b1, { first: 50, search: 'peeters' });
    expect(byName.edges.map((edge) => edge.node.id)).toEqual(expect.arrayContaining([AN, 'P00000002']));
    expect(byName.totalCount).toBe(byName.edges.length);
    for (const edge of byName.edges)
      expect(`${edge.node.firstName} ${edge.node.lastName}`.toLowerCase()).toContain('peeters');
    expect((await page(b2, { first: 50, search: 'Peeters' })).edges.map((edge) => edge.node.id)).toContain(AN);

    const held = system.universe.heldContractNumbers(0, 'nonlife');
    const fire = held.find((number) => system.universe.nonLifeContract(number)?.product === 'WONING') ?? '';
    const motor = held.find((number) => system.universe.nonLifeContract(number)?.product === 'AUTO') ?? '';
    expect(await page(b2, { first: 10, search: fire.toLowerCase() })).toMatchObject({
      totalCount: 1,
      edges: [{ node: { id: AN } }],
    });
    expect(await page(b1, { first: 10, search: fire })).toMatchObject({ totalCount: 0, edges: [] });
    expect(await page(b1, { first: 10, search: motor })).toMatchObject({
      totalCount: 1,
      edges: [{ node: { id: AN } }],
    });

    const contracts = `query ($search: String) { myBrokerOffice { portfolio(first: 5, search: $search) { edges { node { id brokers { id } lifeContracts { contractNumber } nonLifeContracts { contractNumber } } } } } }`;
    type Node = {
      id: string;
      brokers: Array<{ id: string }>;
      lifeContracts: Array<{ contractNumber: string }>;
      nonLifeContracts: Array<{ contractNumber: string }>;
    };
    const anOf = async (token: string): Promise<Node | undefined> => {
      const { body } = await system.query(contracts, { token, variables: { search: 'An Peeters' } });
      expect(body.errors).toBeUndefined();
      return (body.data?.['myBrokerOffice'] as { portfolio: { edges: Array<{ node: Node }> } }).portfolio.edges
        .map((edge) => edge.node)
        .find((node) => node.id === AN);
    };
    const second = await anOf(b2);
    expect(second).toEqual({
      id: AN,
      brokers: [{ id: 'B00002' }],
      lifeContracts: [],
      nonLifeContracts: [{ contractNumber: fire }],
    });
    const first = await anOf(b1);
    expect(first?.brokers).toEqual([{ id: 'B00001' }]);
    expect(first?.nonLifeContracts.map((contract) => contract.contractNumber)).toContain(motor);
    expect(first?.nonLifeContracts.map((contract) => contract.contractNumber)).not.toContain(fire);
    expect(first?.lifeContracts.length).toBeGreaterThan(0);

    // The office's reads of An are in her audit trail.
    const trail = await system.query(
      'query ($id: ID!) { auditRecords(customerId: $id, first: 100) { actorRole brokerId action resource } }',
      { token: await system.token('support', 'S0001'), variables: { id: AN } },
    );
    expect(trail.body.data?.['auditRecords']).toEqual(
      expect.arrayContaining([{ actorRole: 'BROKER', brokerId: 'B00002', action: 'READ', resource: 'Customer' }]),
    );
  });

  it('shows the portfolio to the office itself only', async () => {
    const others = 'query { me { brokers { id portfolio(first: 5) { totalCount } } } }';
    const customer = await system.query(others, { token: await system.token('customer', AN) });
    expect(customer.body.errors?.map((error) => error.extensions?.['code'])).toEqual(['FORBIDDEN', 'FORBIDDEN']);
    expect(JSON.stringify(customer.body.data)).not.toContain('totalCount":');
    expect(
      codeOf(await system.query('{ myBrokerOffice { id } }', { token: await system.token('support', 'S0001') })),
    ).toBe('FORBIDDEN');
    expect(codeOf(await system.query('{ myBrokerOffice { id } }'))).toBe('UNAUTHENTICATED');
  });
});
