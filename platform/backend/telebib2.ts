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
