import { isValidNationalRegisterNumber } from '../../platform/belgium';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, passwordLength } from './credentials/passwords';

/** Input formats of the identity mutations: each returns the canonical form, or undefined when the input cannot be valid. */

/** L (life) or V (non-life), the 8-digit holder number and a sequence digit. */
export function normaliseContractNumber(input: string): string | undefined {
  const compact = input.replace(/[\s.]/g, '').toUpperCase();
  return /^[LV]\d{9}$/.test(compact) ? compact : undefined;
}

export function normaliseNationalRegisterNumber(input: string): string | undefined {
  const digits = input.replace(/[\s.-]/g, '');
  return /^\d{11}$/.test(digits) && isValidNationalRegisterNumber(digits) ? digits : undefined;
}

/** Deliberately loose (one @, a dot in the domain, no spaces): the address is proven by use, not by a regex. */
export function normaliseEmail(input: string): string | undefined {
  const email = input.trim();
  return email.length <= 254 && /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/.test(email) ? email : undefined;
}

/** A new password: long enough to resist guessing, bounded so hashing stays cheap. */
export function isAcceptableNewPassword(password: string): boolean {
  const length = passwordLength(password);
  return length >= PASSWORD_MIN_LENGTH && length <= PASSWORD_MAX_LENGTH;
}

/** A password to check at sign-in: any length a password could have had. */
export function isCheckablePassword(password: string): boolean {
  const length = passwordLength(password);
  return length >= 1 && length <= PASSWORD_MAX_LENGTH;
}

/** An OpenID Connect authorization code: printable ASCII, bounded. */
export function isAuthorizationCodeFormat(input: string): boolean {
  return /^[\x21-\x7e]{1,512}$/.test(input);
}

/** "+32486131988" as "+32 4** ** ** 88": enough for the customer to recognise, too little to misuse. */
export function maskMobileNumber(e164: string): string {
  const match = /^(\+\d{2})(\d)\d*(\d{2})$/.exec(e164);
  return match ? `${match[1]} ${match[2]}** ** ** ${match[3]}` : '***';
}
