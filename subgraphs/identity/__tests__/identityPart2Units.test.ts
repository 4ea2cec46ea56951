import {
  toBroker,
  toCustomer,
  toMasterContactChange,
  toPolicyRoles,
  toPortfolioMembers,
  toProviderAssertion,
} from '../backend/mapper';
import { providerMatches } from '../flows/personMatching';
import { FAQ } from '../help/faq';
import { helpIn } from '../help/help';
import { presentedCredentials } from '../oauth/clientCredentialsGrant';
import { officesManaging } from '../offices';
import { encodePortfolioCursor, offsetAfter } from '../portfolio/cursor';
import { normaliseSearch } from '../portfolio/portfolioPage';
import { contactChangeFingerprint, parseContactChange } from '../validation';

const ADDRESS = { street: ' Kerkstraat ', houseNumber: '7A', box: null, postalCode: '9000', municipality: 'Gent' };

describe('parseContactChange', () => {
  it('keeps what changes, in canonical form, and names each changed field', () => {
    expect(parseContactChange({ email: ' an@example.be ', mobile: '0470 12.34.56', postalAddress: ADDRESS })).toEqual({
      ok: true,
      change: {
        email: 'an@example.be',
        mobile: '+32470123456',
        address: {
          street: 'Kerkstraat',
          houseNumber: '7A',
          box: null,
          postalCode: '9000',
          municipality: 'Gent',
          country: 'BE',
        },
      },
      fields: ['EMAIL', 'MOBILE', 'POSTAL_ADDRESS'],
    });
    expect(parseContactChange({ mobile: '0032 470 12 34 56' })).toMatchObject({
      ok: true,
      change: { mobile: '+32470123456' },
      fields: ['MOBILE'],
    });
    expect(parseContactChange({ postalAddress: { ...ADDRESS, box: 'bus 3', country: 'be' } })).toMatchObject({
      ok: true,
      change: { address: { box: 'bus 3', country: 'BE' } },
    });
  });

  it('names the first field at fault', () => {
    expect(parseContactChange({})).toEqual({ ok: false, field: 'details' });
    expect(parseContactChange({ email: null, mobile: null, postalAddress: null })).toEqual({
      ok: false,
      field: 'details',
    });
    expect(parseContactChange({ email: 'an@localhost' })).toEqual({ ok: false, field: 'email' });
    expect(parseContactChange({ mobile: '0470 12 34 5' })).toEqual({ ok: false, field: 'mobile' });
    expect(parseContactChange({ mobile: '0470'.repeat(10) })).toEqual({ ok: false, field: 'mobile' });
    expect(parseContactChange({ postalAddress: { ...ADDRESS, street: 'Kerk\tstraat' } })).toEqual({
      ok: false,
      field: 'postalAddress.street',
    });
    expect(parseContactChange({ postalAddress: { ...ADDRESS, houseNumber: '' } })).toEqual({
      ok: false,
      field: 'postalAddress.houseNumber',
    });
    expect(parseContactChange({ postalAddress: { ...ADDRESS, postalCode: '900' } })).toEqual({
      ok: false,
      field: 'postalAddress.postalCode',
    });
    expect(parseContactChange({ postalAddress: { ...ADDRESS, municipality: '' } })).toEqual({
      ok: false,
      field: 'postalAddress.municipality',
    });
    expect(parseContactChange({ postalAddress: { ...ADDRESS, country: 'FR' } })).toEqual({
      ok: false,
      field: 'postalAddress.country',
    });
  });

  it('fingerprints a change so that only the same change matches, whatever the case of the e-mail address', () => {
    const parsed = (input: Parameters<typeof parseContactChange>[0]) => {
      const result = parseContactChange(input);
      if (!result.ok) throw new Error(result.field);
      return contactChangeFingerprint(result.change);
    };
    expect(parsed({ email: 'An@Example.be' })).toBe(parsed({ email: 'an@example.be' }));
    expect(parsed({ email: 'an@example.be' })).not.toBe(parsed({ email: 'an@example.be', mobile: '0470123456' }));
    expect(parsed({ mobile: '0470123456' })).toBe(parsed({ mobile: '+32 470 12 34 56' }));
    expect(parsed({ postalAddress: ADDRESS })).not.toBe(parsed({ postalAddress: { ...ADDRESS, houseNumber: '7B' } }));
  });
});

describe('the customer master mappings of part 2', () => {
  it('writes a contact change in the master’s field names and phone notation, only what changes', () => {
    expect(toMasterContactChange({ mobile: '+32470123456' })).toEqual({ GSM_NR: '0032470123456' });
    expect(
      toMasterContactChange({
        email: 'a@b.be',
        address: {
          street: 'Kerkstraat',
          houseNumber: '7',
          box: null,
          postalCode: '9000',
          municipality: 'Gent',
          country: 'BE',
        },
      }),
    ).toEqual({
      EMAIL_ADDR: 'a@b.be',
      ADDR: { STRAAT: 'Kerkstraat', HUISNR: '7', BUS: '', POSTCD: '9000', GEMEENTE: 'Gent', LAND_CD: 'BE' },
    });
  });

  it('reads a broker office: FSMA number formatted, phone in E.164', () => {
    expect(
      toBroker({
        BROKER_ID: 'B00001',
        BROKER_NM: 'Kantoor',
        FSMA_NR: '0123456749',
        OFFICE_EMAIL: 'kantoor1@makelaar.example',
        OFFICE_TEL: '003250123456',
        OFFICE_ADDR: { STRAAT: 'Markt', HUISNR: '1', BUS: '', POSTCD: '8000', GEMEENTE: 'Brugge', LAND_CD: 'BE' },
      }),
    ).toEqual({
      id: 'B00001',
      name: 'Kantoor',
      fsmaNumber: '0123.456.749',
      email: 'kantoor1@makelaar.example',
      phone: '+3250123456',
      address: {
        street: 'Markt',
        houseNumber: '1',
        box: null,
        postalCode: '8000',
        municipality: 'Brugge',
        country: 'BE',
      },
    });
  });

  it('takes the offices of contracts the person holds or is insured on, not those where they are only beneficiary or driver', () => {
    expect(
      officesManaging([
        { contractNumber: 'L1', domain: 'life', roles: ['POLICYHOLDER'], intermediaryId: 'B00002' },
        { contractNumber: 'V1', domain: 'nonlife', roles: ['INSURED'], intermediaryId: 'B00001' },
        { contractNumber: 'V2', domain: 'nonlife', roles: ['POLICYHOLDER', 'INSURED'], intermediaryId: 'B00001' },
        { contractNumber: 'L2', domain: 'life', roles: ['BENEFICIARY'], intermediaryId: 'B00003' },
        { contractNumber: 'V3', domain: 'nonlife', roles: ['DRIVER'], intermediaryId: 'B00004' },
      ]),
    ).toEqual(['B00001', 'B00002']);
  });

  it('reads the roles on a contract by name, leaving out codes that give no right to it', () => {
    expect(
      toPolicyRoles({
        PARTY_ID: 'P00000001',
        POLICIES: [{ POLICY_NR: 'V1', DOMAIN: 'NONLIFE', ROLE_CDS: ['003', '099', '004'], INTERMEDIARY_ID: 'B00001' }],
      }),
    ).toEqual([
      { contractNumber: 'V1', domain: 'nonlife', roles: ['POLICYHOLDER', 'DRIVER'], intermediaryId: 'B00001' },
    ]);
  });

  it('reads a portfolio page as the customer ids in the master’s order and the total', () => {
    expect(
      toPortfolioMembers({
        BROKER_ID: 'B00001',
        TOTAL: 12,
        PARTIES: [
          { PARTY_ID: 'P00000002', FIRST_NM: 'Bart', LAST_NM: 'Claes' },
          { PARTY_ID: 'P00000001', FIRST_NM: 'An', LAST_NM: 'Peeters' },
        ],
      }),
    ).toEqual({ totalCount: 12, customerIds: ['P00000002', 'P00000001'] });
  });

  it("matches an identity provider's assertion to the master's person by birth date, not by name", () => {
    const assertion = toProviderAssertion({
      national_register_number: '78031412345',
      given_name: 'An',
      family_name: 'Peeters',
      birthdate: '1978-03-14',
      locale: 'nl',
    });
    expect(assertion).toEqual({ nationalRegisterNumber: '78031412345', birthDate: '1978-03-14' });
    const person = toCustomer({
      PARTY_ID: 'P00000001',
      PARTY_TYPE: 'P',
      FIRST_NM: 'Ann',
      LAST_NM: 'Peeters-Claes',
      SEX_CD: 'F',
      BIRTH_DT: '19780314',
      RRN: '78031412345',
      LANG_CD: '2',
      ADDR: { STRAAT: 'Kerkstraat', HUISNR: '7', BUS: '', POSTCD: '9000', GEMEENTE: 'Gent', LAND_CD: 'BE' },
      EMAIL_ADDR: 'an@example.be',
      GSM_NR: '0032470123456',
    });
    expect(providerMatches(person, assertion)).toBe(true);
    expect(providerMatches({ ...person, birthDate: '1978-03-15' }, assertion)).toBe(false);
  });
});

describe('portfolio cursors', () => {
  it('continue after the position they were given for, and only within their own search', () => {
    const cursor = encodePortfolioCursor(49, 'peeters');
    expect(offsetAfter(cursor, 'peeters')).toBe(50);
    expect(offsetAfter(cursor, 'dubois')).toBeUndefined();
    expect(offsetAfter(encodePortfolioCursor(0, ''), '')).toBe(1);
  });

  it('refuse anything they did not make', () => {
    const forged = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
    const key = JSON.parse(Buffer.from(encodePortfolioCursor(0, ''), 'base64url').toString('utf8')).s;
    expect(offsetAfter(forged({ v: 1, p: 10, s: key }), '')).toBe(11);
    for (const bad of [
      forged({ v: 2, p: 10, s: key }),
      forged({ v: 1, p: -1, s: key }),
      forged({ v: 1, p: 1.5, s: key }),
      forged({ v: 1, p: 1e9, s: key }),
      forged([1]),
      'not a cursor!',
      'eyJ',
      'x'.repeat(201),
    ]) {
      expect([bad, offsetAfter(bad, '')]).toEqual([bad, undefined]);
    }
  });

  it('treat searches that differ only in spacing as the same search', () => {
    expect(normaliseSearch('  An   Peeters ')).toBe('An Peeters');
    expect(normaliseSearch(null)).toBe('');
  });
});

describe('client credentials in a token request', () => {
  const basic = (value: string) => `Basic ${Buffer.from(value).toString('base64')}`;

  it('come from HTTP Basic (form-encoded parts) or from the form', () => {
    expect(presentedCredentials(new URLSearchParams(), basic('bc_id:bcs_se%3Acret'))).toEqual({
      outcome: 'presented',
      clientId: 'bc_id',
      clientSecret: 'bcs_se:cret',
    });
    expect(
      presentedCredentials(new URLSearchParams({ client_id: 'bc_id', client_secret: 'bcs_x' }), undefined),
    ).toEqual({ outcome: 'presented', clientId: 'bc_id', clientSecret: 'bcs_x' });
    expect(presentedCredentials(new URLSearchParams(), undefined)).toEqual({ outcome: 'missing' });
  });

  it('are malformed when given twice, half, or in another scheme', () => {
    expect(presentedCredentials(new URLSearchParams({ client_id: 'bc_id' }), basic('bc_id:bcs_x')).outcome).toBe(
      'malformed',
    );
    expect(presentedCredentials(new URLSearchParams({ client_id: 'bc_id' }), undefined).outcome).toBe('malformed');
    expect(presentedCredentials(new URLSearchParams(), basic('no-colon')).outcome).toBe('malformed');
    expect(presentedCredentials(new URLSearchParams(), basic(':bcs_x')).outcome).toBe('malformed');
    expect(presentedCredentials(new URLSearchParams(), 'Bearer abc').outcome).toBe('malformed');
    expect(presentedCredentials(new URLSearchParams(), basic('bc_id:%E0%A4%A')).outcome).toBe('malformed');
  });
});

describe('the FAQ', () => {
  it('has every question and answer in Dutch, French and English, with unique ids', () => {
    const ids = FAQ.flatMap((section) => section.questions.map((entry) => entry.id));
    expect(new Set(ids).size).toBe(ids.length);
    for (const section of FAQ) {
      for (const language of ['nl', 'fr', 'en'] as const) expect(section.title[language].trim()).not.toBe('');
      for (const entry of section.questions) {
        expect(entry.id.startsWith(`${section.id}.`)).toBe(true);
        for (const language of ['nl', 'fr', 'en'] as const) {
          expect([
            entry.id,
            language,
            entry.question[language].trim().length > 0,
            entry.answer[language].trim().length > 0,
          ]).toEqual([entry.id, language, true, true]);
        }
      }
    }
  });

  it('is served per language with the same structure', () => {
    const shape = (language: 'nl' | 'fr' | 'en') =>
      helpIn(language).faq.map((section) => [section.id, section.questions.map((entry) => entry.id)]);
    expect(shape('fr')).toEqual(shape('nl'));
    expect(shape('en')).toEqual(shape('nl'));
    expect(helpIn('en').contactCentre.openingHours).toEqual([
      {
        __typename: 'OpeningHours',
        days: ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY'],
        opens: '08:30',
        closes: '17:00',
      },
      { __typename: 'OpeningHours', days: ['FRIDAY'], opens: '08:30', closes: '16:00' },
    ]);
  });
});
