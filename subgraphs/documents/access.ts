import { canSeeContract, contractViewOf, requireSignedIn } from '../../platform/auth/access';
import type { Viewer } from '../../platform/auth/viewer';
import { forbidden } from '../../platform/graphql/errors';
import type { ContractDomain, ContractParties, Document } from './model';

/**
 * The documents subgraph's authorization rules, on top of platform/auth/access.ts, decided from
 * the token and the records' own ownership fields (the archive's addressee, the policy index's
 * holder, insured and intermediary) on every read, cached or not.
 */

export type SignedIn = Exclude<Viewer, { role: 'anonymous' }>;

/**
 * A document the viewer may see: its contract is one they may see (a customer's as policyholder
 * or insured, a broker's office's), and for a customer it is addressed to them. Without the
 * contract's ownership, or when the archive and the policy index disagree on the contract's
 * domain, nobody may.
 */
export function canSeeDocument(
  viewer: SignedIn,
  document: Document,
  parties: ContractParties | null | undefined,
): boolean {
  if (!parties || parties.contractNumber !== document.contractNumber || parties.domain !== document.domain)
    return false;
  if (!canSeeContract(viewer, parties)) return false;
  return viewer.role !== 'customer' || document.customerId === viewer.customerId;
}

/**
 * Who may ask for a customer's documents at all: the customer themselves or a broker (who then
 * sees only their office's contracts' documents). Support staff and other customers get
 * FORBIDDEN, anonymous callers UNAUTHENTICATED.
 */
export function requireDocumentsView(viewer: Viewer, customerId: string): SignedIn {
  contractViewOf(viewer, customerId);
  return requireSignedIn(viewer);
}

/**
 * Who may see how a customer receives documents: the customer, support staff (who handle paper
 * requests), and a broker whose office manages a contract whose documents go to the customer
 * (`brokerServes`, asked only for brokers). FORBIDDEN otherwise, whether or not the customer exists.
 */
export async function requireDeliveryView(
  viewer: Viewer,
  customerId: string,
  brokerServes: (broker: SignedIn) => Promise<boolean>,
): Promise<SignedIn> {
  const signedIn = requireSignedIn(viewer);
  if (signedIn.role === 'support') return signedIn;
  if (signedIn.role === 'customer' && signedIn.customerId === customerId) return signedIn;
  if (signedIn.role === 'broker' && (await brokerServes(signedIn))) return signedIn;
  throw forbidden();
}

/** A contract opened by reference: only one the viewer may see, of the type the caller named. */
export function canOpenContract(
  viewer: SignedIn,
  parties: ContractParties | null,
  domain: ContractDomain,
): parties is ContractParties {
  return parties !== null && parties.domain === domain && canSeeContract(viewer, parties);
}

/** Only the customer and support staff read a paper request's free text; a broker sees its status. */
export const canReadPaperRequestText = (viewer: Viewer): boolean =>
  viewer.role === 'customer' || viewer.role === 'support';

/** Paper requests are the customer's to make, for themselves. */
export function requireCustomer(viewer: Viewer): Extract<Viewer, { role: 'customer' }> {
  const signedIn = requireSignedIn(viewer);
  if (signedIn.role !== 'customer') throw forbidden();
  return signedIn;
}

/** Deciding on and listing paper requests is the contact centre's. */
export function requireSupport(viewer: Viewer): Extract<Viewer, { role: 'support' }> {
  const signedIn = requireSignedIn(viewer);
  if (signedIn.role !== 'support') throw forbidden();
  return signedIn;
}
