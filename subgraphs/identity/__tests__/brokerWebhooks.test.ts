import { createHmac } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Client } from 'pg';
import { startSystem, type RunningSystem } from '../../../test-support/system';
import {
  answer,
  codeOf,
  confirmedChange,
  CONTACT,
  eventually,
  eventsOf,
  NEW_ADDRESS,
  openDatabase,
  registeredWithEid,
} from './contactClient';
import { IDENTITY_TEST_GATEWAY } from './identityClient';

const AN = 'P00000001';
const SOPHIE = 'P00000003';

const OTHER_ADDRESS = { ...NEW_ADDRESS, street: 'Veldstraat', houseNumber: '12', box: undefined };

const REGISTER = `mutation Register($url: String!) { registerBrokerWebhook(url: $url) { secret webhook { url deliveredCursor consecutiveFailures failing } } }`;
const REMOVE = `mutation { removeBrokerWebhook { removed } }`;
const STATUS = `query { myBrokerOffice { webhook { url deliveredCursor consecutiveFailures failing nextAttemptAt
  lastDelivery { outcome httpStatus firstCursor lastCursor }
  attempts(first: 50) { outcome httpStatus firstCursor lastCursor durationMs } } } }`;
const FEED = `query { brokerChanges(first: 100) { changes { cursor customer { id } } acknowledgedCursor } }`;

interface Received {
  headers: IncomingHttpHeaders;
  body: string;
  status: number;
}

interface DeliveryBody {
  type: string;
  brokerId: string;
  endCursor: string;
  changes: Array<{ cursor: string; customerId: string; change: Record<string, unknown> }>;
}

/** A broker system's endpoint: answers each POST as `respond` says and keeps what came. */
class Receiver {
  readonly received: Received[] = [];
  private server: Server | undefined;
  private readonly hanging: ServerResponse[] = [];

  constructor(public respond: (index: number) => number | 'hang') {}

  async start(): Promise<string> {
    this.server = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        const verdict = this.respond(this.received.length);
        this.received.push({
          headers: request.headers,
          body: Buffer.concat(chunks).toString('utf8'),
          status: verdict === 'hang' ? 0 : verdict,
        });
        if (verdict === 'hang') this.hanging.push(response);
        else response.writeHead(verdict).end();
      });
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server?.address() as AddressInfo).port}/hooks/insurer`;
  }

  /** The bodies the receiver answered with a 2xx, in the order they came. */
  accepted(): DeliveryBody[] {
    return this.received
      .filter((request) => request.status >= 200 && request.status < 300)
      .map((request) => JSON.parse(request.body) as DeliveryBody);
  }

  async stop(): Promise<void> {
    for (const response of this.hanging) response.destroy();
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }
}

/** The receiver's own check, written from the documented scheme: hex HMAC-SHA256 of "<timestamp>.<body>". */
function signatureIsValid(secret: string, request: Received): boolean {
  const timestamp = String(request.headers['x-webhook-timestamp']);
  const expected = `v1=${createHmac('sha256', secret).update(`${timestamp}.${request.body}`).digest('hex')}`;
  return request.headers['x-webhook-signature'] === expected;
}

/** Signed webhooks of the broker change feed (docs/mybroker.md#webhooks), through the gateway, against PostgreSQL. */
describe('webhooks of the broker change feed', () => {
  let system: RunningSystem;
  let db: Client;
  let anToken: string;
  let sophieToken: string;
  const receivers: Receiver[] = [];

  beforeAll(async () => {
    system = await startSystem({
      gateway: IDENTITY_TEST_GATEWAY,
      // Short waits so retries happen within the test; the schedule's shape is the production one.
      identitySettings: {
        webhookPollMs: 100,
        webhookRetryBaseMs: 100,
        webhookRetryCapSeconds: 1,
        webhookBatchSize: 2,
        webhookTimeoutMs: 1000,
      },
    });
    db = await openDatabase(system);
    anToken = await registeredWithEid(system, AN);
    sophieToken = await registeredWithEid(system, SOPHIE);
  });
  afterAll(async () => {
    for (const receiver of receivers) await receiver.stop();
    await db.end();
    await system.stop();
  });

  const receiver = async (respond: (index: number) => number | 'hang'): Promise<[Receiver, string]> => {
    const created = new Receiver(respond);
    receivers.push(created);
    return [created, await created.start()];
  };
  const asOffice = async (office: string) => system.token('broker', office);
  const statusOf = async (office: string) =>
    (await answer(system, STATUS, {}, await asOffice(office)))['webhook'] as Record<string, unknown> | null;
  const changeAddress = async (partyId: string, token: string, details: Record<string, unknown>) =>
    answer(system, CONTACT.change, { input: await confirmedChange(system, partyId, details, token) }, token);

  it('refuses addresses it cannot post to, and callers that are not a broker office, registering nothing', async () => {
    const b1 = await asOffice('B00001');
    for (const url of [
      'ftp://crm.makelaar.example/hooks',
      'http://crm.makelaar.example/hooks',
      'https://user:secret@crm.makelaar.example/hooks',
      'https://crm.makelaar.example/hooks#part',
      'not an address',
      `https://crm.makelaar.example/${'a'.repeat(1000)}`,
    ]) {
      const result = await system.query(REGISTER, { variables: { url }, token: b1 });
      expect({ url, code: codeOf(result), field: result.body.errors?.[0]?.extensions?.['field'] }).toEqual({
        url,
        code: 'BAD_USER_INPUT',
        field: 'url',
      });
    }
    const customer = await system.query(REGISTER, {
      variables: { url: 'https://crm.makelaar.example/hooks' },
      token: anToken,
    });
    expect(codeOf(customer)).toBe('FORBIDDEN');
    const support = await system.query(REMOVE, { token: await system.token('support', 'S0001') });
    expect(codeOf(support)).toBe('FORBIDDEN');
    expect(await statusOf('B00001')).toBeNull();
  });

  it('delivers every event in order, signed, to an endpoint that fails for a while, and nothing twice once acknowledged', async () => {
    // The first three POSTs fail with 503: the first batch is retried with the same events.
    const [endpoint, url] = await receiver((index) => (index < 3 ? 503 : 204));
    const registered = await answer(system, REGISTER, { url }, await asOffice('B00001'));
    const secret = String(registered['secret']);
    expect(secret).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
    expect(registered['webhook']).toEqual({ url, deliveredCursor: null, consecutiveFailures: 0, failing: false });

    await changeAddress(AN, anToken, { postalAddress: NEW_ADDRESS });
    await changeAddress(SOPHIE, sophieToken, { email: 'sophie.dubois@nieuw.example' });
    // Addresses only for An: a new e-mail address would end her sessions.
    await changeAddress(AN, anToken, { postalAddress: OTHER_ADDRESS });

    const feed = (await answer(system, FEED, {}, await asOffice('B00001'))) as unknown as {
      changes: Array<{ cursor: string; customer: { id: string } }>;
    };
    const cursors = feed.changes.map((event) => event.cursor);
    expect(feed.changes.map((event) => event.customer.id)).toEqual([AN, SOPHIE, AN]);

    const delivered = await eventually(async () => {
      const accepted = endpoint.accepted().flatMap((body) => body.changes.map((change) => change.cursor));
      if (accepted.length < 3) throw new Error(`delivered so far: ${accepted.length}`);
      return accepted;
    }, 60_000);
    expect(delivered).toEqual(cursors);

    const [firstAttempt, ...others] = endpoint.received;
    for (const request of endpoint.received) {
      expect(signatureIsValid(secret, request)).toBe(true);
      expect(request.headers['content-type']).toBe('application/json');
    }
    // The failed batch went again unchanged: the same id and events each time until it was taken.
    const retries = others.slice(0, 3);
    expect(retries.map((request) => request.headers['x-webhook-id'])).toEqual([
      firstAttempt?.headers['x-webhook-id'],
      firstAttempt?.headers['x-webhook-id'],
      firstAttempt?.headers['x-webhook-id'],
    ]);
    expect(retries.map((request) => (JSON.parse(request.body) as DeliveryBody).changes)).toEqual([
      (JSON.parse(firstAttempt?.body ?? '{}') as DeliveryBody).changes,
      (JSON.parse(firstAttempt?.body ?? '{}') as DeliveryBody).changes,
      (JSON.parse(firstAttempt?.body ?? '{}') as DeliveryBody).changes,
    ]);
    const [firstBody] = endpoint.accepted();
    expect(firstBody).toMatchObject({ type: 'broker.changes', brokerId: 'B00001' });
    expect(firstBody?.changes[0]).toEqual({
      cursor: cursors[0],
      occurredAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) as unknown,
      customerId: AN,
      change: {
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
      },
    });

    // A 2xx is the office's acknowledgement: the feed says so, and Sophie's change (B00001's alone) is delivered.
    const acknowledged = (await answer(system, FEED, {}, await asOffice('B00001')))['acknowledgedCursor'];
    expect(acknowledged).toBe(cursors[2]);
    expect((await eventsOf(db, SOPHIE)).at(-1)?.state).toBe('delivered');

    const status = await statusOf('B00001');
    expect(status).toMatchObject({
      url,
      deliveredCursor: cursors[2],
      consecutiveFailures: 0,
      failing: false,
      nextAttemptAt: null,
      lastDelivery: { outcome: 'DELIVERED', httpStatus: 204, lastCursor: cursors[2] },
    });
    const attempts = (status?.['attempts'] ?? []) as Array<Record<string, unknown>>;
    expect(
      attempts
        .map((attempt) => [attempt['outcome'], attempt['httpStatus']])
        .reverse()
        .slice(0, 4),
    ).toEqual([
      ['HTTP_ERROR', 503],
      ['HTTP_ERROR', 503],
      ['HTTP_ERROR', 503],
      ['DELIVERED', 204],
    ]);

    // Nothing more is sent once all is acknowledged, however many polls go by.
    const count = endpoint.received.length;
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(endpoint.received.length).toBe(count);
  });

  it('a dead endpoint delays no other office, and the contact centre sees how it is failing', async () => {
    const [dead, deadUrl] = await receiver(() => 'hang');
    const [alive, aliveUrl] = await receiver(() => 200);
    await answer(system, REGISTER, { url: deadUrl }, await asOffice('B00002'));
    await answer(system, REGISTER, { url: aliveUrl }, await asOffice('B00001'));

    // An's change is for both offices (B00002 manages her fire contract).
    await changeAddress(AN, anToken, { postalAddress: NEW_ADDRESS });
    await eventually(async () => {
      if (dead.received.length === 0) throw new Error('the dead endpoint was not called yet');
      if (alive.accepted().length === 0) throw new Error('the live endpoint got nothing yet');
    }, 60_000);

    const failing = await eventually(async () => {
      const status = await statusOf('B00002');
      if (!status || status['consecutiveFailures'] === 0) throw new Error('no failure recorded yet');
      return status;
    }, 60_000);
    expect(failing).toMatchObject({ url: deadUrl, deliveredCursor: null, failing: false });
    expect(failing['lastDelivery']).toMatchObject({ outcome: 'TIMEOUT', httpStatus: null });
    expect(failing['nextAttemptAt']).toEqual(expect.stringMatching(/^\d{4}-/));

    // The contact centre reads an office's webhook through a customer it manages; read only.
    const support = await system.token('support', 'S0001');
    const seen = await answer(
      system,
      `query($id: ID!) { customer(id: $id) { brokers { id webhook { url lastDelivery { outcome } } } } }`,
      { id: AN },
      support,
    );
    const offices = (seen['brokers'] ?? []) as Array<{
      id: string;
      webhook: { url: string; lastDelivery: unknown } | null;
    }>;
    expect(offices.find((office) => office.id === 'B00002')?.webhook).toEqual({
      url: deadUrl,
      lastDelivery: { outcome: 'TIMEOUT' },
    });
  });

  it('removing the webhook stops the deliveries; the feed can still be polled', async () => {
    expect(await answer(system, REMOVE, {}, await asOffice('B00002'))).toEqual({ removed: true });
    expect(await answer(system, REMOVE, {}, await asOffice('B00002'))).toEqual({ removed: false });
    expect(await statusOf('B00002')).toBeNull();
    const feed = (await answer(system, FEED, {}, await asOffice('B00002')))['changes'] as unknown[];
    expect(feed.length).toBeGreaterThan(0);
  });
});
