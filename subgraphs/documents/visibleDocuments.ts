import { requireSignedIn } from '../../platform/auth/access';
import { forbidden } from '../../platform/graphql/errors';
import { canOpenContract, canSeeDocument, type SignedIn } from './access';
import type { DocumentsContext } from './context';
import type { ContractDomain, ContractParties, Document } from './model';

/** The customers these documents are addressed to: whose data a broker reading them reads (audit trail). */
export const addresseesOf = (documents: readonly Document[]): string[] => [
  ...new Set(documents.map((document) => document.customerId)),
];

/**
 * Of these documents, those the viewer may see, decided from each contract's current ownership in
 * the policy index. Ownership that cannot be read fails the whole list rather than guessing.
 */
export async function visibleDocuments(
  context: DocumentsContext,
  viewer: SignedIn,
  documents: readonly Document[],
): Promise<Document[]> {
  const numbers = [...new Set(documents.map((document) => document.contractNumber))];
  const loaded = await context.loaders.contractParties.loadMany(numbers);
  const failure = loaded.find((result): result is Error => result instanceof Error);
  if (failure) throw failure;
  const parties = new Map(numbers.map((number, index) => [number, loaded[index] as ContractParties | null]));
  return documents.filter((document) => canSeeDocument(viewer, document, parties.get(document.contractNumber)));
}

/**
 * A contract opened by reference, with its ownership: FORBIDDEN alike when it does not exist, is
 * of the other domain, or is not the viewer's, so ids cannot be probed.
 */
export async function openContract(
  context: DocumentsContext,
  id: string,
  domain: ContractDomain,
): Promise<{ viewer: SignedIn; parties: ContractParties }> {
  const viewer = requireSignedIn(context.viewer);
  const parties = await context.loaders.contractParties.load(id);
  if (!canOpenContract(viewer, parties, domain)) throw forbidden();
  return { viewer, parties };
}
