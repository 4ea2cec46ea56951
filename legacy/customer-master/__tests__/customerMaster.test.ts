import { behaviour, counters, silent, started, testUniverse, type Running } from '../../__tests__/support';
import { UNKNOWN_PERSON } from '../identityProviders';
import { createCustomerMaster, type CustomerMaster } from '../server';

type Json = Record<string, unknown>;

describe('customer master', () => {
  const universe = testUniverse(2_000);
  let master: Running<CustomerMaster>;
  const get = async (path: string): Promise<{ status: number; body: Json }> => {
    const response = await fetch(`${master.url}${path}`);
    return { status: response.status, body: (await response.json()) as Json };
  };

  beforeAll(async () => {
    master = await started(createCustomerMaster({ universe, behaviour: behaviour(), log: silent }));
  });
  afterAll(async () => {
    await master.stop();
  });

  describe('parties', () => {
    it('answers persons and companies in its upper-case legacy format, and lists unknown ids', async () => {
      const { status, body } = await get('/parties?ids=P00000001,E00000003,P99999999');
      expect(status).toBe(200);
      const an = universe.person(0);
      expect(body).toEqual({
        PARTIES: [
          {
            PARTY_ID: 'P00000001',
            PARTY_TYPE: 'P',
            FIRST_NM: 'An',
            LAST_NM: 'Peeters',
            SEX_CD: 'F',
            BIRTH_DT: '19780314',
            RRN: an.nationalRegisterNumber,
            LANG_CD: '2',
            ADDR: {
              STRAAT: an.address.street,
              HUISNR: an.address.houseNumber,
              BUS: an.address.box ?? '',
              POSTCD: an.address.postalCode,
              GEMEENTE: an.address.municipality,
              LAND_CD: 'BE',
            },
            EMAIL_ADDR: an.email,
            GSM_NR: an.mobile.replace('+32', '0032'),
          },
          expect.objectContaining({
            PARTY_ID: 'E00000003',
            PARTY_TYPE: 'E',
            COMPANY_NM: 'Dubois SRL',
            KBO_NR: expect.stringMatching(/^0\d{9}$/),
            MANAGER_PARTY_ID: 'P00000003',
          }),
        ],
        NOT_FOUND: ['P99999999'],
      });
    });

    it('answers at most 50 ids per call and needs at least one', async () => {
      const ids = Array.from({ length: 51 }, (_, i) => universe.personId(i)).join(',');
      expect(await get(`/parties?ids=${ids}`)).toMatchObject({ status: 400, body: { error: { code: 'E002' } } });
      expect(await get('/parties?ids=')).toMatchObject({ status: 400, body: { error: { code: 'E001' } } });
      const fifty = Array.from({ length: 50 }, (_, i) => universe.personId(i)).join(',');
      expect(((await get(`/parties?ids=${fifty}`)).body['PARTIES'] as unknown[]).length).toBe(50);
    });

    it('finds a person by national register number, Jan Janssens twice, the unknown person not at all', async () => {
      const an = universe.person(0).nationalRegisterNumber;
      expect(((await get(`/parties/search?rrn=${an}`)).body['PARTIES'] as Json[]).map((p) => p['PARTY_ID'])).toEqual([
        'P00000001',
      ]);
      const jan = universe.person(4).nationalRegisterNumber;
      expect(((await get(`/parties/search?rrn=${jan}`)).body['PARTIES'] as Json[]).map((p) => p['PARTY_ID'])).toEqual([
        'P00000005',
        'P00000006',
      ]);
      expect((await get(`/parties/search?rrn=${UNKNOWN_PERSON.national_register_number}`)).body).toEqual({
        PARTIES: [],
      });
      expect(await get('/parties/search?rrn=123')).toMatchObject({ status: 400, body: { error: { code: 'E003' } } });
    });
  });

  describe('policy index', () => {
    it("lists a party's contracts with roles (Telebib2 X043) and the managing office", async () => {
      const { body } = await get('/parties/P00000002/policies');
      expect(body['PARTY_ID']).toBe('P00000002');
      const policies = body['POLICIES'] as Json[];
      expect(policies).toContainEqual({
        POLICY_NR: 'L000000010',
        DOMAIN: 'LIFE',
        ROLE_CDS: ['014'],
        INTERMEDIARY_ID: 'B00001',
      });
      expect(policies).toContainEqual({
        POLICY_NR: 'L000000012',
        DOMAIN: 'LIFE',
        ROLE_CDS: ['013'],
        INTERMEDIARY_ID: 'B00001',
      });
      expect(policies).toContainEqual({
        POLICY_NR: 'V000000020',
        DOMAIN: 'NONLIFE',
        ROLE_CDS: ['003', '013'],
        INTERMEDIARY_ID: 'B00001',
      });
      expect(await get('/parties/P99999999/policies')).toEqual({
        status: 404,
        body: { ERROR_CD: 'E404', ERROR_TXT: 'PARTY NOT FOUND' },
      });
    });

    it('answers who holds, who is insured and who manages a batch of contracts', async () => {
      const { body } = await get('/policies?nrs=L000000031,V000000014,X1');
      expect(body).toEqual({
        POLICIES: [
          {
            POLICY_NR: 'L000000031',
            DOMAIN: 'LIFE',
            ROLES: [
              { ROLE_CD: '003', PARTY_ID: 'E00000003' },
              { ROLE_CD: '013', PARTY_ID: 'P00000003' },
              { ROLE_CD: '002', PARTY_ID: 'B00001' },
              ...universe
                .policyIndexEntry('L000000031')!
                .beneficiaryIds.map((id) => ({ ROLE_CD: '014', PARTY_ID: id })),
            ],
          },
          expect.objectContaining({
            POLICY_NR: 'V000000014',
            DOMAIN: 'NONLIFE',
            ROLES: expect.arrayContaining([
              { ROLE_CD: '003', PARTY_ID: 'P00000001' },
              { ROLE_CD: '002', PARTY_ID: 'B00002' },
            ]),
          }),
        ],
        NOT_FOUND: ['X1'],
      });
    });
  });

  describe('brokers and portfolios', () => {
    it('answers broker offices with their FSMA number and office contact', async () => {
      const { body } = await get('/brokers?ids=B00001,B99999');
      expect(body).toEqual({
        BROKERS: [
          expect.objectContaining({
            BROKER_ID: 'B00001',
            BROKER_NM: 'Verzekeringskantoor Peeters & Partners',
            FSMA_NR: expect.stringMatching(/^0\d{9}$/),
            OFFICE_EMAIL: 'kantoor1@makelaar.example',
            OFFICE_TEL: expect.stringMatching(/^0032/),
            OFFICE_ADDR: expect.objectContaining({ LAND_CD: 'BE' }),
          }),
        ],
        NOT_FOUND: ['B99999'],
      });
    });

    it('pages through a large portfolio in name order without gaps or overlaps', async () => {
      const first = (await get('/brokers/B00001/portfolio?offset=0&limit=200')).body;
      const total = first['TOTAL'] as number;
      expect(total).toBeGreaterThanOrEqual(500);
      const seen: string[] = [];
      for (let offset = 0; offset < total; offset += 200) {
        const page = (await get(`/brokers/B00001/portfolio?offset=${offset}&limit=200`)).body['PARTIES'] as Json[];
        seen.push(...page.map((p) => String(p['PARTY_ID'])));
      }
      expect(seen).toHaveLength(total);
      expect(new Set(seen).size).toBe(total);
      expect(new Set(seen)).toEqual(new Set(universe.portfolioOf(0).map((i) => universe.personId(i))));
      const names = (first['PARTIES'] as Json[]).map((p) =>
        String(p['LAST_NM'])
          .normalize('NFD')
          .replace(/[\u0300-\u036f]/g, '')
          .toLowerCase(),
      );
      expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
    });

    it('shows An Peeters in both her offices’ portfolios, and finds her by name or by contract number', async () => {
      const small = (await get('/brokers/B00002/portfolio?limit=200')).body;
      expect(small['TOTAL']).toBeLessThan(50);
      expect((small['PARTIES'] as Json[]).map((p) => p['PARTY_ID'])).toContain('P00000001');
      expect((await get('/brokers/B00001/portfolio?q=peeters&limit=200')).body['PARTIES']).toContainEqual({
        PARTY_ID: 'P00000001',
        FIRST_NM: 'An',
        LAST_NM: 'Peeters',
      });
      expect((await get('/brokers/B00002/portfolio?q=V000000014')).body).toMatchObject({
        TOTAL: 1,
        PARTIES: [{ PARTY_ID: 'P00000001' }],
      });
      // Her fire contract is managed by B00002: B00001 must not find it.
      expect((await get('/brokers/B00001/portfolio?q=v000000014')).body).toMatchObject({ TOTAL: 0, PARTIES: [] });
    });

    it.each(['limit=0', 'limit=201', 'offset=-1', 'limit=abc', `q=${'x'.repeat(101)}`])('refuses %s', async (query) => {
      expect((await get(`/brokers/B00001/portfolio?${query}`)).status).toBe(400);
    });
  });

  describe('contact changes', () => {
    const put = (partyId: string, key: string | undefined, body: unknown) =>
      fetch(`${master.url}/parties/${partyId}/contact`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json', ...(key ? { 'idempotency-key': key } : {}) },
        body: JSON.stringify(body),
      });
    const person = async (id: string) => ((await get(`/parties?ids=${id}`)).body['PARTIES'] as Json[])[0]!;
    const appliedTo = async (id: string) =>
      ((await get('/admin/contact-changes')).body['appliedPerParty'] as Record<string, number>)[id] ?? 0;

    it('applies a change once per Idempotency-Key, answers a repeat with the first result, and refuses the key for another change', async () => {
      const change = { EMAIL_ADDR: 'tom.new@klant.example', GSM_NR: '0032470123456' };
      const first = await put('P00000008', 'change-0001-tom', change);
      expect(first.status).toBe(200);
      const result = (await first.json()) as Json;
      expect(result).toMatchObject({
        PARTY_ID: 'P00000008',
        STATUS: 'APPLIED',
        PARTY: { EMAIL_ADDR: 'tom.new@klant.example', GSM_NR: '0032470123456' },
      });
      const again = await put('P00000008', 'change-0001-tom', change);
      expect(await again.json()).toEqual(result);
      expect(await appliedTo('P00000008')).toBe(1);

      const reused = await put('P00000008', 'change-0001-tom', { EMAIL_ADDR: 'other@klant.example' });
      expect(reused.status).toBe(409);
      const elsewhere = await put('P00000009', 'change-0001-tom', change);
      expect(elsewhere.status).toBe(409);
      expect(await person('P00000008')).toMatchObject({ EMAIL_ADDR: 'tom.new@klant.example' });
      expect(await appliedTo('P00000009')).toBe(0);
    });

    it('changes the address in the master record and keeps the rest', async () => {
      const before = await person('P00000010');
      const response = await put('P00000010', 'change-0002-jurgen', {
        ADDR: { STRAAT: 'Hauptstraße', HUISNR: '12', POSTCD: '4780', GEMEENTE: 'Sankt Vith' },
      });
      expect(response.status).toBe(200);
      expect(await person('P00000010')).toEqual({
        ...before,
        ADDR: { STRAAT: 'Hauptstraße', HUISNR: '12', BUS: '', POSTCD: '4780', GEMEENTE: 'Sankt Vith', LAND_CD: 'BE' },
      });
    });

    it.each([
      ['no Idempotency-Key', undefined, { EMAIL_ADDR: 'a@b.example' }, 400, 'E005'],
      ['a short Idempotency-Key', 'abc', { EMAIL_ADDR: 'a@b.example' }, 400, 'E005'],
      ['nothing to change', 'change-bad-0001', {}, 400, 'E007'],
      ['an invalid e-mail address', 'change-bad-0002', { EMAIL_ADDR: 'not-an-address' }, 400, 'E007'],
      ['a landline as mobile', 'change-bad-0003', { GSM_NR: '003250123456' }, 400, 'E007'],
      [
        'an address without municipality',
        'change-bad-0004',
        { ADDR: { STRAAT: 'Meir', HUISNR: '1', POSTCD: '2000' } },
        400,
        'E007',
      ],
      [
        'a foreign postal code',
        'change-bad-0005',
        { ADDR: { STRAAT: 'Meir', HUISNR: '1', POSTCD: '75001', GEMEENTE: 'Paris' } },
        400,
        'E007',
      ],
      ['an unknown field', 'change-bad-0006', { EMAIL_ADDR: 'a@b.example', IBAN: 'BE68539007547034' }, 400, 'E007'],
    ])('refuses %s and changes nothing', async (_case, key, body, status, code) => {
      const before = await person('P00000012');
      const response = await put('P00000012', key, body);
      expect(response.status).toBe(status);
      expect(((await response.json()) as { error: { code: string } }).error.code).toBe(code);
      expect(await person('P00000012')).toEqual(before);
      expect(await appliedTo('P00000012')).toBe(0);
    });

    it('answers 404 for an unknown party', async () => {
      expect((await put('P99999999', 'change-0003-none', { EMAIL_ADDR: 'a@b.example' })).status).toBe(404);
    });
  });

  describe('identity providers (itsme, eID)', () => {
    const authorize = async (provider: string, person: string): Promise<string> =>
      ((await (await fetch(`${master.url}/oidc/${provider}/authorize?person=${person}`)).json()) as { code: string })
        .code;
    const token = (provider: string, code: string, grantType = 'authorization_code') =>
      fetch(`${master.url}/oidc/${provider}/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ grant_type: grantType, code }).toString(),
      });

    it('exchanges an authorization code once for the national register number and name', async () => {
      const code = await authorize('itsme', 'P00000001');
      const response = await token('itsme', code);
      expect(await response.json()).toEqual({
        token_type: 'Bearer',
        userinfo: {
          national_register_number: universe.person(0).nationalRegisterNumber,
          given_name: 'An',
          family_name: 'Peeters',
          birthdate: '1978-03-14',
          locale: 'nl',
        },
      });
      expect(await (await token('itsme', code)).json()).toEqual({ error: 'invalid_grant' });
    });

    it('asserts another birth date for Els Maes (P00000007): the data mismatch of requirements §1.3', async () => {
      const claims = (
        (await (await token('eid', await authorize('eid', 'P00000007'))).json()) as { userinfo: Record<string, string> }
      ).userinfo;
      expect(claims['national_register_number']).toBe(universe.person(6).nationalRegisterNumber);
      expect(claims['birthdate']).not.toBe(universe.person(6).birthDate);
    });

    it('asserts a person the customer master does not know for person=unknown', async () => {
      const claims = (
        (await (await token('itsme', await authorize('itsme', 'unknown'))).json()) as {
          userinfo: Record<string, string>;
        }
      ).userinfo;
      expect(claims).toEqual(UNKNOWN_PERSON);
      expect((await get(`/parties/search?rrn=${claims['national_register_number']}`)).body).toEqual({ PARTIES: [] });
    });

    it('refuses a code minted for the other provider, a wrong grant type and unknown providers or persons', async () => {
      expect(await (await token('eid', await authorize('itsme', 'P00000001'))).json()).toEqual({
        error: 'invalid_grant',
      });
      expect(await (await token('itsme', await authorize('itsme', 'P00000001'), 'password')).json()).toEqual({
        error: 'unsupported_grant_type',
      });
      expect((await token('google', 'x')).status).toBe(404);
      expect((await fetch(`${master.url}/oidc/itsme/authorize?person=P99999999`)).status).toBe(400);
      expect(
        (await fetch(`${master.url}/oidc/itsme/authorize?person=P00000001&redirect_uri=javascript:alert(1)`)).status,
      ).toBe(400);
    });

    it('redirects to the redirect_uri with the code and state, like a provider after login', async () => {
      const response = await fetch(
        `${master.url}/oidc/itsme/authorize?person=P00000001&redirect_uri=${encodeURIComponent('http://127.0.0.1:9/callback')}&state=s-123`,
        { redirect: 'manual' },
      );
      expect(response.status).toBe(302);
      const location = new URL(response.headers.get('location')!);
      expect(location.pathname).toBe('/callback');
      expect(location.searchParams.get('state')).toBe('s-123');
      expect((await token('itsme', location.searchParams.get('code')!)).status).toBe(200);
    });
  });

  describe('SMS and postal gateways', () => {
    it('deliver what they are given into outboxes that tests can read, and count each call', async () => {
      await fetch(`${master.url}/admin/counters`, { method: 'DELETE' });
      const sms = await fetch(`${master.url}/sms/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ to: '+32470000001', text: 'Uw code: 123456' }),
      });
      expect(sms.status).toBe(202);
      const letter = await fetch(`${master.url}/post/letters`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ partyId: 'P00000008', kind: 'ACTIVATION_CODE', lines: ['Uw activatiecode: ABCD-EFGH'] }),
      });
      expect(letter.status).toBe(202);
      expect(await (await fetch(`${master.url}/admin/sms/outbox?to=%2B32470000001`)).json()).toEqual([
        expect.objectContaining({
          to: '+32470000001',
          text: 'Uw code: 123456',
          id: expect.any(String),
          sentAt: expect.any(String),
        }),
      ]);
      const letters = (await (await fetch(`${master.url}/admin/post/outbox?partyId=P00000008`)).json()) as Json[];
      expect(letters).toEqual([
        expect.objectContaining({
          kind: 'ACTIVATION_CODE',
          lines: ['Uw activatiecode: ABCD-EFGH'],
          address: expect.objectContaining({ LAND_CD: 'BE' }),
        }),
      ]);
      expect((await counters(master.url)).calls).toEqual({ sendLetter: 1, sendSms: 1 });
    });

    it.each([
      ['/sms/messages', { to: '+32470000001' }],
      ['/sms/messages', { to: 'call me', text: 'x' }],
      ['/post/letters', { partyId: 'P00000008', kind: 'X' }],
    ])('refuse an incomplete message to %s', async (path, body) => {
      const response = await fetch(`${master.url}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      expect(response.status).toBe(400);
    });
  });
});
