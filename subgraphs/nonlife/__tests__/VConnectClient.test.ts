import { backendClient, backendFailure, closedUrl, rawBackend, setBehaviour } from '../../../legacy/__tests__/support';
import { createVConnect } from '../../../legacy/v-connect/server';
import { VConnectClient } from '../backend/VConnectClient';
import { legacyClientTest } from '../../../test-support/legacyClients';

describe('VConnectClient', () => {
  // The helper's generous default timeout: these calls are not about timing, and a first call on a
  // busy machine can take well over a few hundred milliseconds.
  const legacy = legacyClientTest(createVConnect, (url) => new VConnectClient(backendClient('v-connect', url)));
  const { universe } = legacy;

  it("reads a customer's contract list and each contract; unknown ones are null", async () => {
    const list = await legacy.client.contractList('P00000001', 'req-1');
    expect(list?.contracten.filter((c) => c.rollen.includes('003')).map((c) => c.polisnummer)).toEqual(
      universe.heldContractNumbers(0, 'nonlife'),
    );
    const motor = await legacy.client.contract('V000000013', 'req-1');
    expect(motor).toMatchObject({
      polisnummer: 'V000000013',
      productcode: 'AUTO',
      risico: { objecttype: '001', voertuig: { merk: universe.nonLifeContract('V000000013')!.vehicle!.make } },
    });
    expect(await legacy.client.contractList('P99999999', 'req-1')).toBeNull();
    expect(await legacy.client.contract('V999999990', 'req-1')).toBeNull();
  });

  it.each([
    ['a technical error (500)', { errorRate: 1 }, 'unavailable'],
    ['maintenance (503)', { maintenance: true }, 'maintenance'],
    ['cut-off JSON', { malformedRate: 1 }, 'malformed'],
  ])('turns %s into a BackendError', async (_case, patch, failure) => {
    await setBehaviour(legacy.service.url, patch);
    expect(await backendFailure(legacy.client.contract('V000000013', 'req-1'))).toMatchObject({
      backend: 'v-connect',
      endpoint: 'contract',
      failure,
    });
  });

  it('gives up on a hanging call after its timeout, as a timeout', async () => {
    await setBehaviour(legacy.service.url, { hangRate: 1 });
    // The backend never answers, so only the client's own timeout can end the call; a short one keeps
    // the test quick, and nothing here is held to a wall-clock budget.
    const impatient = new VConnectClient(backendClient('v-connect', legacy.service.url, { timeoutMs: 300 }));
    const started = performance.now();
    expect((await backendFailure(impatient.contractList('P00000001', 'req-1'))).failure).toBe('timeout');
    // Not before the timeout (timers may fire a millisecond early as performance.now() counts).
    expect(performance.now() - started).toBeGreaterThanOrEqual(290);
  });

  it('reports an unreachable V-Connect as unavailable', async () => {
    const offline = new VConnectClient(backendClient('v-connect', await closedUrl()));
    expect((await backendFailure(offline.contract('V000000013', 'req-1'))).failure).toBe('unavailable');
  });

  it.each([
    [
      'a refusal (400)',
      { status: 400, contentType: 'application/json', body: '{"fout":{"code":"ONGELDIG"}}' },
      'rejected',
    ],
    ['an HTML error page', { status: 200, contentType: 'text/html', body: '<html>oops</html>' }, 'malformed'],
    [
      'JSON of another shape',
      { status: 200, contentType: 'application/json', body: '{"polisnummer":"V000000013","premie":"veel"}' },
      'malformed',
    ],
    [
      'a list entry without roles and a numeric contract number',
      {
        status: 200,
        contentType: 'application/json',
        body: JSON.stringify({ klantId: 'P00000001', contracten: [{ polisnummer: 1 }] }),
      },
      'malformed',
    ],
  ])('turns %s into a BackendError', async (_case, reply, failure) => {
    const backend = await rawBackend(() => reply);
    try {
      const raw = new VConnectClient(backendClient('v-connect', backend.url));
      expect((await backendFailure(raw.contract('V000000013', 'req-1'))).failure).toBe(failure);
      expect((await backendFailure(raw.contractList('P00000001', 'req-1'))).failure).toBe(failure);
    } finally {
      await backend.close();
    }
  });

  it('refuses an answer about another contract or customer than the one asked for', async () => {
    const other = await (await fetch(`${legacy.service.url}/api/v2/contracten/V000000014`)).text();
    const otherList = await (await fetch(`${legacy.service.url}/api/v2/klanten/P00000003/contracten`)).text();
    const backend = await rawBackend((path) => ({
      status: 200,
      contentType: 'application/json',
      body: path.includes('/klanten/') ? otherList : other,
    }));
    try {
      const raw = new VConnectClient(backendClient('v-connect', backend.url));
      expect((await backendFailure(raw.contract('V000000013', 'req-1'))).failure).toBe('malformed');
      expect((await backendFailure(raw.contractList('P00000001', 'req-1'))).failure).toBe('malformed');
    } finally {
      await backend.close();
    }
  });
});
