import { canSeeBeneficiaryNames, canSeeContract, requireSignedIn } from '../../platform/auth/access';
import type { Viewer } from '../../platform/auth/viewer';
import type { LifeContract, LifeParty } from './model';

/**
 * The life subgraph's authorization rules, on top of the platform's contract rules: which of a
 * customer's contracts are theirs, and which caller-dependent parts of a contract a caller sees.
 * Every rule is decided from the token and the record itself, on every read.
 */

/** A contract the caller may read (UNAUTHENTICATED for anonymous callers, false for anyone else not entitled). */
export function canOpenContract(viewer: Viewer, contract: LifeContract): boolean {
  return canSeeContract(requireSignedIn(viewer), contract);
}

export const canReadBeneficiaryNames = (viewer: Viewer, contract: LifeContract): boolean =>
  canSeeBeneficiaryNames(viewer, contract);

/**
 * Whether a party of a contract the caller reads leads to its customer profile: a customer's own,
 * and for a broker every person on a contract their office manages (the identity subgraph shows
 * brokers exactly those). Other persons are named, not linked; companies are not customers.
 */
export function canSeePartyProfile(viewer: Viewer, contract: LifeContract, party: LifeParty): boolean {
  if (party.kind !== 'PERSON') return false;
  if (viewer.role === 'customer') return party.id === viewer.customerId;
  if (viewer.role === 'broker') return contract.intermediaryId === viewer.brokerId;
  return false;
}
