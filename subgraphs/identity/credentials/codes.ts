import { randomBytes, randomInt } from 'node:crypto';

/** Letters and digits that cannot be confused when read from paper (no 0/O, 1/I). */
const LETTER_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
const LETTER_CODE_LENGTH = 12;
const LETTER_CODE = new RegExp(`^[${LETTER_ALPHABET}]{${LETTER_CODE_LENGTH}}$`);

/** A code printed in a letter (activation or password reset): 12 characters, 60 bits, printed as XXXX-XXXX-XXXX. */
export function newLetterCode(): { printed: string; canonical: string } {
  const canonical = Array.from(
    { length: LETTER_CODE_LENGTH },
    () => LETTER_ALPHABET[randomInt(LETTER_ALPHABET.length)],
  ).join('');
  return { printed: canonical.replace(/(.{4})(?=.)/g, '$1-'), canonical };
}

/** The canonical form of a code typed back from a letter, or undefined when it cannot be one. */
export function normaliseLetterCode(input: string): string | undefined {
  const compact = input.replace(/[\s-]/g, '').toUpperCase();
  return LETTER_CODE.test(compact) ? compact : undefined;
}

/** A 6-digit code for an SMS. */
export function newOneTimeCode(): string {
  return String(randomInt(1_000_000)).padStart(6, '0');
}

export function isOneTimeCodeFormat(input: string): boolean {
  return /^\d{6}$/.test(input);
}

/** An opaque bearer secret (refresh token, challenge handle): 256 random bits. */
export function newOpaqueToken(): string {
  return randomBytes(32).toString('base64url');
}

export function isOpaqueTokenFormat(input: string): boolean {
  return /^[A-Za-z0-9_-]{43}$/.test(input);
}
