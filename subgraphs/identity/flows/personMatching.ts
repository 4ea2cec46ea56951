import { holdsOrIsInsured } from '../../../platform/partyRoles';
import type { CustomerMasterPerson, ProviderUserinfo } from '../backend/CustomerMasterClient';
import type { PolicyRole } from '../model';

/** Seed II.3: registration needs exactly one person in the customer master. */
export type OnePerson =
  { outcome: 'one'; person: CustomerMasterPerson } | { outcome: 'not-found' } | { outcome: 'several' };

export function onePerson(candidates: readonly CustomerMasterPerson[]): OnePerson {
  if (candidates.length === 0) return { outcome: 'not-found' };
  if (candidates.length > 1) return { outcome: 'several' };
  return { outcome: 'one', person: candidates[0] as CustomerMasterPerson };
}

/**
 * Whether what the identity provider asserts fits the master's record found by the same
 * register number. The birth date is compared, not the names: names legitimately differ in
 * accents, order and double-barrelled forms between the national register and our records,
 * while a different birth date under one register number means one of the two is wrong.
 */
export function providerMatches(person: CustomerMasterPerson, userinfo: ProviderUserinfo): boolean {
  return person.BIRTH_DT === userinfo.birthdate.replace(/-/g, '');
}

/** Whether the person may register with this contract: only as its holder or insured, never as beneficiary or driver. */
export function holdsContract(policies: readonly PolicyRole[], contractNumber: string): boolean {
  return policies.some((policy) => policy.contractNumber === contractNumber && holdsOrIsInsured(policy.roles));
}
