import { holdsOrIsInsured } from '../../../platform/partyRoles';
import type { Customer, PolicyRole, ProviderAssertion } from '../model';

/** docs/requirements.md §1.3: registration needs exactly one person in the customer master. */
export type OnePerson = { outcome: 'one'; person: Customer } | { outcome: 'not-found' } | { outcome: 'several' };

export function onePerson(candidates: readonly Customer[]): OnePerson {
  if (candidates.length === 0) return { outcome: 'not-found' };
  if (candidates.length > 1) return { outcome: 'several' };
  return { outcome: 'one', person: candidates[0] as Customer };
}

/**
 * Whether what the identity provider asserts fits the master's record found by the same
 * register number. The birth date is compared, not the names: names legitimately differ in
 * accents, order and double-barrelled forms between the national register and our records,
 * while a different birth date under one register number means one of the two is wrong.
 */
export function providerMatches(person: Customer, assertion: ProviderAssertion): boolean {
  return person.birthDate === assertion.birthDate;
}

/** Whether the person may register with this contract: only as its holder or insured, never as beneficiary or driver. */
export function holdsContract(policies: readonly PolicyRole[], contractNumber: string): boolean {
  return policies.some((policy) => policy.contractNumber === contractNumber && holdsOrIsInsured(policy.roles));
}
