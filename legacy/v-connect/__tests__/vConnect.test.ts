import {
  behaviour,
  counters,
  setBehaviour,
  silent,
  started,
  testUniverse,
  type Running,
} from '../../__tests__/support';
import type { LegacyService } from '../../shared/service';
import { createVConnect } from '../server';

type Json = Record<string, unknown>;

describe('V-Connect', () => {
  const universe = testUniverse(2_000);
  let service: Running<LegacyService>;
  const get = async (path: string) => {
    const response = await fetch(`${service.url}${path}`);
    return {
      status: response.status,
      contentType: response.headers.get('content-type'),
      text: await response.clone().text(),
      body: (await response.json().catch(() => null)) as Json | null,
    };
  };

  beforeAll(async () => {
    service = await started(createVConnect({ universe, behaviour: behaviour(), log: silent }));
  });
  afterAll(async () => {
    await service.stop();
  });
  beforeEach(async () => {
    await setBehaviour(service.url, { errorRate: 0, malformedRate: 0, maintenance: false });
  });

  it("lists a customer's contracts with their roles", async () => {
    const { status, contentType, body } = await get('/api/v2/klanten/P00000001/contracten');
    expect(status).toBe(200);
    expect(contentType).toMatch(/^application\/json/);
    expect(body).toEqual({
      klantId: 'P00000001',
      contracten: universe
        .contractRolesOf(0, 'nonlife')
        .map((c) => ({ polisnummer: c.contractNumber, rollen: c.roles })),
    });
    // Five of her own, and her partner's cars she is a named driver of (role 004).
    const held = (body!['contracten'] as Array<{ rollen: string[] }>).filter((c) => c.rollen.includes('003'));
    expect(held).toHaveLength(5);
  });

  it('answers one motor contract with Dutch field names, YYYYMMDD dates, cents and Telebib2 codes', async () => {
    const contract = universe.nonLifeContract('V000000013')!;
    const { body } = await get('/api/v2/contracten/V000000013');
    expect(body).toMatchObject({
      polisnummer: 'V000000013',
      productcode: 'AUTO',
      productnaam: 'Autoverzekering',
      tak: '51',
      systeem: 'VC',
      status: '1',
      ingangsdatum: contract.startDate.replaceAll('-', ''),
      einddatum: null,
      hoofdvervaldag: expect.stringMatching(/^\d{8}$/),
      premie: {
        bedragCent: contract.premiumCents,
        frequentie: contract.premiumFrequency,
        // Debited (DOMI) from An Peeters' account.
        betaalwijze: 'DOMI',
        rekeningnummer: 'BE88330819037641',
        mededeling: null,
      },
      risico: {
        objecttype: '001',
        voertuig: {
          nummerplaat: expect.stringMatching(/^\d-[A-Z]{3}-\d{3}$/),
          chassisnummer: expect.stringMatching(/^[A-Z0-9]{17}$/),
          merk: contract.vehicle!.make,
          model: contract.vehicle!.model,
          eersteInschrijving: expect.stringMatching(/^\d{8}$/),
          gebruik: expect.stringMatching(/^(PRIV|PROF)$/),
        },
        gebouw: null,
        gezin: null,
      },
      bonusMalus: expect.any(Number),
    });
    const guarantees = (body!['waarborgen'] as Json[]).map((g) => g['code']);
    // Motor liability first; no occupants cover (531), which compulsory liability already pays.
    expect(guarantees[0]).toBe('510');
    expect(guarantees).not.toContain('531');
    expect(body!['partijen']).toEqual(
      expect.arrayContaining([
        { rol: '003', partijId: 'P00000001' },
        { rol: '013', partijId: 'P00000001' },
        { rol: '002', partijId: 'B00001' },
      ]),
    );
  });

  it('answers a fire contract with the building, owner or tenant (A573 010)', async () => {
    const owner = (await get('/api/v2/contracten/V000000014')).body!;
    expect(owner).toMatchObject({
      productcode: 'WONING',
      risico: {
        objecttype: '010',
        voertuig: null,
        gebouw: { hoedanigheid: '01', soort: expect.stringMatching(/^(HUIS|APP)$/) },
      },
    });
    expect(owner['partijen']).toContainEqual({ rol: '002', partijId: 'B00002' });
    // Paid by transfer (OVER) with the structured communication as on a paper form, no account.
    expect(owner['premie']).toMatchObject({ betaalwijze: 'OVER', rekeningnummer: null, mededeling: '200/0000/01482' });
    expect((owner['waarborgen'] as Json[]).find((g) => g['code'] === '311')).toMatchObject({
      vrijstelling: { soort: 'KLASSIEK', bedragCent: 29_000, percentage: null },
    });
  });

  it('marks the contracts the legacy motor system still holds', async () => {
    const legacyMotor = universe
      .heldContractNumbers(1, 'nonlife')
      .find((n) => universe.nonLifeContract(n)?.product === 'AUTO_OUD')!;
    expect((await get(`/api/v2/contracten/${legacyMotor}`)).body).toMatchObject({
      productcode: 'AUTO_OUD',
      systeem: 'LEG',
    });
  });

  it('answers 404 in its own format for an unknown customer or contract, and has no batch endpoint', async () => {
    expect(await get('/api/v2/klanten/P99999999/contracten')).toMatchObject({
      status: 404,
      body: { fout: { code: 'NIET_GEVONDEN', boodschap: 'Klant niet gevonden' } },
    });
    expect(await get('/api/v2/contracten/V999999990')).toMatchObject({
      status: 404,
      body: { fout: { code: 'NIET_GEVONDEN' } },
    });
    expect((await get('/api/v2/contracten?nrs=V000000013,V000000014')).status).toBe(404);
  });

  it('counts calls per endpoint, not per contract', async () => {
    await fetch(`${service.url}/admin/counters`, { method: 'DELETE' });
    await Promise.all(['V000000013', 'V000000014', 'V000000015'].map((n) => get(`/api/v2/contracten/${n}`)));
    await get('/api/v2/klanten/P00000001/contracten');
    expect((await counters(service.url)).calls).toEqual({ contract: 3, klantContracten: 1 });
  });

  it('answers its own error, maintenance and garbled bodies when told to', async () => {
    await setBehaviour(service.url, { errorRate: 1 });
    expect(await get('/api/v2/contracten/V000000013')).toMatchObject({
      status: 500,
      body: { fout: { code: 'TECHNISCHE_FOUT' } },
    });
    await setBehaviour(service.url, { errorRate: 0, maintenance: true });
    expect(await get('/api/v2/contracten/V000000013')).toMatchObject({
      status: 503,
      body: { fout: { code: 'ONDERHOUD' } },
    });
    await setBehaviour(service.url, { maintenance: false, malformedRate: 1 });
    const garbled = await get('/api/v2/contracten/V000000013');
    expect(garbled.status).toBe(200);
    expect(() => JSON.parse(garbled.text) as unknown).toThrow();
  });
});
