import type { Client } from 'pg';
import { startSystem, type RunningSystem } from '../../../test-support/system';
import {
  answer,
  codeOf,
  confirmedChange,
  CONTACT,
  eventsOf,
  NEW_ADDRESS,
  openDatabase,
  registeredWithEid,
} from './contactClient';
import { IDENTITY_TEST_GATEWAY } from './identityClient';

const AN = 'P00000001';
const SOPHIE = 'P00000003';

const FEED = `query BrokerChanges($after: String, $first: Int) { brokerChanges(after: $after, first: $first) {
  changes { cursor occurredAt customer { id } change { __typename ... on ContactDetailsUpdate { changedFields email mobile postalAddress { street houseNumber box postalCode municipality country } } } }
  endCursor hasMore acknowledgedCursor } }`;
const ACKNOWLEDGE = `mutation Acknowledge($upTo: String!) { acknowledgeBrokerChanges(upTo: $upTo) { acknowledgedCursor } }`;

interface FeedPage {
  changes: Array<{ cursor: string; customer: { id: string }; change: Record<string, unknown> }>;
  endCursor: string | null;
  hasMore: boolean;
  acknowledgedCursor: string | null;
}

/** The broker offices' change feed (docs/requirements.md §4.4), through the gateway, against PostgreSQL. */
describe('the change feed to broker offices', () => {
  let system: RunningSystem;
  let db: Client;
  let anToken: string;

  beforeAll(async () => {
    system = await startSystem({ gateway: IDENTITY_TEST_GATEWAY });
    db = await openDatabase(system);
  });
  afterAll(async () => {
    await db.end();
    await system.stop();
  });

  const feedOf = async (office: string, variables: Record<string, unknown> = {}): Promise<FeedPage> =>
    (await answer(system, FEED, variables, await system.token('broker', office))) as unknown as FeedPage;

  it('gives a contact change to each office managing one of the customer’s contracts, with the new values only; a registration to none', async () => {
    anToken = await registeredWithEid(system, AN);
    const sophieToken = await registeredWithEid(system, SOPHIE);
    expect(await feedOf('B00001')).toEqual({ changes: [], endCursor: null, hasMore: false, acknowledgedCursor: null });
    expect((await feedOf('B00002')).changes).toEqual([]);

    await answer(
      system,
      CONTACT.change,
      { input: await confirmedChange(system, AN, { postalAddress: NEW_ADDRESS }, anToken) },
      anToken,
    );
    await answer(
      system,
      CONTACT.change,
      { input: await confirmedChange(system, SOPHIE, { email: 'sophie.dubois@nieuw.example' }, sophieToken) },
      sophieToken,
    );

    const anChange = {
      __typename: 'ContactDetailsUpdate',
      changedFields: ['POSTAL_ADDRESS'],
      email: null,
      mobile: null,
      postalAddress: {
        street: 'Kerkstraat',
        houseNumber: '7',
        box: 'B2',
        postalCode: '9000',
        municipality: 'Gent',
        country: 'BE',
      },
    };
    const first = await feedOf('B00001');
    expect(first.changes.map(({ customer, change }) => ({ customer: customer.id, change }))).toEqual([
      { customer: AN, change: anChange },
      {
        customer: SOPHIE,
        change: {
          __typename: 'ContactDetailsUpdate',
          changedFields: ['EMAIL'],
          email: 'sophie.dubois@nieuw.example',
          mobile: null,
          postalAddress: null,
        },
      },
    ]);
    expect(first.hasMore).toBe(false);
    // B00002 manages An's fire contract only: it learns of her change, not of Sophie's.
    const second = await feedOf('B00002');
    expect(second.changes.map(({ customer, change }) => ({ customer: customer.id, change }))).toEqual([
      { customer: AN, change: anChange },
    ]);
  });

  it('pages in order: the same cursor always gives the same events, and nothing after the last', async () => {
    const page1 = await feedOf('B00001', { first: 1 });
    expect(page1.changes.map((event) => event.customer.id)).toEqual([AN]);
    expect(page1.hasMore).toBe(true);
    const page2 = await feedOf('B00001', { first: 1, after: page1.endCursor });
    expect(page2.changes.map((event) => event.customer.id)).toEqual([SOPHIE]);
    expect(page2.hasMore).toBe(false);
    expect(await feedOf('B00001', { first: 1, after: page1.endCursor })).toEqual(page2);
    const after = await feedOf('B00001', { after: page2.endCursor });
    expect(after).toMatchObject({ changes: [], endCursor: page2.endCursor, hasMore: false });
  });

  it('delivers a contact change once every office has acknowledged it; acknowledgements only move forward', async () => {
    const anEvent = async () => (await eventsOf(db, AN)).at(-1)?.state;
    expect(await anEvent()).toBe('pending-broker');
    const b1 = await system.token('broker', 'B00001');
    const b2 = await system.token('broker', 'B00002');
    const [anAtB1, sophieAtB1] = (await feedOf('B00001')).changes;

    await answer(system, ACKNOWLEDGE, { upTo: anAtB1?.cursor }, b1);
    expect(await anEvent()).toBe('pending-broker');
    const [anAtB2] = (await feedOf('B00002')).changes;
    await answer(system, ACKNOWLEDGE, { upTo: anAtB2?.cursor }, b2);
    expect(await anEvent()).toBe('delivered');
    expect((await eventsOf(db, SOPHIE)).at(-1)?.state).toBe('pending-broker');

    await answer(system, ACKNOWLEDGE, { upTo: sophieAtB1?.cursor }, b1);
    expect((await eventsOf(db, SOPHIE)).at(-1)?.state).toBe('delivered');
    // An older cursor changes nothing.
    expect(await answer(system, ACKNOWLEDGE, { upTo: anAtB1?.cursor }, b1)).toEqual({
      acknowledgedCursor: sophieAtB1?.cursor,
    });
    expect((await feedOf('B00001')).acknowledgedCursor).toBe(sophieAtB1?.cursor);
  });

  it('refuses cursors that are not the feed’s and positions beyond it, changing nothing', async () => {
    const b2 = await system.token('broker', 'B00002');
    const { changes } = await feedOf('B00001');
    for (const variables of [{ after: 'not-a-cursor' }, { first: 0 }, { first: 101 }]) {
      expect(codeOf(await system.query(FEED, { token: b2, variables }))).toBe('BAD_USER_INPUT');
    }
    // B00001's second event lies beyond B00002's feed of one.
    const beyond = await system.query(ACKNOWLEDGE, { token: b2, variables: { upTo: changes[1]?.cursor } });
    expect(codeOf(beyond)).toBe('BAD_USER_INPUT');
    expect(codeOf(await system.query(FEED, { token: await system.token('support', 'S0001') }))).toBe('FORBIDDEN');
  });

  it('a polling client sees every event once, in order, across a restart of identity', async () => {
    const seen: Array<{ cursor: string; customer: string }> = [];
    const poll = async (after: string | null): Promise<string | null> => {
      const page = await feedOf('B00002', { first: 1, ...(after ? { after } : {}) });
      seen.push(...page.changes.map((event) => ({ cursor: event.cursor, customer: event.customer.id })));
      return page.endCursor;
    };
    const cursor = await poll(null);
    await system.restartIdentity();
    await answer(
      system,
      CONTACT.change,
      { input: await confirmedChange(system, AN, { postalAddress: { ...NEW_ADDRESS, houseNumber: '9' } }, anToken) },
      anToken,
    );
    const next = await poll(cursor);
    expect(await poll(next)).toBe(next);
    // B00002 manages An's fire contract only: her first change, then the one made after the restart.
    expect(seen.map((event) => event.customer)).toEqual([AN, AN]);
    expect(new Set(seen.map((event) => event.cursor)).size).toBe(2);
    expect(seen[1]?.cursor).toBe(next);
  });
});
