import { randomUUID } from 'node:crypto';
import { partiesOf } from '../../platform/audit/contractParties';
import { AuditStore, type AuditRecord } from '../../platform/audit/AuditStore';
import { AUDIT_INGEST_PATH } from '../../platform/audit/delivery';
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
    const { body } = await system.query(
      'query BrokerCustomerView($id: ID!) { customer(id: $id) { id firstName lastName lifeContracts { contractNumber reserve { amount } } nonLifeContracts { contractNumber premium { amount } } } }',
      { token: await system.token('broker', 'B00001'), variables: { id: AN }, headers: { 'x-request-id': requestId } },
    );
    expect(body.errors).toBeUndefined();
    expect(body.data?.['customer']).toMatchObject({ id: AN, firstName: 'An' });

    const records = await store.ofRequest(requestId);
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
        requestId,
      });
      expect(record.at.getTime()).toBeGreaterThanOrEqual(startedAt - 5_000);
      expect(record.at.getTime()).toBeLessThanOrEqual(Date.now() + 5_000);
    }
    expectNoPayload(records);
  });

  it("a broker office's read of the same customer records only what that office saw", async () => {
    const requestId = newRequestId();
    const { body } = await system.query(
      'query OtherOffice($id: ID!) { customer(id: $id) { id lifeContracts { contractNumber } nonLifeContracts { contractNumber } } }',
      {
        token: await system.token('broker', 'B00002'),
        variables: { id: AN },
        headers: { 'x-request-id': requestId },
      },
    );
    expect(body.errors).toBeUndefined();
    // B00002 manages An's fire contract only: no life contract was read, so none is recorded.
    expect(summary(await store.ofRequest(requestId))).toEqual(
      [
        `identity READ Customer ${AN}`,
        ...partiesAt('nonlife', 'B00002').map((party) => `nonlife READ NonLifeContract ${party}`),
      ].sort(),
    );
  });

  it("a support read is recorded with the staff member's id; a customer's read of their own data is not recorded", async () => {
    const supportRequest = newRequestId();
    const support = await system.query('query SupportLookup($id: ID!) { customer(id: $id) { id firstName } }', {
      token: await system.token('support', 'S0042'),
      variables: { id: AN },
      headers: { 'x-request-id': supportRequest },
    });
    expect(support.body.errors).toBeUndefined();
    expect(await store.ofRequest(supportRequest)).toEqual([
      expect.objectContaining({
        actorId: 'S0042',
        actorRole: 'support',
        brokerId: null,
        customerId: AN,
        action: 'READ',
        resource: 'Customer',
        service: 'identity',
        operationName: 'SupportLookup',
      }),
    ]);

    const ownRequest = newRequestId();
    const own = await system.query(
      'query Mine { me { id lifeContracts { contractNumber } nonLifeContracts { contractNumber } } }',
      { token: await system.token('customer', AN), headers: { 'x-request-id': ownRequest } },
    );
    expect(own.body.errors).toBeUndefined();
    expect(await store.ofRequest(ownRequest)).toEqual([]);
  });
});

describe('mutations', () => {
  it('a mutation is recorded before it runs, without its input: anonymous with no customer, a customer against themselves', async () => {
    const email = system.universe.person(AN_INDEX).email;
    const anonymousRequest = newRequestId();
    const signIn = await system.query(
      'mutation SignInAttempt($input: SignInInput!) { signIn(input: $input) { __typename } }',
      {
        variables: { input: { email, password: 'not her password at all' } },
        headers: { 'x-request-id': anonymousRequest },
      },
    );
    expect(signIn.body.errors).toBeUndefined();
    const anonymousRecords = await store.ofRequest(anonymousRequest);
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

    const customerRequest = newRequestId();
    const signOut = await system.query(
      'mutation LeaveNow($input: SignOutInput!) { signOut(input: $input) { signedOut } }',
      {
        token: await system.token('customer', AN),
        variables: { input: { refreshToken: 'a-refresh-token-that-is-not-one' } },
        headers: { 'x-request-id': customerRequest },
      },
    );
    expect(signOut.body.errors).toBeUndefined();
    const customerRecords = await store.ofRequest(customerRequest);
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
    const brokerRequest = newRequestId();
    const look = await system.query('query Look($id: ID!) { customer(id: $id) { id } }', {
      token: await system.token('broker', 'B00001'),
      variables: { id: AN },
      headers: { 'x-request-id': brokerRequest },
    });
    expect(look.body.errors).toBeUndefined();
    const token = await system.token('support', 'S0042');
    const trailRequest = newRequestId();
    const first = await system.query(AUDIT_RECORDS, {
      token,
      variables: { customerId: AN, first: 2 },
      headers: { 'x-request-id': trailRequest },
    });
    expect(first.body.errors).toBeUndefined();
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
    const requestId = newRequestId();
    const { body } = await system.query(AUDIT_RECORDS, {
      token: await system.token('support', 'S0042'),
      variables: { customerId: AN, ...variables },
      headers: { 'x-request-id': requestId },
    });
    expect(codesOf(body)).toEqual(['BAD_USER_INPUT']);
    expect(body.errors?.[0]?.extensions?.['field']).toBe(field);
    expect(await store.ofRequest(requestId)).toEqual([]);
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
  async function deliver(
    body: unknown,
    token?: string,
    requestId = newRequestId(),
  ): Promise<{ status: number; requestId: string }> {
    const response = await fetch(url(), {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-request-id': requestId,
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify(body),
    });
    await response.arrayBuffer();
    return { status: response.status, requestId };
  }

  it('takes the actor from the token sent with it, and stores a retried delivery once', async () => {
    const body = { service: 'life', operationName: 'Delivered', entries: [entry(), entry()] };
    const first = await deliver(body, await system.token('broker', 'B00002'));
    expect(first.status).toBe(204);
    expect((await deliver(body, await system.token('broker', 'B00002'), first.requestId)).status).toBe(204);
    const records = await store.ofRequest(first.requestId);
    expect(records).toHaveLength(2);
    for (const record of records)
      expect(record).toMatchObject({
        actorId: 'broker-user-B00002',
        actorRole: 'broker',
        brokerId: 'B00002',
        service: 'life',
        operationName: 'Delivered',
      });
  });

  it.each([
    [
      'without a token',
      () => Promise.resolve(undefined),
      { service: 'life', operationName: null, entries: [entry()] },
      401,
    ],
    [
      'with a token not signed by identity',
      async () => `${(await system.token('broker', 'B00001')).slice(0, -6)}AAAAAA`,
      { service: 'life', operationName: null, entries: [entry()] },
      401,
    ],
    [
      'naming an actor in the body',
      () => system.token('customer', 'P00000003'),
      { service: 'life', operationName: null, actorId: 'broker-user-B00001', entries: [entry()] },
      400,
    ],
    [
      'with an entry of another shape',
      () => system.token('broker', 'B00001'),
      { service: 'life', operationName: null, entries: [{ ...entry(), contractNumber: 'L000000010' }] },
      400,
    ],
    [
      'with no entries',
      () => system.token('broker', 'B00001'),
      { service: 'life', operationName: null, entries: [] },
      400,
    ],
  ])('refuses a delivery %s and stores nothing', async (_name, token, body, status) => {
    const answer = await deliver(body, await token());
    expect(answer.status).toBe(status);
    expect(await store.ofRequest(answer.requestId)).toEqual([]);
  });
});
