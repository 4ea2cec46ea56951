/** @heavy creates a PGlite database */
import { randomBytes, randomUUID } from 'node:crypto';
import { exportJWK, generateKeyPair } from 'jose';
import { loadSigningKey, SIGNING_ALGORITHM, type SigningKey } from '../../../platform/auth/signingKey';
import { LocalRevocationList } from '../../../platform/auth/revocations';
import { createTokenVerifier, signAccessToken } from '../../../platform/auth/tokens';
import { MemoryCacheStore } from '../../../platform/cache/MemoryCacheStore';
import type { Component } from '../../../platform/component';
import { CONSENTS_PATH } from '../../../platform/consentLookup';
import { closeGracefully, createHttpServer, listen } from '../../../platform/http';
import { createLogger } from '../../../platform/logger';
import { createMetrics } from '../../../platform/metrics';
import { startTestAuditTrail, type TestAuditTrail } from '../../../test-support/auditTrail';
import { removeTestTempDir, testTempDir } from '../../../test-support/tempDirs';
import { consentRoute } from '../../identity/consentRoute';
import { createDocumentsSubgraph } from '../server';

const AUDIENCE = { issuer: 'test-identity', audience: 'test-graph' };

// A fresh PGlite folder (its initdb) and a restart: well over a minute on a loaded machine.
jest.setTimeout(240_000);

/**
 * Without DATABASE_URL the documents subgraph keeps paper-delivery requests in an embedded PGlite
 * folder (`.data/documents` by default): a request survives the process that recorded it.
 */
describe('paper-delivery requests on the embedded PGlite database', () => {
  const dataDir = testTempDir('documents-pglite');
  let signingKey: SigningKey;
  let trail: TestAuditTrail;
  const serviceSecret = randomBytes(32);
  // Identity's consent lookup, over no accounts: nobody has consented.
  const consents = createHttpServer({
    routes: [consentRoute({ consentTimesOf: async () => new Map(), secret: serviceSecret })],
    log: createLogger({ component: 'identity', level: 'silent' }),
  });
  let consentsUrl: string;

  beforeAll(async () => {
    const { privateKey } = await generateKeyPair(SIGNING_ALGORITHM, { extractable: true });
    signingKey = await loadSigningKey({
      production: true,
      privateJwk: JSON.stringify({ ...(await exportJWK(privateKey)), kid: `test-${randomUUID()}` }),
    });
    trail = await startTestAuditTrail('documents_pglite');
    consentsUrl = `http://127.0.0.1:${await listen(consents, 0, '127.0.0.1')}${CONSENTS_PATH}`;
  });
  afterAll(async () => {
    await closeGracefully(consents);
    await trail.stop();
    removeTestTempDir(dataDir);
  });

  async function start(): Promise<Component & { url: string }> {
    const log = createLogger({ component: 'documents', level: 'silent' });
    const component = await createDocumentsSubgraph({
      log,
      metrics: createMetrics('documents', { defaultMetrics: false }),
      tokenVerifier: createTokenVerifier({ jwks: signingKey.publicJwks, ...AUDIENCE }),
      revocations: new LocalRevocationList(),
      cacheStore: new MemoryCacheStore(1_000),
      cachePrefix: 'test',
      production: false,
      serviceSecret,
      audit: trail.writer,
      // Paper requests need neither backend; nothing listens here.
      archiveUrl: 'http://127.0.0.1:9',
      customerMasterUrl: 'http://127.0.0.1:9',
      consentsUrl,
      database: { kind: 'pglite', dataDir },
      links: { secret: randomBytes(32), publicBaseUrl: new URL('https://api.example.be/'), ttlSeconds: 300 },
    });
    const port = await component.listen(0, '127.0.0.1');
    return Object.assign(component, { url: `http://127.0.0.1:${port}/graphql` });
  }

  async function post(
    url: string,
    role: 'customer' | 'support',
    query: string,
    variables: Record<string, unknown>,
  ): Promise<Record<string, unknown>> {
    const token = await signAccessToken(signingKey, AUDIENCE, {
      subject: role === 'customer' ? 'P00000001' : 'S1',
      claims: { role },
      ttlSeconds: 60,
    });
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
    expect(body.errors).toBeUndefined();
    return body.data ?? {};
  }

  const delivery = (url: string) =>
    post(
      url,
      'support',
      'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Customer { documentDelivery { basis paperRequest { id status reason } } } } }',
      {
        r: [{ __typename: 'Customer', id: 'P00000001' }],
      },
    );

  it('keeps a request across a restart, and refuses a second process on the same folder', async () => {
    const first = await start();
    const asked = await post(
      first.url,
      'customer',
      'mutation ($input: RequestPaperDeliveryInput!) { requestPaperDelivery(input: $input) { request { id status } } }',
      { input: { reason: 'Per post, graag.' } },
    );
    const id = (asked['requestPaperDelivery'] as { request: { id: string } }).request.id;
    await expect(start()).rejects.toThrow();
    await first.stop();

    const second = await start();
    try {
      expect(await delivery(second.url)).toEqual({
        _entities: [
          {
            documentDelivery: {
              basis: 'NO_DIGITAL_CONSENT',
              paperRequest: { id, status: 'PENDING', reason: 'Per post, graag.' },
            },
          },
        ],
      });
    } finally {
      await second.stop();
    }
  });
});
