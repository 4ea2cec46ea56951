import { deserialize, serialize } from '../serialization';

describe('cache serialisation', () => {
  it('keeps dates, bigints and decimal strings', () => {
    const value = {
      at: new Date('2026-11-25T10:00:00.000Z'),
      big: 12345678901234567890n,
      amount: '1234.50',
      nested: [{ on: new Date('2025-12-31T00:00:00.000Z') }],
    };
    const back = deserialize<typeof value>(serialize(value));
    expect(back.at).toBeInstanceOf(Date);
    expect(back.at.toISOString()).toBe('2026-11-25T10:00:00.000Z');
    expect(back.big).toBe(12345678901234567890n);
    expect(back.amount).toBe('1234.50');
    expect(back.nested[0]?.on).toEqual(new Date('2025-12-31T00:00:00.000Z'));
  });

  it('reads plain records as they were, including strings that look like tags', () => {
    const value = {
      contractNumber: 'L000000010',
      label: '$date',
      tags: ['$bigint'],
      object: { $date: 'not a date field alone', other: 1 },
    };
    expect(deserialize(serialize(value))).toEqual(value);
    expect(deserialize(serialize({ list: [1, 2, 3], none: null }))).toEqual({ list: [1, 2, 3], none: null });
  });
});
