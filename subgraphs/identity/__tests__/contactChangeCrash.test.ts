import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { createInterface } from 'node:readline';
import type { Client } from 'pg';
import { projectRoot } from '../../../platform/paths';
import { postGraphQL } from '../../../test-support/callers';
import { startSystem, TOKEN_AUDIENCE, type RunningSystem } from '../../../test-support/system';
import {
  appliedChanges,
  CONTACT,
  eventsOf,
  eventually,
  NEW_ADDRESS,
  openDatabase,
  registeredWithEid,
} from './contactClient';
import { IDENTITY_TEST_GATEWAY, latestSmsCode, person } from './identityClient';

jest.setTimeout(120_000);

const MARC = 'P00000004';

/**
 * A crash between the customer master's call and the event's update. An identity process of its
 * own (as `npm start` runs it) records Marc's change and calls the master; the test holds the
 * event's row so the process, once the master has applied the change, waits on it; then the
 * process is killed (SIGKILL) and its waiting statement with it. The system's identity subgraph,
 * restarted, finds the event still `applying` and sends it again: the master, keyed by the
 * event's id, applies it once.
 */
describe('a contact change interrupted by a crash', () => {
  let system: RunningSystem;
  let db: Client;
  let child: ChildProcess | undefined;

  beforeAll(async () => {
    // The running subgraph looks for abandoned changes only at start here, so what happens after the restart is the start's doing.
    system = await startSystem({
      identitySettings: { contactChangeRedriveSeconds: 3600 },
      gateway: IDENTITY_TEST_GATEWAY,
    });
    db = await openDatabase(system);
  });
  afterAll(async () => {
    if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    await db.end();
    await system.stop();
  });

  function launchIdentity(): Promise<{ url: string; exited: Promise<void> }> {
    const { DATABASE_URL: _database, REDIS_URL: _redis, ...inherited } = process.env;
    const identityOrigin = system.stacks[0]?.subgraphOrigins.identity ?? '';
    child = spawn(process.execPath, ['--import', 'tsx', path.join(projectRoot, 'subgraphs/identity/index.ts')], {
      cwd: projectRoot,
      env: {
        ...inherited,
        NODE_ENV: 'development',
        LOG_LEVEL: 'info',
        PORT: '0',
        // A free operator port too: its default (4901) would be shared with identity processes other test files start at the same time.
        OPERATOR_PORT: '0',
        DATABASE_URL: system.databaseUrl,
        CUSTOMER_MASTER_URL: system.backends.customerMaster.url,
        JWKS_URL: `${identityOrigin}/.well-known/jwks.json`,
        JWT_ISSUER: TOKEN_AUDIENCE.issuer,
        JWT_AUDIENCE: TOKEN_AUDIENCE.audience,
        JWT_PRIVATE_JWK: system.signingJwk,
        IDENTITY_HASH_KEY: randomBytes(32).toString('base64'),
        BACKEND_RETRIES: '0',
        BACKEND_TIMEOUT_MS: '10000',
        // Its events may be taken over one second after it took them.
        CONTACT_CHANGE_LEASE_SECONDS: '1',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const running = child;
    const exited = new Promise<void>((resolve) => running.once('exit', () => resolve()));
    return new Promise((resolve, reject) => {
      createInterface({ input: running.stdout as NodeJS.ReadableStream }).on('line', (line) => {
        const match = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(line);
        if (match?.[1]) resolve({ url: match[1], exited });
      });
      void exited.then(() => reject(new Error('identity exited before listening')));
    });
  }

  it('re-drives the event at start and the master applies the change once', async () => {
    const identity = await launchIdentity();
    await registeredWithEid(system, MARC);
    const token = await system.token('customer', MARC);
    // The code from the process of its own: its challenges are hashed with its own key.
    const sent = await postGraphQL(`${identity.url}/graphql`, CONTACT.requestCode, {
      token,
      variables: { input: { postalAddress: NEW_ADDRESS } },
    });
    const challengeId = (sent.body.data?.['requestContactChangeCode'] as { challengeId?: string }).challengeId;
    const confirmation = { challengeId, code: await latestSmsCode(system, person(system, MARC).mobile) };
    system.backends.customerMaster.setBehaviour({ latencyMs: 1_000, jitterMs: 0 });
    const request = fetch(`${identity.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({
        query: CONTACT.change,
        variables: { input: { details: { postalAddress: NEW_ADDRESS }, confirmation } },
      }),
    }).catch((error: unknown) => error);

    // The change is recorded before the master is called; hold its row.
    const [event] = await eventually(async () => {
      const events = await eventsOf(db, MARC);
      expect(events).toEqual([expect.objectContaining({ state: 'applying' })]);
      return events;
    });
    const locker = await openDatabase(system);
    await locker.query('BEGIN');
    await locker.query('SELECT id FROM identity.contact_change_events WHERE id = $1 FOR UPDATE', [event?.id]);

    // The master applies it; the process then waits on the row to record that (and put it in the feeds).
    await eventually(async () => expect(await appliedChanges(system, MARC)).toBe(1));
    const waiting = await eventually(async () => {
      const { rows } = await db.query<{ pid: number }>(
        `SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock' AND query LIKE '%contact_change_events%' AND query LIKE '%FOR UPDATE%'`,
      );
      expect(rows).toHaveLength(1);
      return rows[0]?.pid;
    });

    child?.kill('SIGKILL');
    await identity.exited;
    // A killed client's statement would otherwise still run once the row is free.
    await db.query('SELECT pg_terminate_backend($1)', [waiting]);
    await locker.query('ROLLBACK');
    await locker.end();
    // The caller got no answer: the process died.
    expect(String(await request)).toMatch(/fetch failed/);

    expect(await eventsOf(db, MARC)).toEqual([
      expect.objectContaining({
        id: event?.id,
        state: 'applying',
        master_change: expect.objectContaining({ ADDR: expect.objectContaining({ STRAAT: NEW_ADDRESS.street }) }),
      }),
    ]);
    expect(await appliedChanges(system, MARC)).toBe(1);
    system.backends.customerMaster.setBehaviour({ latencyMs: 0 });
    await eventually(async () =>
      expect(
        (
          await db.query('SELECT lease_until <= now() AS free FROM identity.contact_change_events WHERE id = $1', [
            event?.id,
          ])
        ).rows[0].free,
      ).toBe(true),
    );

    system.resetCounters();
    await system.restartIdentity();

    await eventually(async () =>
      expect(await eventsOf(db, MARC)).toEqual([
        expect.objectContaining({
          id: event?.id,
          state: 'pending-broker',
          broker_ids: ['B00001'],
          master_change: null,
        }),
      ]),
    );
    // Sent again once, and applied once: the master answered the repeated key from its journal.
    expect(system.backends.customerMaster.counters.snapshot().calls['updateContact']).toBe(1);
    expect(await appliedChanges(system, MARC)).toBe(1);
    const marc = await system.query(
      'query ($id: ID!) { customer(id: $id) { contact { postalAddress { street postalCode } } } }',
      { token, variables: { id: MARC } },
    );
    expect(marc.body.data?.['customer']).toEqual({
      contact: { postalAddress: { street: NEW_ADDRESS.street, postalCode: NEW_ADDRESS.postalCode } },
    });
  });
});
