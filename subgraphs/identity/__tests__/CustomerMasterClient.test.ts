import { backendClient, backendFailure, closedUrl, rawBackend, setBehaviour } from '../../../legacy/__tests__/support';
import { createCustomerMaster } from '../../../legacy/customer-master/server';
import { CustomerMasterClient } from '../backend/CustomerMasterClient';
import { legacyClientTest } from '../../../test-support/legacyClients';

describe('CustomerMasterClient', () => {
  // The helper's generous default timeout: these calls are not about timing, and a first call on a
  // busy machine can take well over a few hundred milliseconds.
  const legacy = legacyClientTest(
    createCustomerMaster,
    (url) => new CustomerMasterClient(backendClient('customer-master', url)),
  );
  const { universe } = legacy;

  it('reads persons (companies and unknown ids as null) and their policies', async () => {
    const persons = await legacy.client.persons(['P00000001', 'E00000003', 'P99999999'], 'req-1');
    expect(persons.get('P00000001')).toMatchObject({
      FIRST_NM: 'An',
      LAST_NM: 'Peeters',
      BIRTH_DT: '19780314',
      RRN: universe.person(0).nationalRegisterNumber,
    });
    expect(persons.get('E00000003')).toBeNull();
    expect(persons.get('P99999999')).toBeNull();
    const policies = await legacy.client.partyPolicies('P00000001', 'req-1');
    expect(policies?.POLICIES).toContainEqual({
      POLICY_NR: 'V000000014',
      DOMAIN: 'NONLIFE',
      ROLE_CDS: ['003', '013'],
      INTERMEDIARY_ID: 'B00002',
    });
    expect(await legacy.client.partyPolicies('P99999999', 'req-1')).toBeNull();
    expect(await legacy.client.persons([], 'req-1')).toEqual(new Map());
  });

  it.each([
    ['an abend (500)', { errorRate: 1 }, 'unavailable'],
    ['maintenance (503)', { maintenance: true }, 'maintenance'],
    ['cut-off JSON', { malformedRate: 1 }, 'malformed'],
  ])('turns %s into a BackendError', async (_case, patch, failure) => {
    await setBehaviour(legacy.service.url, patch);
    expect(await backendFailure(legacy.client.persons(['P00000001'], 'req-1'))).toMatchObject({
      backend: 'customer-master',
      endpoint: 'getParties',
      failure,
    });
    expect((await backendFailure(legacy.client.partyPolicies('P00000001', 'req-1'))).failure).toBe(failure);
  });

  it('gives up on a hanging call after its timeout, as a timeout', async () => {
    await setBehaviour(legacy.service.url, { hangRate: 1 });
    // The backend never answers, so only the client's own timeout can end the call; a short one keeps
    // the test quick, and nothing here is held to a wall-clock budget.
    const impatient = new CustomerMasterClient(
      backendClient('customer-master', legacy.service.url, { timeoutMs: 300 }),
    );
    const started = performance.now();
    expect((await backendFailure(impatient.persons(['P00000001'], 'req-1'))).failure).toBe('timeout');
    // Not before the timeout (timers may fire a millisecond early as performance.now() counts).
    expect(performance.now() - started).toBeGreaterThanOrEqual(290);
  });

  it('reports an unreachable customer master as unavailable', async () => {
    const offline = new CustomerMasterClient(backendClient('customer-master', await closedUrl()));
    expect((await backendFailure(offline.persons(['P00000001'], 'req-1'))).failure).toBe('unavailable');
  });

  it.each([
    [
      'a refusal (400)',
      { status: 400, contentType: 'application/json', body: '{"error":{"code":"E002"}}' },
      'rejected',
    ],
    ['an HTML page', { status: 200, contentType: 'text/html', body: '<html></html>' }, 'malformed'],
    [
      'a person with a birth date in another format',
      {
        status: 200,
        contentType: 'application/json',
        body: JSON.stringify({
          PARTIES: [
            {
              PARTY_ID: 'P00000001',
              PARTY_TYPE: 'P',
              FIRST_NM: 'An',
              LAST_NM: 'Peeters',
              SEX_CD: 'F',
              BIRTH_DT: '14/03/1978',
              RRN: '78031499847',
              LANG_CD: '2',
              ADDR: { STRAAT: 'x', HUISNR: '1', BUS: '', POSTCD: '2000', GEMEENTE: 'x', LAND_CD: 'BE' },
              EMAIL_ADDR: 'a@b.c',
              GSM_NR: '0032470000000',
            },
          ],
          NOT_FOUND: [],
        }),
      },
      'malformed',
    ],
  ])('turns %s into a BackendError that quotes no personal data', async (_case, reply, failure) => {
    const backend = await rawBackend(() => reply);
    try {
      const error = await backendFailure(
        new CustomerMasterClient(backendClient('customer-master', backend.url)).persons(['P00000001'], 'req-1'),
      );
      expect(error.failure).toBe(failure);
      expect(error.message).not.toMatch(/14\/03\/1978|78031499847|Peeters/);
    } finally {
      await backend.close();
    }
  });

  it("refuses another party's policies and ignores persons it did not ask for", async () => {
    const others = await (await fetch(`${legacy.service.url}/parties/P00000003/policies`)).text();
    const otherPerson = await (await fetch(`${legacy.service.url}/parties?ids=P00000003`)).text();
    const backend = await rawBackend((path) => ({
      status: 200,
      contentType: 'application/json',
      body: path.includes('/policies') ? others : otherPerson,
    }));
    try {
      const raw = new CustomerMasterClient(backendClient('customer-master', backend.url));
      expect((await backendFailure(raw.partyPolicies('P00000001', 'req-1'))).failure).toBe('malformed');
      expect([...(await raw.persons(['P00000001'], 'req-1'))]).toEqual([['P00000001', null]]);
    } finally {
      await backend.close();
    }
  });
});
