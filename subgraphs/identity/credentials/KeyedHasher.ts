import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Keyed hashes (HMAC-SHA256) of the secrets identity stores: activation, reset and SMS codes,
 * refresh tokens, challenge handles, and the e-mail addresses lockouts are counted by. A plain
 * hash of a 6-digit code or of an e-mail address is reversed by trying every value; without the
 * key, a copy of the database reveals nothing. Each purpose is a separate namespace, so a value
 * hashed for one purpose never matches another.
 */
export class KeyedHasher {
  constructor(private readonly key: Buffer) {
    if (key.length < 32) throw new Error('The hashing key must be at least 32 bytes.');
  }

  digest(purpose: string, value: string): string {
    return createHmac('sha256', this.key).update(`${purpose}\u0000${value}`).digest('base64url');
  }

  matches(purpose: string, value: string, expected: string): boolean {
    const actual = Buffer.from(this.digest(purpose, value));
    const wanted = Buffer.from(expected);
    return actual.length === wanted.length && timingSafeEqual(actual, wanted);
  }
}
