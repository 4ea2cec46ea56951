import { backendClient, backendFailure, closedUrl, rawBackend, setBehaviour } from '../../../legacy/__tests__/support';
import { createDocumentArchive } from '../../../legacy/document-archive/server';
import { DocumentArchiveClient } from '../backend/DocumentArchiveClient';
import { legacyClientTest } from '../../../test-support/legacyClients';

describe('DocumentArchiveClient', () => {
  // The helper's generous default timeout: these calls are not about timing, and a first call on a
  // busy machine can take well over a few hundred milliseconds.
  const legacy = legacyClientTest(
    createDocumentArchive,
    (url) => new DocumentArchiveClient(backendClient('document-archive', url)),
  );
  const { universe } = legacy;

  it('searches per customer and per contract, and downloads a whole PDF of the declared size', async () => {
    const byCustomer = await legacy.client.searchByCustomers(['P00000001', 'P99999999'], 'req-1');
    const documents = byCustomer.get('P00000001')!;
    expect(documents.length).toBe(universe.documentsOf(0).length);
    expect(byCustomer.get('P99999999')).toEqual([]);
    const byPolicy = await legacy.client.searchByPolicies(['V000000013'], 'req-1');
    expect(
      byPolicy
        .get('V000000013')!
        .map((d) => d.docTypeCode)
        .sort(),
    ).toEqual(['004', '023', '031']);
    const content = await legacy.client.content(documents[0]!.documentId, 'req-1');
    expect(content?.contentType).toBe('application/pdf');
    expect(content?.bytes.length).toBe(documents[0]!.sizeBytes);
    expect(await legacy.client.content('DV999999990-031-2020', 'req-1')).toBeNull();
  });

  it.each([
    ['a storage error (500)', { errorRate: 1 }, 'unavailable'],
    ['maintenance (503)', { maintenance: true }, 'maintenance'],
    ['a search answer of another shape', { malformedRate: 1 }, 'malformed'],
  ])('turns %s into a BackendError', async (_case, patch, failure) => {
    await setBehaviour(legacy.service.url, patch);
    expect(await backendFailure(legacy.client.searchByCustomers(['P00000001'], 'req-1'))).toMatchObject({
      backend: 'document-archive',
      endpoint: 'search',
      failure,
    });
  });

  it('refuses a PDF that is cut off', async () => {
    const [document] = (await legacy.client.searchByCustomers(['P00000001'], 'req-1')).get('P00000001')!;
    await setBehaviour(legacy.service.url, { malformedRate: 1 });
    expect(await backendFailure(legacy.client.content(document!.documentId, 'req-1'))).toMatchObject({
      endpoint: 'content',
      failure: 'malformed',
    });
  });

  it('gives up on a hanging download after its timeout, as a timeout', async () => {
    await setBehaviour(legacy.service.url, { hangRate: 1 });
    // The backend never answers, so only the client's own timeout can end the call; a short one keeps
    // the test quick, and nothing here is held to a wall-clock budget.
    const impatient = new DocumentArchiveClient(
      backendClient('document-archive', legacy.service.url, { timeoutMs: 300 }),
    );
    const started = performance.now();
    expect((await backendFailure(impatient.content('DL000000010-113-2025', 'req-1'))).failure).toBe('timeout');
    // Not before the timeout (timers may fire a millisecond early as performance.now() counts).
    expect(performance.now() - started).toBeGreaterThanOrEqual(290);
  });

  it('reports an unreachable archive as unavailable', async () => {
    const offline = new DocumentArchiveClient(backendClient('document-archive', await closedUrl()));
    expect((await backendFailure(offline.searchByCustomers(['P00000001'], 'req-1'))).failure).toBe('unavailable');
  });

  it.each([
    [
      'a refusal (400)',
      { status: 400, contentType: 'application/json', body: '{"error":"ARC-400"}' },
      'rejected',
      'rejected',
    ],
    ['an HTML page', { status: 200, contentType: 'text/html', body: '<html></html>' }, 'malformed', 'malformed'],
    [
      'JSON where a PDF belongs',
      { status: 200, contentType: 'application/json', body: '{"results":[]}' },
      undefined,
      'malformed',
    ],
  ])('turns %s into a BackendError', async (_case, reply, searchFailure, contentFailure) => {
    const backend = await rawBackend(() => reply);
    try {
      const raw = new DocumentArchiveClient(backendClient('document-archive', backend.url));
      if (searchFailure)
        expect((await backendFailure(raw.searchByCustomers(['P00000001'], 'req-1'))).failure).toBe(searchFailure);
      expect((await backendFailure(raw.content('DL000000010-113-2025', 'req-1'))).failure).toBe(contentFailure);
    } finally {
      await backend.close();
    }
  });
});
