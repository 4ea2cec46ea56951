/**
 * E-mail addresses as the customer zone compares, keys and stores them: one normalisation for
 * every place an address is looked up, counted or made unique (identity's accounts and staff
 * accounts, their lockouts, the gateway's per-target quota), so that two spellings of one
 * address can never be one account for one check and two for another.
 *
 * 1. Unicode NFKC first: a full-width "Ａ" is an "A", a ligature "ﬁ" is "fi".
 * 2. Then only printable ASCII is accepted. The insurer's customers use addresses of Belgian and
 *    international providers, which give out ASCII addresses; accepting Unicode would mean a case
 *    folding that JavaScript and PostgreSQL (whose lower() follows the server's locale: "İ" is
 *    "i" for one and "i̇" for the other) agree on, and look-alike letters of other scripts
 *    (a Cyrillic "А"), invisible characters (a zero-width joiner) and accented letters in two
 *    encodings to refuse one by one. A domain with accents (rare) is entered in its xn-- form.
 * 3. The key folds A–Z to a–z and nothing else, the same in every language and locale: it is
 *    computed here and stored beside the address (the database compares keys, never folds).
 */

/** The address as accepted: what is stored and shown, and the key it is compared by. */
export interface EmailAddress {
  /** As given, after NFKC and trimming (case kept): stored, shown, sent to the customer master. */
  readonly address: string;
  /** `address` with A–Z folded to a–z: what is compared, counted and unique. */
  readonly key: string;
}

/** Why an address was refused: not an address at all, or characters outside printable ASCII. */
export type EmailAddressProblem = 'format' | 'characters';

export type ParsedEmailAddress = { ok: true; email: EmailAddress } | { ok: false; problem: EmailAddressProblem };

/** RFC 5321's limit on a whole address. */
export const EMAIL_MAX_LENGTH = 254;

/**
 * Deliberately loose beyond the characters (one "@", a dot in the domain): the address is proven
 * by use, not by a pattern, and addresses stored under the earlier, equally loose check must
 * keep signing in.
 */
const SHAPE = /^[^@]+@[^@.]+(\.[^@.]+)+$/;
const PRINTABLE_ASCII = /^[\x21-\x7e]*$/;

/** A–Z to a–z only: toLowerCase() would also fold letters this module never lets through. */
const foldAscii = (text: string): string => text.replace(/[A-Z]/g, (letter) => letter.toLowerCase());

/** NFKC and trimmed: the form both functions below start from. */
const canonical = (input: string): string => input.normalize('NFKC').trim();

/** Checks an address a caller typed and gives its stored form and key. */
export function parseEmailAddress(input: string): ParsedEmailAddress {
  const address = canonical(input);
  if (address.length === 0 || address.length > EMAIL_MAX_LENGTH || /\s/.test(address))
    return { ok: false, problem: 'format' };
  if (!PRINTABLE_ASCII.test(address)) return { ok: false, problem: 'characters' };
  if (!SHAPE.test(address)) return { ok: false, problem: 'format' };
  return { ok: true, email: { address, key: foldAscii(address) } };
}

/**
 * The key of any text a caller typed as an address, accepted or not: what the gateway counts
 * attempts against before identity has looked at it. For an accepted address it is the key
 * parseEmailAddress gives; any other text is refused by identity without a password check.
 */
export function emailAddressKey(input: string): string {
  return foldAscii(canonical(input));
}
