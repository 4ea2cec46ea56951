import { backendClient, backendFailure, closedUrl, rawBackend, setBehaviour } from '../../../legacy/__tests__/support';
import { createLifeConnect } from '../../../legacy/life-connect/server';
import { LifeConnectClient } from '../backend/LifeConnectClient';
import { legacyClientTest } from '../../../test-support/legacyClients';

const SOAP = (body: string) =>
  `<?xml version="1.0"?><soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns:lc="urn:lifeconnect:contract:v3"><soapenv:Body>${body}</soapenv:Body></soapenv:Envelope>`;

describe('LifeConnectClient', () => {
  // The helper's generous default timeout: these calls are not about timing, and a first call on a
  // busy machine can take well over a few hundred milliseconds.
  const legacy = legacyClientTest(
    createLifeConnect,
    (url) => new LifeConnectClient(backendClient('life-connect', url)),
  );
  const { universe } = legacy;

  it('reads contract lists and details from the SOAP answers, one element lists included', async () => {
    const lists = await legacy.client.contractLists(['P00000001', 'P00000002', 'P99999999'], 'req-1');
    expect(
      lists
        .get('P00000001')
        ?.Contract.map((c) => c.PolNr)
        .sort(),
    ).toEqual(['L000000010', 'L000000011', 'L000000012', 'L000000023']);
    expect(lists.get('P00000001')?.Contract).toContainEqual({ PolNr: 'L000000023', RolCd: ['014'] });
    expect(lists.get('P00000002')?.Contract).toContainEqual({ PolNr: 'L000000010', RolCd: ['014'] });
    expect(lists.get('P99999999')).toBeNull();
    const details = await legacy.client.contractDetails(['L000000010', 'L000000031', 'L999999990'], 'req-1');
    expect(details.get('L000000010')).toMatchObject({
      PolNr: 'L000000010',
      ProdCd: 'PS21',
      FiscRegCd: '6',
      StatCd: '1',
      Reserve: { BedragCt: String(universe.lifeContract('L000000010')!.reserveCents) },
    });
    expect(details.get('L000000031')?.Partijen.Partij).toEqual([
      { RolCd: '003', PartijId: 'E00000003', PartijType: 'RP', Naam: 'Dubois SRL' },
      { RolCd: '013', PartijId: 'P00000003', PartijType: 'NP', Naam: 'Sophie Dubois' },
      { RolCd: '002', PartijId: 'B00001', PartijType: 'RP', Naam: 'Verzekeringskantoor Peeters & Partners' },
    ]);
    expect(details.get('L999999990')).toBeNull();
  });

  it('asks nothing of Life Connect for an empty batch and refuses one above its limit', async () => {
    await fetch(`${legacy.service.url}/admin/counters`, { method: 'DELETE' });
    expect(await legacy.client.contractDetails([], 'req-1')).toEqual(new Map());
    await expect(
      legacy.client.contractLists(
        Array.from({ length: 51 }, (_, i) => `P${i}`),
        'req-1',
      ),
    ).rejects.toThrow(RangeError);
    expect(((await (await fetch(`${legacy.service.url}/admin/counters`)).json()) as { total: number }).total).toBe(0);
  });

  it.each([
    ['an internal error (500 SOAP fault)', { errorRate: 1 }, 'unavailable', true],
    ['its nightly batch (503)', { maintenance: true }, 'maintenance', true],
    ['cut-off XML', { malformedRate: 1 }, 'malformed', false],
  ])('turns %s into a BackendError', async (_case, patch, failure, retryable) => {
    await setBehaviour(legacy.service.url, patch);
    const error = await backendFailure(legacy.client.contractDetails(['L000000010'], 'req-1'));
    expect(error).toMatchObject({ backend: 'life-connect', endpoint: 'GetContractDetails', failure, retryable });
  });

  it('gives up on a hanging call after its timeout, as a timeout', async () => {
    await setBehaviour(legacy.service.url, { hangRate: 1 });
    // The backend never answers, so only the client's own timeout can end the call; a short one keeps
    // the test quick, and nothing here is held to a wall-clock budget.
    const impatient = new LifeConnectClient(backendClient('life-connect', legacy.service.url, { timeoutMs: 300 }));
    const started = performance.now();
    const error = await backendFailure(impatient.contractLists(['P00000001'], 'req-1'));
    expect(error.failure).toBe('timeout');
    // Not before the timeout (timers may fire a millisecond early as performance.now() counts).
    expect(performance.now() - started).toBeGreaterThanOrEqual(290);
  });

  it('reports an unreachable Life Connect as unavailable', async () => {
    const offline = new LifeConnectClient(backendClient('life-connect', await closedUrl()));
    expect((await backendFailure(offline.contractLists(['P00000001'], 'req-1'))).failure).toBe('unavailable');
  });

  describe('answers a real Life Connect should not give', () => {
    const cases: Array<[string, { status: number; contentType: string; body: string }, string]> = [
      [
        'a client SOAP fault (400)',
        {
          status: 400,
          contentType: 'text/xml',
          body: SOAP(
            '<soapenv:Fault><faultcode>soapenv:Client</faultcode><faultstring>nee</faultstring></soapenv:Fault>',
          ),
        },
        'rejected',
      ],
      [
        'a SOAP fault with status 200',
        {
          status: 200,
          contentType: 'text/xml',
          body: SOAP(
            '<soapenv:Fault><faultcode>soapenv:Server</faultcode><faultstring>x</faultstring></soapenv:Fault>',
          ),
        },
        'rejected',
      ],
      [
        'an HTML page from a proxy',
        { status: 200, contentType: 'text/html', body: '<html><body>Bad gateway</body></html>' },
        'malformed',
      ],
      [
        'an envelope without the response element',
        { status: 200, contentType: 'text/xml', body: SOAP('<lc:SomethingElse/>') },
        'malformed',
      ],
      [
        'a date that is not DDMMYYYY',
        {
          status: 200,
          contentType: 'text/xml',
          body: SOAP(
            '<lc:GetContractDetailsResponse><lc:Polis><lc:PolNr>L000000010</lc:PolNr><lc:ProdCd>PS21</lc:ProdCd><lc:ProdNm>x</lc:ProdNm><lc:PolTypeCd>110</lc:PolTypeCd><lc:Tak>21</lc:Tak><lc:StatCd>1</lc:StatCd><lc:IngDat>2020-01-01</lc:IngDat><lc:Partijen><lc:Partij><lc:RolCd>003</lc:RolCd><lc:PartijId>P1</lc:PartijId><lc:PartijType>NP</lc:PartijType><lc:Naam>A B</lc:Naam></lc:Partij></lc:Partijen><lc:Premie><lc:BedragCt>100</lc:BedragCt><lc:FreqCd>1</lc:FreqCd></lc:Premie><lc:Reserve/></lc:Polis></lc:GetContractDetailsResponse>',
          ),
        },
        'malformed',
      ],
      [
        'an amount that is not whole cents',
        {
          status: 200,
          contentType: 'text/xml',
          body: SOAP(
            '<lc:GetContractDetailsResponse><lc:Polis><lc:PolNr>L000000010</lc:PolNr><lc:ProdCd>PS21</lc:ProdCd><lc:ProdNm>x</lc:ProdNm><lc:PolTypeCd>110</lc:PolTypeCd><lc:Tak>21</lc:Tak><lc:StatCd>1</lc:StatCd><lc:IngDat>01012020</lc:IngDat><lc:Partijen><lc:Partij><lc:RolCd>003</lc:RolCd><lc:PartijId>P1</lc:PartijId><lc:PartijType>NP</lc:PartijType><lc:Naam>A B</lc:Naam></lc:Partij></lc:Partijen><lc:Premie><lc:BedragCt>12,50</lc:BedragCt><lc:FreqCd>1</lc:FreqCd></lc:Premie><lc:Reserve/></lc:Polis></lc:GetContractDetailsResponse>',
          ),
        },
        'malformed',
      ],
    ];

    it.each(cases)('turns %s into a BackendError', async (_case, reply, failure) => {
      const backend = await rawBackend(() => reply);
      try {
        const error = await backendFailure(
          new LifeConnectClient(backendClient('life-connect', backend.url)).contractDetails(['L000000010'], 'req-1'),
        );
        expect(error.failure).toBe(failure);
        expect(error.message).not.toContain('P1');
      } finally {
        await backend.close();
      }
    });

    it('ignores records it did not ask for', async () => {
      const backend = await rawBackend(() => ({
        status: 200,
        contentType: 'text/xml',
        body: SOAP(
          '<lc:GetContractListResponse><lc:PartijContracten><lc:PartijId>P00000099</lc:PartijId><lc:Gevonden>J</lc:Gevonden></lc:PartijContracten></lc:GetContractListResponse>',
        ),
      }));
      try {
        const lists = await new LifeConnectClient(backendClient('life-connect', backend.url)).contractLists(
          ['P00000001'],
          'req-1',
        );
        expect([...lists]).toEqual([['P00000001', null]]);
      } finally {
        await backend.close();
      }
    });
  });
});
