import { randomUUID } from 'node:crypto';
import { migrate } from '../../../platform/database/migrate';
import { PostgresDatabase } from '../../../platform/database/PostgresDatabase';
import { createLogger } from '../../../platform/logger';
import { createTestDatabase, type TestDatabase } from '../../../test-support/database';
import { DOCUMENTS_MIGRATIONS, DOCUMENTS_SCHEMA } from '../store/migrations';
import { PaperRequestStore } from '../store/PaperRequestStore';

const log = createLogger({ component: 'documents-store-test', level: 'silent' });

describe('paper-delivery requests in PostgreSQL', () => {
  let database: TestDatabase;
  let db: PostgresDatabase;
  let store: PaperRequestStore;

  beforeAll(async () => {
    database = await createTestDatabase('documents_store');
    db = new PostgresDatabase({
      url: database.url,
      poolMax: 8,
      applicationName: 'documents-store-test',
      statementTimeoutMs: 10_000,
      log,
    });
    await migrate(db, { schema: DOCUMENTS_SCHEMA, migrations: DOCUMENTS_MIGRATIONS, log });
    store = new PaperRequestStore(db);
  });
  afterAll(async () => {
    await db.close();
    await database.drop();
  });

  const rowsOf = async (customerId: string) =>
    (await db.query('SELECT id, status FROM documents.paper_delivery_requests WHERE customer_id = $1', [customerId]))
      .rows;

  it('records one request however many arrive at once, and answers each with it', async () => {
    const answers = await Promise.all(
      Array.from({ length: 12 }, (_, i) => store.request('P1', `reason ${i}`, { subject: 'P1', office: null })),
    );
    const ids = new Set(answers.map((answer) => answer.request.id));
    expect(ids.size).toBe(1);
    expect(answers.filter((answer) => answer.created)).toHaveLength(1);
    expect(await rowsOf('P1')).toEqual([{ id: [...ids][0], status: 'PENDING' }]);
    const again = await store.request('P1', 'another reason', { subject: 'P1', office: null });
    expect(again).toMatchObject({
      created: false,
      request: { id: [...ids][0], status: 'PENDING', reason: answers.find((a) => a.created)?.request.reason },
    });
  });

  it('lets support decide a pending request once: the same decision again answers the same, another changes nothing', async () => {
    const { request } = await store.request('P2', 'Visually impaired', { subject: 'P2', office: null });
    const approved = await store.decide(request.id, 'APPROVED', 'S1', 'Sent by post from now on');
    expect(approved).toMatchObject({
      outcome: 'decided',
      request: { id: request.id, status: 'APPROVED', decisionNote: 'Sent by post from now on' },
    });
    expect(approved.outcome === 'decided' && approved.request.decidedAt).toBeInstanceOf(Date);
    expect(await store.decide(request.id, 'APPROVED', 'S2', 'again')).toEqual(approved);
    expect(await store.decide(request.id, 'REFUSED', 'S2', null)).toEqual({
      outcome: 'already-decided',
      request: approved.outcome === 'decided' ? approved.request : null,
    });
    expect(await store.customerOf(request.id)).toBe('P2');
    // Approved stays open: asking again gives the approved request.
    expect(await store.request('P2', 'again', { subject: 'P2', office: null })).toMatchObject({
      created: false,
      request: { id: request.id, status: 'APPROVED' },
    });
  });

  it('closes a refused request, so the customer may ask again', async () => {
    const first = await store.request('P3', 'first', { subject: 'P3', office: null });
    await store.decide(first.request.id, 'REFUSED', 'S1', 'You can read them online');
    const second = await store.request('P3', 'second', { subject: 'P3', office: null });
    expect(second).toMatchObject({ created: true, request: { status: 'PENDING', reason: 'second' } });
    expect(second.request.id).not.toBe(first.request.id);
    const latest = await store.latestOf(['P3', 'P2', 'P-nobody']);
    expect(latest.get('P3')?.id).toBe(second.request.id);
    expect(latest.get('P2')?.status).toBe('APPROVED');
    expect(latest.has('P-nobody')).toBe(false);
  });

  it('answers an unknown or malformed id as not found, changing nothing', async () => {
    expect(await store.decide(randomUUID(), 'APPROVED', 'S1', null)).toEqual({ outcome: 'not-found' });
    expect(await store.decide("'; DROP TABLE documents.paper_delivery_requests; --", 'APPROVED', 'S1', null)).toEqual({
      outcome: 'not-found',
    });
    expect(await store.customerOf('nope')).toBeNull();
  });

  it('refuses rows the product could never mean: an empty reason, a decision without its time', async () => {
    await expect(
      db.query(
        "INSERT INTO documents.paper_delivery_requests (id, customer_id, reason, requested_by) VALUES ($1, 'P9', '', 'P9')",
        [randomUUID()],
      ),
    ).rejects.toMatchObject({ code: '23514' });
    await expect(
      db.query(
        "INSERT INTO documents.paper_delivery_requests (id, customer_id, reason, requested_by, status) VALUES ($1, 'P9', 'x', 'P9', 'APPROVED')",
        [randomUUID()],
      ),
    ).rejects.toMatchObject({ code: '23514' });
  });

  it('lists requests by status, oldest first, a page at a time', async () => {
    const customers = Array.from({ length: 7 }, (_, i) => `Q${i}`);
    // The store keeps request times to the millisecond; apart by a few so that "oldest first" is
    // the order they were made in (requests of one millisecond are ordered by their random id).
    for (const customer of customers) {
      await store.request(customer, 'please', { subject: customer, office: null });
      await new Promise((resolve) => setTimeout(resolve, 3));
    }
    const pending = [];
    let after: [string, string] | null = null;
    for (;;) {
      const page = await store.list('PENDING', 3, after);
      pending.push(...page);
      const last = page[page.length - 1];
      if (page.length < 3 || !last) break;
      after = [last.requestedAt.toISOString(), last.id];
    }
    const listed = pending.map((request) => request.customerId).filter((id) => id.startsWith('Q'));
    expect(listed).toEqual(customers);
    expect(new Set(pending.map((request) => request.id)).size).toBe(pending.length);
    expect((await store.list('APPROVED', 50, null)).map((request) => request.customerId)).toEqual(['P2']);
  });
});
