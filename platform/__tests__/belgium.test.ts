import {
  belgianIban,
  companyNumber,
  isValidBelgianIban,
  isValidBelgianMobile,
  isValidCompanyNumber,
  isValidNationalRegisterNumber,
  maskNationalRegisterNumber,
  nationalRegisterNumber,
} from '../belgium';

describe('Belgian formats', () => {
  it.each(['93051822361', '85010244229', '03041512332', '93.05.18-223.61'])(
    'accepts the valid national register number %s',
    (value) => {
      expect(isValidNationalRegisterNumber(value)).toBe(true);
    },
  );

  it.each(['93051822362', '9305182236', 'abcdefghijk', ''])('refuses %s', (value) => {
    expect(isValidNationalRegisterNumber(value)).toBe(false);
  });

  it('builds numbers with the right check for both centuries', () => {
    expect(nationalRegisterNumber('1993-05-18', 223)).toBe('93051822361');
    expect(nationalRegisterNumber('2003-04-15', 123)).toBe('03041512332');
  });

  it('masks all but the birth date part', () => {
    expect(maskNationalRegisterNumber('93051822361')).toBe('93.05.18-***.**');
  });

  it('builds and checks company numbers and IBANs', () => {
    expect(isValidCompanyNumber(companyNumber(1234567))).toBe(true);
    expect(isValidCompanyNumber('0123.456.789')).toBe(false);
    expect(isValidBelgianIban('BE68 5390 0754 7034')).toBe(true);
    expect(isValidBelgianIban('BE69 5390 0754 7034')).toBe(false);
    expect(isValidBelgianIban(belgianIban(1_234_567_890))).toBe(true);
  });

  it('checks Belgian mobile numbers in any usual notation', () => {
    expect(isValidBelgianMobile('+32 478 12 34 56')).toBe(true);
    expect(isValidBelgianMobile('0478/12.34.56')).toBe(true);
    expect(isValidBelgianMobile('02 406 87 09')).toBe(false);
  });
});
