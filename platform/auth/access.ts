import { forbidden, unauthenticated } from '../graphql/errors';
import type { Viewer } from './viewer';

/**
 * The authorization rules every subgraph applies to every object it returns, decided from the
 * token and the record's own ownership fields on every read (cached or not).
 */

/** Who is who on a contract, as every contract record carries it. */
export interface ContractOwnership {
  policyholderId: string;
  insuredIds: readonly string[];
  intermediaryId: string;
}

/**
 * A customer sees a contract they hold or are insured by (for an IPT, held by their company,
 * they are the insured); never one on which they are only beneficiary or driver. A broker sees
 * the contracts their office manages. Support staff see no contract.
 */
export function canSeeContract(viewer: Viewer, contract: ContractOwnership): boolean {
  switch (viewer.role) {
    case 'customer':
      return contract.policyholderId === viewer.customerId || contract.insuredIds.includes(viewer.customerId);
    case 'broker':
      return contract.intermediaryId === viewer.brokerId;
    default:
      return false;
  }
}

/** Beneficiary names: the policyholder and the managing broker only. */
export function canSeeBeneficiaryNames(viewer: Viewer, contract: ContractOwnership): boolean {
  if (viewer.role === 'customer') return contract.policyholderId === viewer.customerId;
  if (viewer.role === 'broker') return contract.intermediaryId === viewer.brokerId;
  return false;
}

/** Anyone but an anonymous caller, or UNAUTHENTICATED. */
export function requireSignedIn(viewer: Viewer): Exclude<Viewer, { role: 'anonymous' }> {
  if (viewer.role === 'anonymous') throw unauthenticated();
  return viewer;
}

/**
 * Whose view of a customer's contracts is asked for: the customer themselves, a broker (who then
 * sees only the contracts their office manages), or the contact centre, which sees, read only,
 * what the customer would see, to answer them (each read is in the customer's audit trail).
 * Another customer is FORBIDDEN, whether or not the customer exists.
 */
export function contractViewOf(viewer: Viewer, customerId: string): 'own' | 'broker' | 'support' {
  const signedIn = requireSignedIn(viewer);
  if (signedIn.role === 'customer' && signedIn.customerId === customerId) return 'own';
  if (signedIn.role === 'broker') return 'broker';
  if (signedIn.role === 'support') return 'support';
  throw forbidden();
}
