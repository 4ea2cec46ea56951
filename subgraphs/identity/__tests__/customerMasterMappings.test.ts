import {
  toBroker,
  toCustomer,
  toMasterContactChange,
  toPolicyRoles,
  toPortfolioMembers,
  toProviderAssertion,
} from '../backend/mapper';
import { providerMatches } from '../flows/personMatching';

describe('the customer master mappings', () => {
  it('writes a contact change in the master’s field names and phone notation, only what changes', () => {
    expect(toMasterContactChange({ mobile: '+32470123456' })).toEqual({ GSM_NR: '0032470123456' });
    expect(
      toMasterContactChange({
        email: { address: 'A@b.be', key: 'a@b.be' },
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
      EMAIL_ADDR: 'A@b.be',
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
