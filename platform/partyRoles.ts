/** What a person is on a contract, whatever backend named it. */
export type PartyRole = 'POLICYHOLDER' | 'INSURED' | 'INTERMEDIARY' | 'DRIVER' | 'BENEFICIARY';

/**
 * Roles that make a person hold or be insured by a contract: only these make it theirs to see,
 * to register with, and make its broker office theirs. A beneficiary or a driver is named on a
 * contract without any of that.
 */
export const HOLDER_ROLES: ReadonlySet<PartyRole> = new Set<PartyRole>(['POLICYHOLDER', 'INSURED']);

/** Whether these roles on a contract make the person hold or be insured by it. */
export function holdsOrIsInsured(roles: readonly PartyRole[]): boolean {
  return roles.some((role) => HOLDER_ROLES.has(role));
}
