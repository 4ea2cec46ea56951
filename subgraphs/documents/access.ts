import { canSeeContract, contractViewOf, requireSignedIn } from '../../platform/auth/access';
import { isCustomersContract } from '../../platform/auth/customerContracts';
import type { Viewer } from '../../platform/auth/viewer';
import { badUserInput, forbidden } from '../../platform/graphql/errors';
import type { ContractDomain, ContractParties, Document, DocumentRequesterRole } from './model';

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
  // The contact centre sees what the addressee sees (a download needs a recorded reason besides).
  if (viewer.role === 'support') return isCustomersContract(parties, document.customerId);
  if (!canSeeContract(viewer, parties)) return false;
  return viewer.role !== 'customer' || document.customerId === viewer.customerId;
}

/**
 * Who may ask for a customer's documents at all: the customer themselves, a broker (who then
 * sees only their office's contracts' documents) or the contact centre (what the customer sees,
 * read only). Other customers get FORBIDDEN, anonymous callers UNAUTHENTICATED.
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

/** The customer and support staff read what the contact centre wrote back; a broker sees the status. */
export const canReadDecisionNote = (viewer: Viewer): boolean => viewer.role === 'customer' || viewer.role === 'support';

/**
 * Who asked, and the reason they wrote: the customer, support staff and the office that asked.
 * Another office learns only that one was asked for, never which office manages the customer's
 * other contracts.
 */
export const canSeePaperRequester = (viewer: Viewer, requestedByOffice: string | null): boolean =>
  canReadDecisionNote(viewer) || (viewer.role === 'broker' && viewer.brokerId === requestedByOffice);

/**
 * Who asks for paper documents: a customer for themselves (naming no one else), or a broker for a
 * customer their office serves (`brokerServes`, asked only for brokers). FORBIDDEN otherwise.
 */
export async function requirePaperRequester(
  viewer: Viewer,
  customerId: string | null | undefined,
  brokerServes: (broker: SignedIn, customerId: string) => Promise<boolean>,
): Promise<{ customerId: string; subject: string; office: string | null }> {
  const signedIn = requireSignedIn(viewer);
  if (signedIn.role === 'customer') {
    if (customerId && customerId !== signedIn.customerId) throw forbidden();
    return { customerId: signedIn.customerId, subject: signedIn.subject, office: null };
  }
  if (signedIn.role === 'broker') {
    if (!customerId) throw badUserInput('A broker names the customer: customerId.', 'customerId');
    if (!(await brokerServes(signedIn, customerId))) throw forbidden();
    return { customerId, subject: signedIn.subject, office: signedIn.brokerId };
  }
  throw forbidden();
}

/** Deciding on and listing paper requests is the contact centre's. */
export function requireSupport(viewer: Viewer): Extract<Viewer, { role: 'support' }> {
  const signedIn = requireSignedIn(viewer);
  if (signedIn.role !== 'support') throw forbidden();
  return signedIn;
}

/**
 * Who asks for a document that is not in the zone, and for whom: a customer for themselves (naming
 * no one else), a broker or support staff for the customer they name (BAD_USER_INPUT without
 * one). Whether the contract is one they may ask about is `canAskForDocumentOf`. FORBIDDEN for
 * anyone else.
 */
export function requireDocumentRequester(
  viewer: Viewer,
  customerId: string | null | undefined,
): { viewer: SignedIn; customerId: string; subject: string; role: DocumentRequesterRole; office: string | null } {
  const signedIn = requireSignedIn(viewer);
  switch (signedIn.role) {
    case 'customer':
      if (customerId && customerId !== signedIn.customerId) throw forbidden();
      return {
        viewer: signedIn,
        customerId: signedIn.customerId,
        subject: signedIn.subject,
        role: 'customer',
        office: null,
      };
    case 'broker':
    case 'support':
      if (!customerId) throw badUserInput('Name the customer the document is for: customerId.', 'customerId');
      return {
        viewer: signedIn,
        customerId,
        subject: signedIn.subject,
        role: signedIn.role,
        office: signedIn.role === 'broker' ? signedIn.brokerId : null,
      };
    default:
      throw forbidden();
  }
}

/**
 * Whether the viewer may ask for a document of this contract for this customer: the contract's
 * record names the customer as holder or insured, and for a broker their office manages it (the
 * contact centre asks about what the customer sees; a customer was checked to be themselves).
 */
export function canAskForDocumentOf(viewer: SignedIn, parties: ContractParties, customerId: string): boolean {
  if (!isCustomersContract(parties, customerId)) return false;
  if (viewer.role === 'broker') return parties.intermediaryId === viewer.brokerId;
  return viewer.role === 'support' || (viewer.role === 'customer' && viewer.customerId === customerId);
}

/**
 * Who reads the words on a document request (the asker's note, the contact centre's decision
 * note): the customer, support staff, and the broker office that asked; another office sees the
 * request's status only.
 */
export const canReadDocumentRequestNotes = (viewer: Viewer, requestedByOffice: string | null): boolean =>
  canReadDecisionNote(viewer) || (viewer.role === 'broker' && viewer.brokerId === requestedByOffice);
