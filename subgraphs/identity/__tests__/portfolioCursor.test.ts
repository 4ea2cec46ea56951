import { encodePortfolioCursor, offsetAfter } from '../portfolio/cursor';
import { normaliseSearch } from '../portfolio/portfolioPage';

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
