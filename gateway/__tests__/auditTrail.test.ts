import { randomUUID } from 'node:crypto';
import { partiesOf } from '../../platform/audit/contractParties';
import { AuditStore, type AuditRecord } from '../../platform/audit/AuditStore';
import { AUDIT_INGEST_PATH } from '../../platform/audit/delivery';
import { serviceCredentialHeaders } from '../../platform/auth/serviceCredential';
import { openDatabase } from '../../platform/database/config';
import type { Database } from '../../platform/database/Database';
import { createLogger } from '../../platform/logger';
import { startSystem, type GraphQLResult, type RunningSystem } from '../../test-support/system';

/**
 * The audit trail end to end: requests through the gateway, records read from the system's
 * PostgreSQL database where identity keeps them for every subgraph.
 */
const AN = 'P00000001';
const AN_INDEX = 0;

let system: RunningSystem;
let db: Database;
let store: AuditStore;

beforeAll(async () => {
  system = await startSystem();
  db = await openDatabase(
    { kind: 'postgres', url: system.databaseUrl, poolMax: 2 },
    'audit-test',
    createLogger({ component: 'audit-test', level: 'silent' }),
  );
  store = new AuditStore(db);
});
afterAll(async () => {
  await db.close();
  await system.stop();
});

const newRequestId = (): string => `audit-test-${randomUUID()}`;
/** The id the gateway gave a request (it answers with it in x-request-id): what the trail keys it by. */
const gatewayIdOf = (result: GraphQLResult): string => result.headers.get('x-request-id') ?? 'no x-request-id';
const codesOf = (body: GraphQLResult['body']): unknown[] =>
  (body.errors ?? []).map((error) => error.extensions?.['code']);
const summary = (records: readonly AuditRecord[]): string[] =>
  records.map((record) => `${record.service} ${record.action} ${record.resource} ${record.customerId ?? '-'}`).sort();

/** An's values the trail must never hold: her personal data, contract numbers and amounts. */
function anValues(): string[] {
  const { universe } = system;
  const person = universe.person(AN_INDEX);
  const life = universe.heldContractNumbers(AN_INDEX, 'life').flatMap((number) => {
    const contract = universe.lifeContract(number);
    return [number, ((contract?.reserveCents ?? 0) / 100).toFixed(2)];
  });
  const nonLife = universe.heldContractNumbers(AN_INDEX, 'nonlife').flatMap((number) => {
    const contract = universe.nonLifeContract(number);
    return [
      number,
      ((contract?.premiumCents ?? 0) / 100).toFixed(2),
      ...(contract?.vehicle ? [contract.vehicle.plate, contract.vehicle.vin] : []),
    ];
  });
  return [
    person.firstName,
    person.lastName,
    person.nationalRegisterNumber,
    person.birthDate,
    person.email,
    person.mobile,
    ...life,
    ...nonLife,
  ];
}

function expectNoPayload(records: readonly AuditRecord[]): void {
  const stored = records.flatMap((record) =>
    Object.values(record).filter((value): value is string => typeof value === 'string'),
  );
  expect(
    anValues().filter(
      (value) => stored.includes(value) || stored.some((text) => value.length >= 8 && text.includes(value)),
    ),
  ).toEqual([]);
}

/** The persons on An's contracts that an office manages, from the legacy data. */
function partiesAt(kind: 'life' | 'nonlife', brokerId: string): string[] {
  const { universe } = system;
  const contracts = universe
    .heldContractNumbers(AN_INDEX, kind)
    .map((number) => (kind === 'life' ? universe.lifeContract(number) : universe.nonLifeContract(number))?.parties);
  return partiesOf(
    contracts.filter((parties) => parties !== undefined && parties.intermediaryId === brokerId) as Array<{
      policyholderId: string;
      insuredIds: string[];
      intermediaryId: string;
    }>,
  );
}

describe('reads', () => {
  it("a broker's read writes a record per service and customer read, with the actor from the token and no payload", async () => {
    const requestId = newRequestId();
    const startedAt = Date.now();
    const result = await system.query(
      'query BrokerCustomerView($id: ID!) { customer(id: $id) { id firstName lastName lifeContracts { contractNumber reserve { amount } } nonLifeContracts { contractNumber premium { amount } } } }',
      { token: await system.token('broker', 'B00001'), variables: { id: AN }, headers: { 'x-request-id': requestId } },
    );
    const { body } = result;
    expect(body.errors).toBeUndefined();
    expect(body.data?.['customer']).toMatchObject({ id: AN, firstName: 'An' });

    const records = await store.ofRequest(gatewayIdOf(result));
    const expected = [
      `identity READ Customer ${AN}`,
      ...partiesAt('life', 'B00001').map((party) => `life READ LifeContract ${party}`),
      ...partiesAt('nonlife', 'B00001').map((party) => `nonlife READ NonLifeContract ${party}`),
    ].sort();
    expect(expected).toContain(`life READ LifeContract P00000002`);
    expect(summary(records)).toEqual(expected);
    for (const record of records) {
      expect(record).toMatchObject({
        actorId: 'broker-user-B00001',
        actorRole: 'broker',
        brokerId: 'B00001',
        operationName: 'BrokerCustomerView',
        requestId: gatewayIdOf(result),
        callerRequestId: requestId,
      });
      expect(record.at.getTime()).toBeGreaterThanOrEqual(startedAt - 5_000);
      expect(record.at.getTime()).toBeLessThanOrEqual(Date.now() + 5_000);
    }
    expectNoPayload(records);
  });

  it("a broker office's read of the same customer records only what that office saw", async () => {
    const result = await system.query(
      'query OtherOffice($id: ID!) { customer(id: $id) { id lifeContracts { contractNumber } nonLifeContracts { contractNumber } } }',
      { token: await system.token('broker', 'B00002'), variables: { id: AN } },
    );
    expect(result.body.errors).toBeUndefined();
    // B00002 manages An's fire contract only: no life contract was read, so none is recorded.
    expect(summary(await store.ofRequest(gatewayIdOf(result)))).toEqual(
      [
        `identity READ Customer ${AN}`,
        ...partiesAt('nonlife', 'B00002').map((party) => `nonlife READ NonLifeContract ${party}`),
      ].sort(),
    );
  });

  it("a support read is recorded with the staff member's id; a customer's read of their own data is not recorded", async () => {
    const support = await system.query('query SupportLookup($id: ID!) { customer(id: $id) { id firstName } }', {
      token: await system.token('support', 'S0042'),
      variables: { id: AN },
    });
    expect(support.body.errors).toBeUndefined();
    expect(await store.ofRequest(gatewayIdOf(support))).toEqual([
      expect.objectContaining({
        actorId: 'S0042',
        actorRole: 'support',
        brokerId: null,
        customerId: AN,
        action: 'READ',
        resource: 'Customer',
        service: 'identity',
        operationName: 'SupportLookup',
        callerRequestId: null,
      }),
    ]);

    const own = await system.query(
      'query Mine { me { id lifeContracts { contractNumber } nonLifeContracts { contractNumber } } }',
      { token: await system.token('customer', AN) },
    );
    expect(own.body.errors).toBeUndefined();
    expect(await store.ofRequest(gatewayIdOf(own))).toEqual([]);
  });
});

describe('mutations', () => {
  it('a mutation is recorded before it runs, without its input: anonymous with no customer, a customer against themselves', async () => {
    const email = system.universe.person(AN_INDEX).email;
    const signIn = await system.query(
      'mutation SignInAttempt($input: SignInInput!) { signIn(input: $input) { __typename } }',
      { variables: { input: { email, password: 'not her password at all' } } },
    );
    expect(signIn.body.errors).toBeUndefined();
    const anonymousRecords = await store.ofRequest(gatewayIdOf(signIn));
    expect(anonymousRecords).toEqual([
      expect.objectContaining({
        actorId: null,
        actorRole: 'anonymous',
        customerId: null,
        action: 'MUTATION',
        resource: 'Mutation.signIn',
        service: 'identity',
        operationName: 'SignInAttempt',
      }),
    ]);
    expectNoPayload(anonymousRecords);
    expect(JSON.stringify(anonymousRecords)).not.toContain('not her password');

    const signOut = await system.query(
      'mutation LeaveNow($input: SignOutInput!) { signOut(input: $input) { signedOut } }',
      {
        token: await system.token('customer', AN),
        variables: { input: { refreshToken: 'a-refresh-token-that-is-not-one' } },
      },
    );
    expect(signOut.body.errors).toBeUndefined();
    const customerRecords = await store.ofRequest(gatewayIdOf(signOut));
    expect(customerRecords).toEqual([
      expect.objectContaining({
        actorId: AN,
        actorRole: 'customer',
        customerId: AN,
        action: 'MUTATION',
        resource: 'Mutation.signOut',
        operationName: 'LeaveNow',
      }),
    ]);
    expect(JSON.stringify(customerRecords)).not.toContain('a-refresh-token-that-is-not-one');
  });
});

describe('auditRecords, for support staff', () => {
  const AUDIT_RECORDS =
    'query Trail($customerId: ID!, $first: Int!, $after: String) { auditRecords(customerId: $customerId, first: $first, after: $after) { id cursor at actorId actorRole brokerId customerId action resource operationName requestId service } }';
  type Listed = {
    cursor: string;
    requestId: string;
    resource: string;
    actorRole: string;
    actorId: string | null;
    customerId: string;
  };

  it('lists the trail newest first, page by page, its own reading first', async () => {
    const look = await system.query('query Look($id: ID!) { customer(id: $id) { id } }', {
      token: await system.token('broker', 'B00001'),
      variables: { id: AN },
    });
    expect(look.body.errors).toBeUndefined();
    const brokerRequest = gatewayIdOf(look);
    const token = await system.token('support', 'S0042');
    const first = await system.query(AUDIT_RECORDS, { token, variables: { customerId: AN, first: 2 } });
    expect(first.body.errors).toBeUndefined();
    const trailRequest = gatewayIdOf(first);
    const page = first.body.data?.['auditRecords'] as Listed[];
    expect(page.map((record) => [record.requestId, record.resource, record.actorRole])).toEqual([
      [trailRequest, 'AuditRecord', 'SUPPORT'],
      [brokerRequest, 'Customer', 'BROKER'],
    ]);
    expect(page.every((record) => record.customerId === AN)).toBe(true);

    const next = await system.query(AUDIT_RECORDS, {
      token,
      variables: { customerId: AN, first: 100, after: page[1]?.cursor },
    });
    const older = next.body.data?.['auditRecords'] as Listed[];
    expect(older.length).toBeGreaterThan(0);
    expect(older.map((record) => record.requestId)).not.toContain(brokerRequest);
    expect(older.map((record) => record.requestId)).not.toContain(trailRequest);
  });

  it.each([
    ['a page of 0', { first: 0 }, 'first'],
    ['a cursor that is not one', { first: 5, after: 'not-a-cursor' }, 'after'],
    ['a customer id that is not one', { first: 5, customerId: 'P0000 0001; --' }, 'customerId'],
  ])('refuses %s with BAD_USER_INPUT and records nothing', async (_name, variables, field) => {
    const result = await system.query(AUDIT_RECORDS, {
      token: await system.token('support', 'S0042'),
      variables: { customerId: AN, ...variables },
    });
    expect(codesOf(result.body)).toEqual(['BAD_USER_INPUT']);
    expect(result.body.errors?.[0]?.extensions?.['field']).toBe(field);
    expect(await store.ofRequest(gatewayIdOf(result))).toEqual([]);
  });

  it('refuses a page larger than 100 at the gateway, before any subgraph is asked', async () => {
    const { status, body } = await system.query(AUDIT_RECORDS, {
      token: await system.token('support', 'S0042'),
      variables: { customerId: AN, first: 101 },
    });
    expect(status).toBe(400);
    expect(codesOf(body)).toEqual(['BAD_USER_INPUT']);
  });
});

describe('fail closed', () => {
  it('when no record can be written, broker reads and mutations are refused with AUDIT_UNAVAILABLE, show nothing and change nothing; then work again', async () => {
    const broker = await system.token('broker', 'B00001');
    await db.query('ALTER TABLE audit.records RENAME TO records_unavailable');
    try {
      const read = await system.query(
        'query BrokerCustomerView($id: ID!) { customer(id: $id) { id firstName lifeContracts { contractNumber } } }',
        { token: broker, variables: { id: AN } },
      );
      expect(new Set(codesOf(read.body))).toEqual(new Set(['AUDIT_UNAVAILABLE']));
      expect(read.body.data?.['customer'] ?? null).toBeNull();
      expect(read.body.errors?.[0]?.message).toMatch(/audit trail/);

      // Straight to the life subgraph, as a router would call it: its delivery to identity is refused.
      const direct = await system.query(
        'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Customer { id lifeContracts { contractNumber reserve { amount } } } } }',
        {
          token: broker,
          variables: { r: [{ __typename: 'Customer', id: AN }] },
          url: system.subgraphUrls.life,
        },
      );
      expect(codesOf(direct.body)).toEqual(['AUDIT_UNAVAILABLE']);
      const answer = JSON.stringify(direct.body);
      for (const number of system.universe.heldContractNumbers(AN_INDEX, 'life')) expect(answer).not.toContain(number);

      system.resetCounters();
      const person = system.universe.person(AN_INDEX);
      const mutation = await system.query(
        'mutation Ask($input: RequestActivationCodeInput!) { requestActivationCode(input: $input) { __typename } }',
        {
          variables: {
            input: {
              contractNumber: system.universe.heldContractNumbers(AN_INDEX, 'nonlife')[0],
              nationalRegisterNumber: person.nationalRegisterNumber,
            },
          },
        },
      );
      expect(codesOf(mutation.body)).toEqual(['AUDIT_UNAVAILABLE']);
      expect(system.backends.customerMaster.counters.snapshot().total).toBe(0);
    } finally {
      await db.query('ALTER TABLE audit.records_unavailable RENAME TO records');
    }
    const again = await system.query(
      'query BrokerCustomerView($id: ID!) { customer(id: $id) { id lifeContracts { contractNumber } } }',
      { token: broker, variables: { id: AN } },
    );
    expect(again.body.errors).toBeUndefined();
  });
});

describe('the internal delivery route', () => {
  const url = (): string => `${system.stacks[0]?.subgraphOrigins.identity ?? ''}${AUDIT_INGEST_PATH}`;
  const entry = () => ({ id: randomUUID(), action: 'READ', resource: 'LifeContract', customerId: AN });
  /** A delivery as a subgraph sends it (with the services' credential unless `asService` is false). */
  async function deliver(
    body: unknown,
    token?: string,
    { requestId = newRequestId(), asService = true }: { requestId?: string; asService?: boolean } = {},
  ): Promise<{ status: number; requestId: string; code: unknown }> {
    const response = await fetch(url(), {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-request-id': requestId,
        ...(asService ? serviceCredentialHeaders(system.serviceSecret) : {}),
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify(body),
    });
    const answer = response.status === 204 ? {} : ((await response.json()) as { error?: { code?: unknown } });
    return { status: response.status, requestId, code: answer.error?.code };
  }

  it('takes the actor from the token sent with it, and stores a retried delivery once', async () => {
    const body = {
      service: 'life',
      operationName: 'Delivered',
      callerRequestId: 'their-own-id-1',
      entries: [entry(), entry()],
    };
    const first = await deliver(body, await system.token('broker', 'B00002'));
    expect(first.status).toBe(204);
    expect((await deliver(body, await system.token('broker', 'B00002'), { requestId: first.requestId })).status).toBe(
      204,
    );
    const records = await store.ofRequest(first.requestId);
    expect(records).toHaveLength(2);
    for (const record of records)
      expect(record).toMatchObject({
        actorId: 'broker-user-B00002',
        actorRole: 'broker',
        brokerId: 'B00002',
        service: 'life',
        operationName: 'Delivered',
        callerRequestId: 'their-own-id-1',
      });
  });

  it("refuses a delivery without the services' credential, whatever token it carries, and stores nothing", async () => {
    // A customer writing a broker's read into An's trail, as the outside test did.
    const body = { service: 'life', operationName: null, callerRequestId: null, entries: [entry()] };
    for (const token of [
      await system.token('customer', 'P00000003'),
      await system.token('broker', 'B00001'),
      await system.token('support', 'S0042'),
    ]) {
      const answer = await deliver(body, token, { asService: false });
      expect([answer.status, answer.code]).toEqual([403, 'FORBIDDEN']);
      expect(await store.ofRequest(answer.requestId)).toEqual([]);
    }
    const wrongCredential = await fetch(url(), {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-service-credential': 'bm90LXRoZS1zZXJ2aWNlcy1jcmVkZW50aWFsLWF0LWFsbA',
        authorization: `Bearer ${await system.token('customer', 'P00000003')}`,
      },
      body: JSON.stringify(body),
    });
    expect(wrongCredential.status).toBe(403);
    expect(await store.page(AN, 100)).not.toContainEqual(expect.objectContaining({ id: body.entries[0]?.id }));
  });

  it.each([
    [
      'without a token',
      () => Promise.resolve(undefined),
      { service: 'life', operationName: null, callerRequestId: null, entries: [entry()] },
      401,
    ],
    [
      'with a token not signed by identity',
      async () => `${(await system.token('broker', 'B00001')).slice(0, -6)}AAAAAA`,
      { service: 'life', operationName: null, callerRequestId: null, entries: [entry()] },
      401,
    ],
    [
      'naming an actor in the body',
      () => system.token('customer', 'P00000003'),
      {
        service: 'life',
        operationName: null,
        callerRequestId: null,
        actorId: 'broker-user-B00001',
        entries: [entry()],
      },
      400,
    ],
    [
      'with an entry of another shape',
      () => system.token('broker', 'B00001'),
      {
        service: 'life',
        operationName: null,
        callerRequestId: null,
        entries: [{ ...entry(), contractNumber: 'L000000010' }],
      },
      400,
    ],
    [
      'with no entries',
      () => system.token('broker', 'B00001'),
      { service: 'life', operationName: null, callerRequestId: null, entries: [] },
      400,
    ],
  ])('refuses a delivery %s and stores nothing', async (_name, token, body, status) => {
    const answer = await deliver(body, await token());
    expect(answer.status).toBe(status);
    expect(await store.ofRequest(answer.requestId)).toEqual([]);
  });
});

describe.each([{ production: false }, { production: true }])(
  "the gateway's own request ids (production: $production)",
  ({ production }) => {
    let target: RunningSystem;
    let trail: { db: Database; store: AuditStore };

    beforeAll(async () => {
      target = await startSystem({ gateway: { production } });
      const trailDb = await openDatabase(
        { kind: 'postgres', url: target.databaseUrl, poolMax: 2 },
        'audit-test',
        createLogger({ component: 'audit-test', level: 'silent' }),
      );
      trail = { db: trailDb, store: new AuditStore(trailDb) };
    });
    afterAll(async () => {
      await trail.db.close();
      await target.stop();
    });

    it("keys each request by the gateway's own id, keeping the x-request-id a caller sent beside it as theirs", async () => {
      // Two brokers' requests with the same x-request-id, as the outside test sent them.
      const ask = async (broker: string) =>
        target.query('query SameCallerId($id: ID!) { customer(id: $id) { id } }', {
          token: await target.token('broker', broker),
          variables: { id: AN },
          headers: { 'x-request-id': 'shared-request-id-0001' },
        });
      const first = await ask('B00001');
      const second = await ask('B00002');
      expect(first.body.errors).toBeUndefined();
      expect(second.body.errors).toBeUndefined();
      const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
      expect(gatewayIdOf(first)).toMatch(uuid);
      expect(gatewayIdOf(second)).toMatch(uuid);
      expect(gatewayIdOf(first)).not.toBe(gatewayIdOf(second));

      expect(await trail.store.ofRequest('shared-request-id-0001')).toEqual([]);
      expect(await trail.store.ofRequest(gatewayIdOf(first))).toEqual([
        expect.objectContaining({
          actorId: 'broker-user-B00001',
          customerId: AN,
          resource: 'Customer',
          requestId: gatewayIdOf(first),
          callerRequestId: 'shared-request-id-0001',
        }),
      ]);
      expect(await trail.store.ofRequest(gatewayIdOf(second))).toEqual([
        expect.objectContaining({
          actorId: 'broker-user-B00002',
          customerId: AN,
          resource: 'Customer',
          requestId: gatewayIdOf(second),
          callerRequestId: 'shared-request-id-0001',
        }),
      ]);

      // Support staff see both ids, each for what it is.
      const listed = await target.query(
        'query TrailIds($customerId: ID!) { auditRecords(customerId: $customerId, first: 3) { actorId requestId callerRequestId } }',
        { token: await target.token('support', 'S0042'), variables: { customerId: AN } },
      );
      expect(listed.body.errors).toBeUndefined();
      expect(listed.body.data?.['auditRecords']).toEqual([
        { actorId: 'S0042', requestId: gatewayIdOf(listed), callerRequestId: null },
        { actorId: 'broker-user-B00002', requestId: gatewayIdOf(second), callerRequestId: 'shared-request-id-0001' },
        { actorId: 'broker-user-B00001', requestId: gatewayIdOf(first), callerRequestId: 'shared-request-id-0001' },
      ]);
    });
  },
);
