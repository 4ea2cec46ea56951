import { centsTextToEuros, percentFromBasisPoints, sharesOfTotal, unitsValueCents } from '../backend/decimals';

describe('fund arithmetic without floats', () => {
  it('values units at a unit price in cents, rounding half up to the cent', () => {
    expect(unitsValueCents('10.000000', '12345.6789')).toBe(123457n);
    expect(unitsValueCents('1', '0.5')).toBe(1n);
    expect(unitsValueCents('1', '0.4999')).toBe(0n);
    // 0.1 × 0.2 is 0.020000000000000004 in floating point; here it is exact.
    expect(unitsValueCents('0.1', '20')).toBe(2n);
    // The exact product has 24 digits, more than a float holds; rounding sees them all.
    expect(unitsValueCents('123456789.123456', '98765.4321')).toBe(12193263123457n);
  });

  it('writes a unit price in cents as euros, keeping every decimal', () => {
    expect(centsTextToEuros('12345.6789')).toBe('123.456789');
    expect(centsTextToEuros('5')).toBe('0.05');
    expect(centsTextToEuros('0.0001')).toBe('0.000001');
    expect(centsTextToEuros('100000')).toBe('1000.00');
  });

  it('refuses what is not a non-negative decimal', () => {
    expect(() => unitsValueCents('-1', '100')).toThrow();
    expect(() => centsTextToEuros('1e3')).toThrow();
    expect(() => centsTextToEuros('')).toThrow();
  });

  it('writes basis points as a percentage', () => {
    expect(percentFromBasisPoints('225')).toBe('2.25');
    expect(percentFromBasisPoints(10_000)).toBe('100.00');
    expect(percentFromBasisPoints('5')).toBe('0.05');
  });

  it('splits a total into shares that add up to exactly 100.00', () => {
    expect(sharesOfTotal([1n, 1n, 1n])).toEqual(['33.34', '33.33', '33.33']);
    expect(sharesOfTotal([2n, 1n])).toEqual(['66.67', '33.33']);
    expect(sharesOfTotal([500n])).toEqual(['100.00']);
    expect(sharesOfTotal([0n, 0n])).toEqual(['0.00', '0.00']);
    expect(sharesOfTotal([])).toEqual([]);
    const many = sharesOfTotal([7n, 13n, 29n, 31n, 101n, 997n]);
    expect(many.reduce((sum, share) => sum + Math.round(Number(share) * 100), 0)).toBe(10_000);
  });
});
