import { randomBytes } from 'node:crypto';
import { nationalRegisterNumber } from '../../../platform/belgium';
import { isOneTimeCodeFormat, newLetterCode, newOneTimeCode, normaliseLetterCode } from '../credentials/codes';
import { KeyedHasher } from '../credentials/KeyedHasher';
import {
  decoyPasswordHash,
  hashPassword,
  PASSWORD_HASH_COST,
  setPasswordHashCost,
  verifyPassword,
} from '../credentials/passwords';
import {
  checkEmail,
  isAcceptableNewPassword,
  maskMobileNumber,
  normaliseContractNumber,
  normaliseNationalRegisterNumber,
} from '../validation';
import { TEST_PASSWORD_HASH_COST as CHEAP } from './identityClient';

describe('identity credentials and input formats', () => {
  it('hashes passwords with scrypt at the production cost and a salt of their own, and checks them', async () => {
    expect(PASSWORD_HASH_COST).toEqual({ logN: 15, r: 8, p: 3 });
    const hash = await hashPassword('correct horse battery staple');
    expect(hash).toMatch(/^scrypt\$15\$8\$3\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/);
    const [right, notAHash] = await Promise.all([
      verifyPassword('correct horse battery staple', hash),
      verifyPassword('anything', '!not-a-hash'),
    ]);
    expect([right, notAHash]).toEqual([true, false]);

    // The same checks at a cost a sixtieth of that: the parameters travel with each hash.
    const [first, second] = await Promise.all([
      hashPassword('correct horse battery staple', CHEAP),
      hashPassword('correct horse battery staple', CHEAP),
    ]);
    expect(first).toMatch(/^scrypt\$12\$8\$1\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/);
    expect(first).not.toBe(second);
    expect(await verifyPassword('correct horse battery staple', first)).toBe(true);
    expect(await verifyPassword('correct horse battery stapler', first)).toBe(false);
    expect(await verifyPassword('correct horse battery staple', `${first.slice(0, -4)}AAA=`)).toBe(false);
  });

  it('hashes at the cost set for the process from then on, the decoy included', async () => {
    setPasswordHashCost(CHEAP);
    try {
      const cheap = await hashPassword('correct horse battery staple');
      expect(cheap).toMatch(/^scrypt\$12\$8\$1\$/);
      expect(await verifyPassword('correct horse battery staple', cheap)).toBe(true);
      expect(await decoyPasswordHash()).toMatch(/^scrypt\$12\$8\$1\$/);
    } finally {
      setPasswordHashCost(PASSWORD_HASH_COST);
    }
    expect(await decoyPasswordHash()).toMatch(/^scrypt\$15\$8\$3\$/);
  });

  it('treats the same password typed in another Unicode form as the same password', async () => {
    const composed = 'café au lait à Liège';
    const decomposed = composed.normalize('NFD');
    expect(decomposed).not.toBe(composed);
    expect(await verifyPassword(decomposed, await hashPassword(composed, CHEAP))).toBe(true);
  });

  it('makes letter codes of 12 unambiguous characters, read back whatever the case, spaces or dashes', () => {
    const codes = new Set(Array.from({ length: 200 }, () => newLetterCode()));
    expect(codes.size).toBe(200);
    for (const code of codes) {
      expect(code.printed).toMatch(/^[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}$/);
      expect(normaliseLetterCode(` ${code.printed.toLowerCase().replace(/-/g, ' ')} `)).toBe(code.canonical);
    }
    expect(normaliseLetterCode('ABCD-EFGH-IJKL')).toBeUndefined();
    expect(normaliseLetterCode('ABCD-EFGH-JKL')).toBeUndefined();
    expect(isOneTimeCodeFormat(newOneTimeCode())).toBe(true);
  });

  it('keys its hashes: another key or another purpose never matches', () => {
    const hasher = new KeyedHasher(randomBytes(32));
    const digest = hasher.digest('activation-code', 'ABCDEFGHJKLM');
    expect(hasher.matches('activation-code', 'ABCDEFGHJKLM', digest)).toBe(true);
    expect(hasher.matches('password-reset-code', 'ABCDEFGHJKLM', digest)).toBe(false);
    expect(new KeyedHasher(randomBytes(32)).matches('activation-code', 'ABCDEFGHJKLM', digest)).toBe(false);
    expect(() => new KeyedHasher(randomBytes(16))).toThrow(/at least 32 bytes/);
  });

  it('accepts Belgian formats and refuses what cannot be valid', () => {
    const valid = nationalRegisterNumber('1978-03-14', 998);
    expect(
      normaliseNationalRegisterNumber(
        `${valid.slice(0, 2)}.${valid.slice(2, 4)}.${valid.slice(4, 6)}-${valid.slice(6, 9)}.${valid.slice(9)}`,
      ),
    ).toBe(valid);
    expect(normaliseNationalRegisterNumber(`${valid.slice(0, 10)}${(Number(valid[10]) + 1) % 10}`)).toBeUndefined();
    expect(normaliseContractNumber(' l000000010 ')).toBe('L000000010');
    expect(normaliseContractNumber('X000000010')).toBeUndefined();
    expect(checkEmail('  An.Peeters@Example.be ')).toEqual({
      ok: true,
      email: { address: 'An.Peeters@Example.be', key: 'an.peeters@example.be' },
    });
    expect(checkEmail('an@peeters')).toEqual({ ok: false, message: 'input.email' });
    expect(checkEmail(`${'a'.repeat(250)}@x.be`)).toEqual({ ok: false, message: 'input.email' });
    expect(checkEmail('an@pe\u0435ters.be')).toEqual({ ok: false, message: 'input.emailCharacters' });
    expect(isAcceptableNewPassword('elevenchars')).toBe(false);
    expect(isAcceptableNewPassword('twelve chars')).toBe(true);
    expect(isAcceptableNewPassword('x'.repeat(129))).toBe(false);
    expect(maskMobileNumber('+32486131988')).toBe('+32 4** ** ** 88');
  });
});
