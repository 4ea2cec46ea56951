import {
  belgianIban,
  companyNumber,
  dayInBelgium,
  formatStructuredCommunication,
  isValidStructuredCommunication,
  maskIban,
  structuredCommunication,
  isValidBelgianIban,
  isValidBelgianMobile,
  isValidIban,
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

  it.each([
    // 0909337554 mod 97 = 93.
    ['0909337554', '+++090/9337/55493+++'],
    // 1234567890 mod 97 = 2: the check keeps its leading zero.
    ['1234567890', '+++123/4567/89002+++'],
    // 0000000097 mod 97 = 0: the check is then 97, never 00.
    ['0000000097', '+++000/0000/09797+++'],
  ])('builds the structured communication of %s', (first10, expected) => {
    expect(structuredCommunication(first10)).toBe(expected);
    expect(isValidStructuredCommunication(expected)).toBe(true);
  });

  it.each([
    '+++090/9337/55493+++',
    '***090/9337/55493***',
    '090/9337/55493',
    '090933755493',
    '+++ 090 / 9337 / 55493 +++',
  ])('accepts the structured communication written as %s', (value) => {
    expect(isValidStructuredCommunication(value)).toBe(true);
    expect(formatStructuredCommunication(value)).toBe('+++090/9337/55493+++');
  });

  it.each([
    ['a wrong check', '+++090/9337/55494+++'],
    ['00 as check for a remainder of 0', '+++000/0000/09700+++'],
    ['11 digits', '+++090/9337/5549+++'],
    ['letters', '+++09A/9337/55493+++'],
    ['nothing', ''],
  ])('refuses a structured communication with %s', (_what, value) => {
    expect(isValidStructuredCommunication(value)).toBe(false);
    expect(() => formatStructuredCommunication(value)).toThrow('not a valid structured communication');
  });

  it('refuses to build a structured communication from anything but 10 digits', () => {
    expect(() => structuredCommunication('090933755')).toThrow();
    expect(() => structuredCommunication('09093375544')).toThrow();
  });

  it.each([
    ['BE68539007547034', 'BE** **** **** 7034'],
    ['BE68 5390 0754 7034', 'BE** **** **** 7034'],
    ['be68539007547034', 'BE** **** **** 7034'],
    ['NL91ABNA0417164300', 'NL** **** **** **43 00'],
  ])('masks the IBAN %s but for its last four characters', (iban, expected) => {
    expect(maskIban(iban)).toBe(expected);
  });

  it('refuses to mask what is not an IBAN (it would show more than four digits)', () => {
    expect(() => maskIban('539-0075470-34')).toThrow('not an IBAN');
    expect(() => maskIban('')).toThrow('not an IBAN');
  });

  it.each([
    ['BE68539007547034', true],
    ['BE68 5390 0754 7034', true],
    ['NL91ABNA0417164300', true],
    ['BE69539007547034', false],
    ['NL92ABNA0417164300', false],
    ['539-0075470-34', false],
  ])('checks the IBAN %s (any country): %s', (iban, valid) => {
    expect(isValidIban(iban)).toBe(valid);
  });

  it('tells the day in Belgium, not in UTC', () => {
    expect(dayInBelgium(new Date('2026-12-31T22:59:59Z'))).toBe('2026-12-31');
    expect(dayInBelgium(new Date('2026-12-31T23:00:00Z'))).toBe('2027-01-01');
    expect(dayInBelgium(new Date('2026-07-31T21:59:59Z'))).toBe('2026-07-31');
    expect(dayInBelgium(new Date('2026-07-31T22:00:00Z'))).toBe('2026-08-01');
  });
});
