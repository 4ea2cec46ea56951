import { XMLParser } from 'fast-xml-parser';
import {
  behaviour,
  counters,
  setBehaviour,
  silent,
  started,
  testUniverse,
  type Running,
} from '../../__tests__/support';
import { loadLegacyConfig, behaviourFrom } from '../../shared/config';
import type { LegacyService } from '../../shared/service';
import { createLifeConnect } from '../server';

const NS = 'urn:lifeconnect:contract:v3';
const LISTS = [
  'lc:Polis',
  'lc:PartijContracten',
  'lc:Contract',
  'lc:Partij',
  'lc:Waarborg',
  'lc:Begunstigde',
  'lc:Fonds',
];
const parser = new XMLParser({
  ignoreAttributes: false,
  parseTagValue: false,
  isArray: (name, jPath) => LISTS.includes(name) || String(jPath).endsWith('lc:Contract.lc:RolCd'),
});

type Xml = Record<string, unknown>;
const at = (value: unknown, ...path: string[]): unknown =>
  path.reduce<unknown>((node, key) => (node as Xml | undefined)?.[key], value);

function request(operation: 'GetContractList' | 'GetContractDetails', ids: string[]): string {
  const element = operation === 'GetContractList' ? 'PartijId' : 'PolNr';
  return `<?xml version="1.0"?><soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns:lc="${NS}"><soapenv:Header/><soapenv:Body><lc:${operation}Request>${ids.map((id) => `<lc:${element}>${id}</lc:${element}>`).join('')}</lc:${operation}Request></soapenv:Body></soapenv:Envelope>`;
}

describe('Life Connect', () => {
  const universe = testUniverse(2_000);
  const clock = { now: new Date('2026-11-03T12:00:00Z') };
  let service: Running<LegacyService>;

  async function call(
    operation: 'GetContractList' | 'GetContractDetails',
    ids: string[],
    soapAction = `${NS}#${operation}`,
  ) {
    const response = await fetch(`${service.url}/LifeConnect/services/ContractService`, {
      method: 'POST',
      headers: { 'content-type': 'text/xml; charset=utf-8', soapaction: soapAction },
      body: request(operation, ids),
    });
    const text = await response.text();
    return {
      status: response.status,
      contentType: response.headers.get('content-type'),
      retryAfter: response.headers.get('retry-after'),
      text,
      xml: parser.parse(text) as Xml,
    };
  }
  const body = (xml: Xml) => at(xml, 'soapenv:Envelope', 'soapenv:Body') as Xml;

  beforeAll(async () => {
    service = await started(createLifeConnect({ universe, behaviour: behaviour(), log: silent, now: () => clock.now }));
  });
  afterAll(async () => {
    await service.stop();
  });
  beforeEach(async () => {
    clock.now = new Date('2026-11-03T12:00:00Z');
    await setBehaviour(service.url, { maintenance: false, maintenanceWindow: null, errorRate: 0, malformedRate: 0 });
  });

  it('answers a SOAP 1.1 envelope in its own namespace', async () => {
    const { status, contentType, xml } = await call('GetContractList', ['P00000001']);
    expect(status).toBe(200);
    expect(contentType).toBe('text/xml; charset=utf-8');
    expect(xml['soapenv:Envelope']).toMatchObject({
      '@_xmlns:soapenv': 'http://schemas.xmlsoap.org/soap/envelope/',
      '@_xmlns:lc': NS,
    });
  });

  it("lists each party's contracts with its roles, up to 50 parties per call", async () => {
    const parties = Array.from({ length: 50 }, (_, i) => universe.personId(i));
    const { xml } = await call('GetContractList', [...parties.slice(0, 49), 'P99999999']);
    const entries = at(body(xml), 'lc:GetContractListResponse', 'lc:PartijContracten') as Xml[];
    expect(entries).toHaveLength(50);
    expect(entries[0]).toEqual({
      'lc:PartijId': 'P00000001',
      'lc:Gevonden': 'J',
      'lc:Contract': universe
        .contractRolesOf(0, 'life')
        .map((c) => ({ 'lc:PolNr': c.contractNumber, 'lc:RolCd': c.roles })),
    });
    expect(entries[1]!['lc:Contract']).toContainEqual({ 'lc:PolNr': 'L000000010', 'lc:RolCd': ['014'] });
    expect(entries[49]).toMatchObject({ 'lc:PartijId': 'P99999999', 'lc:Gevonden': 'N' });
  });

  it('details contracts with DDMMYYYY dates, amounts in cents as strings and Telebib2 codes', async () => {
    const contract = universe.lifeContract('L000000010')!;
    const { xml } = await call('GetContractDetails', ['L000000010', 'L000000031', 'L999999990']);
    const response = at(body(xml), 'lc:GetContractDetailsResponse') as Xml;
    const [pension, ipt] = response['lc:Polis'] as Xml[];
    const ddmmyyyy = (iso: string) => `${iso.slice(8, 10)}${iso.slice(5, 7)}${iso.slice(0, 4)}`;
    expect(pension).toMatchObject({
      'lc:PolNr': 'L000000010',
      'lc:ProdCd': 'PS21',
      'lc:PolTypeCd': '110',
      'lc:Tak': '21',
      'lc:FiscRegCd': '6',
      'lc:StatCd': '1',
      'lc:IngDat': ddmmyyyy(contract.startDate),
      'lc:Premie': { 'lc:BedragCt': String(contract.premiumCents), 'lc:FreqCd': contract.premiumFrequency },
      'lc:Reserve': { 'lc:BedragCt': String(contract.reserveCents), 'lc:WaardeDat': '31122025' },
      'lc:Partijen': {
        'lc:Partij': [
          { 'lc:RolCd': '003', 'lc:PartijId': 'P00000001', 'lc:PartijType': 'NP', 'lc:Naam': 'An Peeters' },
          { 'lc:RolCd': '013', 'lc:PartijId': 'P00000001', 'lc:PartijType': 'NP', 'lc:Naam': 'An Peeters' },
          {
            'lc:RolCd': '002',
            'lc:PartijId': 'B00001',
            'lc:PartijType': 'RP',
            'lc:Naam': 'Verzekeringskantoor Peeters & Partners',
          },
        ],
      },
      'lc:Waarborgen': {
        'lc:Waarborg': [
          expect.objectContaining({ 'lc:WaarborgCd': '110', 'lc:Hoofd': 'J' }),
          expect.objectContaining({ 'lc:WaarborgCd': '120', 'lc:Hoofd': 'N' }),
        ],
      },
    });
    expect(pension!['lc:IngDat']).toMatch(/^\d{8}$/);
    expect((at(pension, 'lc:Begunstigden', 'lc:Begunstigde') as Xml[])[1]).toMatchObject({
      'lc:Gebeurtenis': 'OVERLIJDEN',
      'lc:ClausuleCd': '4',
      'lc:PartijId': 'P00000002',
    });
    // An IPT is held by the manager's company (a legal person) and insures the manager.
    expect(at(ipt, 'lc:Partijen', 'lc:Partij')).toEqual([
      { 'lc:RolCd': '003', 'lc:PartijId': 'E00000003', 'lc:PartijType': 'RP', 'lc:Naam': 'Dubois SRL' },
      { 'lc:RolCd': '013', 'lc:PartijId': 'P00000003', 'lc:PartijType': 'NP', 'lc:Naam': 'Sophie Dubois' },
      {
        'lc:RolCd': '002',
        'lc:PartijId': 'B00001',
        'lc:PartijType': 'RP',
        'lc:Naam': 'Verzekeringskantoor Peeters & Partners',
      },
    ]);
    // Its premiums are debited (D) from the company's account, not the manager's.
    expect(ipt!['lc:Premie']).toMatchObject({ 'lc:BetWijzeCd': 'D', 'lc:RekNr': 'BE93082153933667', 'lc:GestMed': '' });
    expect(at(response, 'lc:NietGevonden', 'lc:PolNr')).toBe('L999999990');
  });

  it('gives a premium paid by transfer (O) its structured communication as 12 digits', async () => {
    const { xml } = await call('GetContractDetails', ['L000000011']);
    expect(at(body(xml), 'lc:GetContractDetailsResponse', 'lc:Polis', '0', 'lc:Premie')).toMatchObject({
      'lc:BetWijzeCd': 'O',
      'lc:RekNr': '',
      'lc:GestMed': '100000001145',
    });
  });

  it('details unit-linked funds with units and unit prices', async () => {
    const { xml } = await call('GetContractDetails', ['L000000011']);
    const funds = at(body(xml), 'lc:GetContractDetailsResponse', 'lc:Polis', '0', 'lc:Fondsen', 'lc:Fonds') as Xml[];
    expect(funds.length).toBeGreaterThan(0);
    for (const fund of funds)
      expect(fund).toMatchObject({
        'lc:Eenheden': expect.stringMatching(/^\d+\.\d{6}$/),
        'lc:EenheidsPrijsCt': expect.stringMatching(/^\d+\.\d{4}$/),
        'lc:KoersDat': '31122025',
      });
  });

  it.each([
    [
      'more than 50 ids',
      request(
        'GetContractDetails',
        Array.from({ length: 51 }, (_, i) => `L${String(i).padStart(9, '0')}`),
      ),
      'GetContractDetails',
      'LC-413',
    ],
    ['no ids', request('GetContractList', []), 'GetContractList', 'LC-401'],
    ['a body that is not XML', 'hello', 'GetContractList', 'LC-400'],
    ['a SOAPAction for another operation', request('GetContractList', ['P00000001']), 'GetContractDetails', 'LC-402'],
  ])('answers a client SOAP fault for %s', async (_case, xml, action, code) => {
    const response = await fetch(`${service.url}/LifeConnect/services/ContractService`, {
      method: 'POST',
      headers: { soapaction: `${NS}#${action}` },
      body: xml,
    });
    expect(response.status).toBe(400);
    const fault = at(parser.parse(await response.text()), 'soapenv:Envelope', 'soapenv:Body', 'soapenv:Fault') as Xml;
    expect(fault).toMatchObject({ faultcode: 'soapenv:Client', detail: { 'lc:FoutCd': code } });
  });

  it('counts calls per SOAP operation', async () => {
    await fetch(`${service.url}/admin/counters`, { method: 'DELETE' });
    await call('GetContractList', ['P00000001']);
    await call('GetContractDetails', ['L000000010']);
    await call('GetContractDetails', ['L000000011']);
    expect((await counters(service.url)).calls).toEqual({ GetContractDetails: 2, GetContractList: 1 });
  });

  it('answers 503 with a SOAP fault and Retry-After during its nightly batch, and normally after it', async () => {
    await setBehaviour(service.url, { maintenanceWindow: '01:00-01:30' });
    clock.now = new Date('2026-11-03T01:05:00Z');
    const during = await call('GetContractList', ['P00000001']);
    expect(during.status).toBe(503);
    expect(during.retryAfter).toBe(String(25 * 60));
    expect(at(during.xml, 'soapenv:Envelope', 'soapenv:Body', 'soapenv:Fault')).toMatchObject({
      faultcode: 'soapenv:Server',
      detail: { 'lc:FoutCd': 'LC-503' },
    });
    clock.now = new Date('2026-11-03T01:31:00Z');
    expect((await call('GetContractList', ['P00000001'])).status).toBe(200);
  });

  it('has its nightly batch window by default', () => {
    expect(
      behaviourFrom(
        loadLegacyConfig(
          { port: 4102, operatorPort: 4912 },
          { latencyMs: 60, jitterMs: 20, maintenanceWindow: '01:00-01:30' },
          {},
        ),
      ).maintenanceWindow,
    ).toBe('01:00-01:30');
  });

  it('answers a server SOAP fault at error rate 1 and cut-off XML at malformed rate 1', async () => {
    await setBehaviour(service.url, { errorRate: 1 });
    const failed = await call('GetContractList', ['P00000001']);
    expect(failed.status).toBe(500);
    expect(at(failed.xml, 'soapenv:Envelope', 'soapenv:Body', 'soapenv:Fault')).toMatchObject({
      faultcode: 'soapenv:Server',
      detail: { 'lc:FoutCd': 'LC-500' },
    });
    await setBehaviour(service.url, { errorRate: 0, malformedRate: 1 });
    const garbled = await call('GetContractDetails', ['L000000010']);
    expect(garbled.status).toBe(200);
    expect(garbled.text).not.toContain('</soapenv:Envelope>');
  });
});
