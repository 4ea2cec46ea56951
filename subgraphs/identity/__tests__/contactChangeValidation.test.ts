import { contactChangeFingerprint, parseContactChange } from '../validation';

const ADDRESS = { street: ' Kerkstraat ', houseNumber: '7A', box: null, postalCode: '9000', municipality: 'Gent' };

describe('parseContactChange', () => {
  it('keeps what changes, in canonical form, and names each changed field', () => {
    expect(parseContactChange({ email: ' an@example.be ', mobile: '0470 12.34.56', postalAddress: ADDRESS })).toEqual({
      ok: true,
      change: {
        email: { address: 'an@example.be', key: 'an@example.be' },
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
    expect(parseContactChange({ email: 'an@exampl\u0435.be' })).toEqual({
      ok: false,
      field: 'email',
      explanation: 'input.emailCharacters',
    });
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
