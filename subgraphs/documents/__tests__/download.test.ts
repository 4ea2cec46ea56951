import { signAccessToken } from '../../../platform/auth/tokens';
import type { ArchivedDocument } from '../../../legacy/shared/data/records';
import { startSystem, TOKEN_AUDIENCE, type RunningSystem } from '../../../test-support/system';
import {
  AN,
  archiveBytes,
  ask,
  atGateway,
  BROKER_AN_FIRE,
  BROKER_AN_LIFE_AND_MOTOR,
  CUSTOMER_DOCUMENTS,
  customers,
  download,
  LUC,
  myDocuments,
  signedLink,
  SUPPORT,
  type Download,
  type DocumentNode,
  type DocumentPage,
} from './support';

const PORTAL = 'https://portal.example.be';

/** A refusal: the status, a JSON error with this code, and not one byte of a PDF. */
function expectRefused(answer: Download, status: number, code: string): void {
  expect(answer.status).toBe(status);
  expect(answer.headers.get('content-type')).toMatch(/^application\/json/);
  expect(answer.headers.get('content-disposition')).toBeNull();
  expect(answer.bytes.includes(Buffer.from('%PDF'))).toBe(false);
  expect(JSON.parse(answer.bytes.toString('utf8'))).toEqual({ error: { code, message: expect.any(String) } });
}

/** The text with its first character changed. */
const flipFirst = (text: string): string => `${text.startsWith('A') ? 'B' : 'A'}${text.slice(1)}`;

/** The link with one query parameter replaced. */
function withParameter(link: string, name: string, value: string): string {
  const url = new URL(link);
  url.searchParams.set(name, value);
  return url.toString();
}

describe('downloading a document through the gateway', () => {
  let system: RunningSystem;
  const logLines: string[] = [];
  let pension: DocumentNode;

  beforeAll(async () => {
    system = await startSystem({ logSink: (line) => logLines.push(line), gateway: { corsOrigins: [PORTAL] } });
    const page = await myDocuments(system, AN, {
      filter: { contractId: 'L000000010', types: ['TAX_CERTIFICATE'], year: 2025 },
    });
    pension = page.nodes[0] as DocumentNode;
    expect(pension).toBeDefined();
  });
  afterAll(async () => {
    await system.stop();
  });
  beforeEach(() => {
    system.backends.documentArchive.setBehaviour({ errorRate: 0, malformedRate: 0 });
  });

  it("streams the archive's exact bytes to the customer, as a PDF attachment that is never cached", async () => {
    const answer = await download(system, pension.downloadUrl, AN);
    expect(answer.status).toBe(200);
    expect(answer.bytes.equals(await archiveBytes(system, pension.id))).toBe(true);
    expect(answer.bytes.length).toBe(pension.sizeBytes);
    expect(answer.headers.get('content-type')).toBe('application/pdf');
    expect(answer.headers.get('content-length')).toBe(String(pension.sizeBytes));
    expect(answer.headers.get('content-disposition')).toBe(
      `attachment; filename="${pension.fileName}"; filename*=UTF-8''${pension.fileName}`,
    );
    expect(answer.headers.get('cache-control')).toBe('private, no-store');
    expect(answer.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('lets the broker of the contract download it with their own link', async () => {
    const result = await ask(system, BROKER_AN_LIFE_AND_MOTOR, CUSTOMER_DOCUMENTS, {
      variables: { ...customers(AN.id), filter: { contractId: 'L000000010' }, first: 50 },
      subgraph: true,
    });
    const link = (
      (result.body.data?.['_entities'] as Array<{ documents: DocumentPage }>)[0]?.documents.nodes ?? []
    ).find((node) => node.id === pension.id)?.downloadUrl;
    expect(link).toBeDefined();
    expect(link).not.toBe(pension.downloadUrl);
    const answer = await download(system, link as string, BROKER_AN_LIFE_AND_MOTOR);
    expect(answer.status).toBe(200);
    expect(answer.bytes.equals(await archiveBytes(system, pension.id))).toBe(true);

    // The audit trail holds the broker's download before the bytes were sent.
    const trail = await ask(
      system,
      SUPPORT,
      `{ auditRecords(customerId: "${AN.id}", first: 100) { actorRole brokerId action resource service } }`,
    );
    expect(trail.body.data?.['auditRecords']).toContainEqual({
      actorRole: 'BROKER',
      brokerId: 'B00001',
      action: 'READ',
      resource: 'DocumentContent',
      service: 'documents',
    });
  });

  it.each([
    [
      'its signature',
      (link: string) => withParameter(link, 'sig', flipFirst(new URL(link).searchParams.get('sig') ?? '')),
    ],
    [
      'its expiry',
      (link: string) => withParameter(link, 'expires', String(Number(new URL(link).searchParams.get('expires')) + 60)),
    ],
    ['its addressee', (link: string) => withParameter(link, 'customer', 'P00000002')],
    ['its document', (link: string) => link.replace('DL000000010-102-2025', 'DL000000010-113-2025')],
    ['a missing signature', (link: string) => link.replace(/&sig=[^&]+/, '')],
  ])('refuses a link with %s changed: 403 and no bytes', async (_part, tamper) => {
    const tampered = tamper(pension.downloadUrl);
    expect(tampered).not.toBe(pension.downloadUrl);
    expectRefused(await download(system, tampered, AN), 403, 'LINK_INVALID');
  });

  it('refuses an expired link, even with a valid signature', async () => {
    const expired = signedLink(system, { id: pension.id, customerId: AN.id }, AN, Math.floor(Date.now() / 1000) - 5);
    expectRefused(await download(system, expired, AN), 403, 'LINK_EXPIRED');
  });

  it("refuses someone else's link: another customer's, or a broker user's token bound to another office", async () => {
    expectRefused(await download(system, pension.downloadUrl, LUC), 403, 'LINK_INVALID');
    expectRefused(await download(system, pension.downloadUrl, BROKER_AN_LIFE_AND_MOTOR), 403, 'LINK_INVALID');

    const brokerLink = signedLink(system, { id: pension.id, customerId: AN.id }, BROKER_AN_LIFE_AND_MOTOR);
    expect((await download(system, brokerLink, BROKER_AN_LIFE_AND_MOTOR)).status).toBe(200);
    // The same broker user, now acting for another office: the link was made for B00001.
    const otherOffice = await signAccessToken(system.signingKey, TOKEN_AUDIENCE, {
      subject: 'broker-user-B00001',
      claims: { role: 'broker', broker: 'B00002' },
      ttlSeconds: 300,
    });
    expectRefused(
      await download(system, brokerLink, undefined, { authorization: `Bearer ${otherOffice}` }),
      403,
      'LINK_INVALID',
    );
  });

  it('decides the right again at download: a correctly signed link is refused to a caller who may not have the document (now)', async () => {
    // As a link an office kept after the contract moved to another office: signed for B00002, whose office does not manage An's pension savings.
    const notManaged = signedLink(system, { id: pension.id, customerId: AN.id }, BROKER_AN_FIRE);
    expectRefused(await download(system, notManaged, BROKER_AN_FIRE), 403, 'FORBIDDEN');
    // Signed for Luc, for a document addressed to An.
    expectRefused(
      await download(system, signedLink(system, { id: pension.id, customerId: AN.id }, LUC), LUC),
      403,
      'FORBIDDEN',
    );
    // Signed for An, naming her as addressee of Luc's document: it is not addressed to her.
    const lucDocument = system.universe
      .documentsOf(system.universe.personIndex(LUC.id) as number)
      .find((document) => document.type === '113') as ArchivedDocument;
    expectRefused(
      await download(system, signedLink(system, { id: lucDocument.id, customerId: AN.id }, AN), AN),
      403,
      'FORBIDDEN',
    );
    // Support staff download only a document they recorded a reason to open (openDocumentForSupport).
    expectRefused(
      await download(system, signedLink(system, { id: pension.id, customerId: AN.id }, SUPPORT), SUPPORT),
      403,
      'REASON_REQUIRED',
    );
    // A document that does not exist is refused like one that is not yours.
    expectRefused(
      await download(system, signedLink(system, { id: lucDocument.id, customerId: AN.id }, SUPPORT), SUPPORT),
      403,
      'FORBIDDEN',
    );
    expectRefused(
      await download(system, signedLink(system, { id: 'DL000000010-102-1999', customerId: AN.id }, AN), AN),
      403,
      'FORBIDDEN',
    );
  });

  it('needs the bearer token the link was made for: none, or an invalid one, is 401', async () => {
    expectRefused(await download(system, pension.downloadUrl, undefined), 401, 'UNAUTHENTICATED');
    expectRefused(
      await download(system, pension.downloadUrl, undefined, { authorization: 'Bearer not.a.token' }),
      401,
      'UNAUTHENTICATED',
    );
  });

  it('answers an archive failure as 503 (retry) and a cut-off PDF as 502, never with part of a file', async () => {
    system.backends.documentArchive.setBehaviour({ errorRate: 1 });
    const failing = await download(system, pension.downloadUrl, AN);
    expectRefused(failing, 503, 'BACKEND_UNAVAILABLE');
    expect(failing.headers.get('retry-after')).toBe('5');
    system.backends.documentArchive.setBehaviour({ errorRate: 0, malformedRate: 1 });
    expectRefused(await download(system, pension.downloadUrl, AN), 502, 'BACKEND_ERROR');
  });

  it("answers the portal's preflight and shares the download with the portal's origin only", async () => {
    const url = atGateway(system, pension.downloadUrl);
    const preflight = await fetch(url, {
      method: 'OPTIONS',
      headers: {
        origin: PORTAL,
        'access-control-request-method': 'GET',
        'access-control-request-headers': 'authorization',
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe(PORTAL);
    expect(preflight.headers.get('access-control-allow-headers')).toContain('authorization');
    const foreign = await fetch(url, {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'GET' },
    });
    expect(foreign.status).toBe(403);
    const answer = await download(system, pension.downloadUrl, AN, { origin: PORTAL });
    expect(answer.status).toBe(200);
    expect(answer.headers.get('access-control-allow-origin')).toBe(PORTAL);
    expect((await fetch(url, { method: 'POST' })).status).toBe(405);
  });

  it('never logs a link, its signature or a token, in any component', async () => {
    expect(logLines.length).toBeGreaterThan(0);
    expect(logLines.some((line) => line.includes('document downloaded'))).toBe(true);
    const secrets = [pension.downloadUrl, new URL(pension.downloadUrl).searchParams.get('sig') as string];
    for (const line of logLines) {
      for (const secret of secrets) expect(line).not.toContain(secret);
      expect(line).not.toMatch(/[?&]sig=[A-Za-z0-9_-]{20}/);
      expect(line).not.toMatch(/eyJ[\w-]+\.[\w-]+\.[\w-]+/);
    }
  });
});
