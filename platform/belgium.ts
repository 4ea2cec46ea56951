/**
 * Belgian identifier formats and their check digits (docs/requirements.md §7.4).
 * Used by the legacy mocks to generate valid data and by the subgraphs to validate input.
 */

function mod97(digits: string): number {
  return Number(BigInt(digits) % 97n);
}

/** Check digits of a national register number for the 9 leading digits (births from 2000 get a "2" prefix). */
export function nationalRegisterCheck(first9: string, bornFrom2000: boolean): number {
  return 97 - mod97(bornFrom2000 ? `2${first9}` : first9);
}

/** Builds a valid 11-digit national register number. `counter` is odd for men, even for women. */
export function nationalRegisterNumber(birthDate: string, counter: number): string {
  const [year = '', month = '', day = ''] = birthDate.split('-');
  const first9 = `${year.slice(2)}${month}${day}${String(counter).padStart(3, '0')}`;
  const check = nationalRegisterCheck(first9, Number(year) >= 2000);
  return `${first9}${String(check).padStart(2, '0')}`;
}

/** True when the 11 digits carry a correct check for either century. */
export function isValidNationalRegisterNumber(value: string): boolean {
  const digits = value.replace(/[.\-\s]/g, '');
  if (!/^\d{11}$/.test(digits)) return false;
  const first9 = digits.slice(0, 9);
  const check = Number(digits.slice(9));
  return nationalRegisterCheck(first9, false) === check || nationalRegisterCheck(first9, true) === check;
}

/** Shows only what a person needs to recognise their number: 93.05.18-***.** */
export function maskNationalRegisterNumber(value: string): string {
  const d = value.replace(/\D/g, '');
  return `${d.slice(0, 2)}.${d.slice(2, 4)}.${d.slice(4, 6)}-***.**`;
}

export function formatNationalRegisterNumber(value: string): string {
  const d = value.replace(/\D/g, '');
  return `${d.slice(0, 2)}.${d.slice(2, 4)}.${d.slice(4, 6)}-${d.slice(6, 9)}.${d.slice(9, 11)}`;
}

/** Enterprise (company) number 0xxx.xxx.xxx: the last 2 digits = 97 - (first 8 digits mod 97). */
export function companyNumber(base: number): string {
  const first8 = `0${String(base % 10_000_000).padStart(7, '0')}`;
  const digits = `${first8}${String(97 - mod97(first8)).padStart(2, '0')}`;
  return `${digits.slice(0, 4)}.${digits.slice(4, 7)}.${digits.slice(7)}`;
}

export function isValidCompanyNumber(value: string): boolean {
  const digits = value.replace(/[.\s]/g, '');
  if (!/^[01]\d{9}$/.test(digits)) return false;
  return 97 - mod97(digits.slice(0, 8)) === Number(digits.slice(8));
}

/** Belgian IBAN from a 10-digit account base: BEkk + 12 digits, national check = first 10 mod 97 (0 -> 97). */
export function belgianIban(accountBase: number): string {
  const first10 = String(accountBase % 10_000_000_000).padStart(10, '0');
  const national = mod97(first10) || 97;
  const bban = `${first10}${String(national).padStart(2, '0')}`;
  // IBAN check: move "BE00" to the end, letters to numbers (B=11, E=14), 98 - mod 97.
  const ibanCheck = 98 - mod97(`${bban}111400`);
  return `BE${String(ibanCheck).padStart(2, '0')}${bban}`;
}

export function isValidBelgianIban(value: string): boolean {
  const iban = value.replace(/\s/g, '').toUpperCase();
  if (!/^BE\d{14}$/.test(iban)) return false;
  const bban = iban.slice(4);
  const national = mod97(bban.slice(0, 10)) || 97;
  if (national !== Number(bban.slice(10))) return false;
  return mod97(`${bban}1114${iban.slice(2, 4)}`) === 1;
}

/** Any IBAN (ISO 13616): country, check digits, up to 30 letters or digits, the whole mod 97 = 1. */
export function isValidIban(value: string): boolean {
  const iban = value.replace(/\s/g, '').toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{8,30}$/.test(iban)) return false;
  const numeric = `${iban.slice(4)}${iban.slice(0, 4)}`.replace(/[A-Z]/g, (letter) =>
    String(letter.charCodeAt(0) - 55),
  );
  return mod97(numeric) === 1 && (!iban.startsWith('BE') || isValidBelgianIban(iban));
}

/**
 * An IBAN as anyone may be shown it: the country code and the last four characters, the rest
 * starred in groups of four as IBANs are printed ("BE** **** **** 7034"). Nobody outside the
 * backends ever needs the whole number (docs/requirements.md §8.1); throws on what is not an IBAN.
 */
export function maskIban(value: string): string {
  const iban = value.replace(/\s/g, '').toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{8,30}$/.test(iban)) throw new Error('not an IBAN');
  const masked = `${iban.slice(0, 2)}${'*'.repeat(iban.length - 6)}${iban.slice(-4)}`;
  return masked.replace(/(.{4})(?=.)/g, '$1 ');
}

/**
 * The Belgian structured communication (gestructureerde mededeling / communication structurée)
 * a transfer carries so the payee can match it: 10 digits and 2 check digits, the first 10 mod 97
 * (97 when that is 0), written +++ddd/dddd/ddddd+++.
 */
export function structuredCommunication(first10: string): string {
  if (!/^\d{10}$/.test(first10)) throw new Error('a structured communication starts with 10 digits');
  return formatStructuredCommunication(`${first10}${String(mod97(first10) || 97).padStart(2, '0')}`);
}

/** The 12 digits of a structured communication written in any usual way (+++…+++, ***…***, slashes, spaces), or undefined. */
function structuredCommunicationDigits(value: string): string | undefined {
  const match = /^(?:\+{3}|\*{3})?(\d{3})\/?(\d{4})\/?(\d{5})(?:\+{3}|\*{3})?$/.exec(value.replace(/\s/g, ''));
  return match ? `${match[1]}${match[2]}${match[3]}` : undefined;
}

/** True when the value is a structured communication with a correct check (in any usual notation). */
export function isValidStructuredCommunication(value: string): boolean {
  const digits = structuredCommunicationDigits(value);
  if (!digits) return false;
  return (mod97(digits.slice(0, 10)) || 97) === Number(digits.slice(10));
}

/** A valid structured communication written as banks print it, +++090/9337/55493+++; throws on an invalid one. */
export function formatStructuredCommunication(value: string): string {
  const digits = structuredCommunicationDigits(value);
  if (!digits || !isValidStructuredCommunication(digits)) throw new Error('not a valid structured communication');
  return `+++${digits.slice(0, 3)}/${digits.slice(3, 7)}/${digits.slice(7)}+++`;
}

/** Belgian mobile numbers in E.164: +32 4xx xx xx xx. */
export function isValidBelgianMobile(value: string): boolean {
  return /^\+324[5-9]\d{7}$/.test(normaliseBelgianPhone(value));
}

export function normaliseBelgianPhone(value: string): string {
  const compact = value.replace(/[\s./()-]/g, '');
  if (compact.startsWith('+32')) return compact;
  if (compact.startsWith('0032')) return `+32${compact.slice(4)}`;
  if (compact.startsWith('0')) return `+32${compact.slice(1)}`;
  return compact;
}

export function isValidBelgianPostalCode(value: string): boolean {
  return /^[1-9]\d{3}$/.test(value);
}

/** The calendar day it is in Belgium (Europe/Brussels) at `now`, YYYY-MM-DD: the day the schema's Date means. */
export function dayInBelgium(now: Date): string {
  // en-CA writes dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels' }).format(now);
}
