import type { PartyRole } from '../partyRoles';

/** Telebib2 X043 party role codes, as every legacy backend writes them. */
const PARTY_ROLES: ReadonlyMap<string, PartyRole> = new Map<string, PartyRole>([
  ['002', 'INTERMEDIARY'],
  ['003', 'POLICYHOLDER'],
  ['004', 'DRIVER'],
  ['013', 'INSURED'],
  ['014', 'BENEFICIARY'],
]);

/** The role a Telebib2 X043 code stands for; undefined for a code the graph has no role for. */
export function partyRoleOf(code: string): PartyRole | undefined {
  return PARTY_ROLES.get(code);
}

/** A person's roles on a contract; codes the graph has no role for are left out, as they give no right to it. */
export function partyRolesOf(codes: readonly string[]): PartyRole[] {
  return codes.flatMap((code) => partyRoleOf(code) ?? []);
}

/** Telebib2 A003 contract status, the same in every backend. */
export const CONTRACT_STATUS = { '1': 'RUNNING', '2': 'TERMINATED', '3': 'CANCELLED', '4': 'SUSPENDED' } as const;

/** Telebib2 A325 payment frequency, the same in every backend. */
export const PAYMENT_FREQUENCY = {
  '1': 'YEARLY',
  '2': 'HALF_YEARLY',
  '3': 'QUARTERLY',
  '4': 'MONTHLY',
  '5': 'SINGLE',
} as const;

/** A code table lookup that never reads inherited properties ("constructor", "__proto__"). */
export function lookupCode<T>(table: Readonly<Record<string, T>>, value: string): T | undefined {
  return Object.hasOwn(table, value) ? table[value] : undefined;
}

/**
 * A legacy code's meaning; an unknown code fails the record (its loader reports a malformed
 * answer) rather than being guessed. The message quotes at most 20 characters of the code.
 */
export function codeOf<T>(table: Readonly<Record<string, T>>, value: string, what: string): T {
  const mapped = lookupCode(table, value);
  if (mapped === undefined) throw new Error(`unknown ${what} code ${JSON.stringify(value.slice(0, 20))}`);
  return mapped;
}
