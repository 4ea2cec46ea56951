import {
  isValidBelgianMobile,
  isValidBelgianPostalCode,
  isValidNationalRegisterNumber,
  normaliseBelgianPhone,
} from '../../platform/belgium';
import { parseEmailAddress, type EmailAddress } from '../../platform/emailAddress';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, passwordLength } from './credentials/passwords';
import type { MessageKey } from './messages';
import type { ContactChange, ContactField } from './model';

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

/** An e-mail address as platform/emailAddress.ts accepts it, or the message that says why it is refused. */
export type CheckedEmail =
  { ok: true; email: EmailAddress } | { ok: false; message: 'input.email' | 'input.emailCharacters' };

export function checkEmail(input: string): CheckedEmail {
  const parsed = parseEmailAddress(input);
  if (parsed.ok) return parsed;
  return { ok: false, message: parsed.problem === 'characters' ? 'input.emailCharacters' : 'input.email' };
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

/** What can be wrong in a contact change: the input field at fault. */
export type ContactChangeField =
  | 'details'
  | 'email'
  | 'mobile'
  | 'postalAddress.street'
  | 'postalAddress.houseNumber'
  | 'postalAddress.box'
  | 'postalAddress.postalCode'
  | 'postalAddress.municipality'
  | 'postalAddress.country';

export interface ContactDetailsInputShape {
  email?: string | null;
  mobile?: string | null;
  postalAddress?: {
    street: string;
    houseNumber: string;
    box?: string | null;
    postalCode: string;
    municipality: string;
    country?: string | null;
  } | null;
}

export type ParsedContactChange =
  | { ok: true; change: ContactChange; fields: ContactField[] }
  | { ok: false; field: ContactChangeField; explanation?: MessageKey };

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/;

/** Trimmed, NFC, free of control characters and within length, or undefined. */
function text(input: string, min: number, max: number): string | undefined {
  const value = input.normalize('NFC').trim().replace(/\s+/g, ' ');
  return value.length >= min && value.length <= max && !CONTROL.test(input) ? value : undefined;
}

/**
 * A customer's new contact details, checked field by field in the formats the customer master
 * accepts (platform/belgium.ts): an e-mail address, a Belgian mobile number (kept in E.164), a
 * postal address in Belgium. Fields left out stay as they are; at least one must be given.
 */
export function parseContactChange(input: ContactDetailsInputShape): ParsedContactChange {
  const change: ContactChange = {};
  const fields: ContactField[] = [];
  if (input.email !== undefined && input.email !== null) {
    const checked = checkEmail(input.email);
    if (!checked.ok)
      return checked.message === 'input.email'
        ? { ok: false, field: 'email' }
        : { ok: false, field: 'email', explanation: checked.message };
    change.email = checked.email;
    fields.push('EMAIL');
  }
  if (input.mobile !== undefined && input.mobile !== null) {
    if (input.mobile.length > 30 || !isValidBelgianMobile(input.mobile)) return { ok: false, field: 'mobile' };
    change.mobile = normaliseBelgianPhone(input.mobile);
    fields.push('MOBILE');
  }
  if (input.postalAddress) {
    const a = input.postalAddress;
    const street = text(a.street, 1, 100);
    if (!street) return { ok: false, field: 'postalAddress.street' };
    const houseNumber = text(a.houseNumber, 1, 10);
    if (!houseNumber || !/^\d[\w /-]*$/.test(houseNumber)) return { ok: false, field: 'postalAddress.houseNumber' };
    const box = a.box === undefined || a.box === null ? '' : text(a.box, 0, 10);
    if (box === undefined) return { ok: false, field: 'postalAddress.box' };
    const postalCode = a.postalCode.trim();
    if (!isValidBelgianPostalCode(postalCode)) return { ok: false, field: 'postalAddress.postalCode' };
    const municipality = text(a.municipality, 1, 100);
    if (!municipality) return { ok: false, field: 'postalAddress.municipality' };
    if ((a.country ?? 'BE').trim().toUpperCase() !== 'BE') return { ok: false, field: 'postalAddress.country' };
    change.address = { street, houseNumber, box: box || null, postalCode, municipality, country: 'BE' };
    fields.push('POSTAL_ADDRESS');
  }
  return fields.length === 0 ? { ok: false, field: 'details' } : { ok: true, change, fields };
}

/** The same change always gives the same text, so a code sent for it can be bound to it. */
export function contactChangeFingerprint(change: ContactChange): string {
  const a = change.address;
  return JSON.stringify([
    change.email?.key ?? null,
    change.mobile ?? null,
    a ? [a.street, a.houseNumber, a.box, a.postalCode, a.municipality, a.country] : null,
  ]);
}
