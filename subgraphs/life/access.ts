import { canSeeBeneficiaryNames, canSeeContract, contractViewOf, requireSignedIn } from '../../platform/auth/access';
import type { Viewer } from '../../platform/auth/viewer';
import type { LifeContract, LifeContractListEntry, LifeParty } from './model';

/**
 * The life subgraph's authorization rules, on top of the platform's contract rules: which of a
 * customer's contracts are theirs, and which caller-dependent parts of a contract a caller sees.
 * Every rule is decided from the token and the record itself, on every read.
 */

/** Roles that make a life contract a person's own: policyholder (003) and insured (013); never beneficiary (014). */
const OWN_ROLES: ReadonlySet<string> = new Set(['003', '013']);

/**
 * Whether the caller may ask for this customer's life contracts at all: the customer themselves
 * or a broker (who then sees only what their office manages). UNAUTHENTICATED or FORBIDDEN otherwise.
 */
export function authorizeContractsOf(viewer: Viewer, customerId: string): void {
  contractViewOf(viewer, customerId);
}

/** The contracts in a customer's Life Connect list that are theirs. */
export function ownContractNumbers(list: readonly LifeContractListEntry[]): string[] {
  return list.filter((entry) => entry.roles.some((role) => OWN_ROLES.has(role))).map((entry) => entry.contractNumber);
}

/** Only customers and brokers ever see a life contract; support staff see none (no contract finances or beneficiaries). */
export const mayReadAnyContract = (viewer: Viewer): boolean => viewer.role === 'customer' || viewer.role === 'broker';

/** A contract the caller may read (UNAUTHENTICATED for anonymous callers, false for anyone else not entitled). */
export function canReadContract(viewer: Viewer, contract: LifeContract): boolean {
  return canSeeContract(requireSignedIn(viewer), contract);
}

export const canReadBeneficiaryNames = (viewer: Viewer, contract: LifeContract): boolean => canSeeBeneficiaryNames(viewer, contract);

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
