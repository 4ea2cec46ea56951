import { isOffered } from '../availability';
import type { DocumentsContext } from '../context';
import {
  documentPage,
  documentQuery,
  matchesFilter,
  type DocumentPage,
  type DocumentQueryInput,
} from '../documentList';
import type { ContractDocumentFilter } from '../generated/resolvers';
import type { ContractDomain, ContractReference } from '../model';
import { canSeeDocument } from '../access';
import { addresseesOf, openContract } from '../visibleDocuments';

type ContractDocumentsArgs = Omit<DocumentQueryInput, 'filter'> & { filter?: ContractDocumentFilter | null };

/** Resolves a contract reference the viewer may see (FORBIDDEN otherwise) to what the documents subgraph keeps of it. */
export async function contractReference(
  context: DocumentsContext,
  id: string,
  domain: ContractDomain,
): Promise<ContractReference> {
  await openContract(context, id, domain);
  return { id, domain };
}

/** A contract's documents the viewer may see: a customer those addressed to them, the managing broker all. */
export async function contractDocuments(
  context: DocumentsContext,
  contract: ContractReference,
  args: ContractDocumentsArgs,
): Promise<DocumentPage> {
  const query = documentQuery({
    ...args,
    filter: args.filter ? { types: args.filter.types ?? null, year: args.filter.year ?? null } : null,
  });
  const { viewer, parties } = await openContract(context, contract.id, contract.domain);
  if (contract.domain === 'nonlife' && !context.offer.nonLifeDocumentsEnabled) return documentPage([], query);
  const documents = (await context.loaders.contractDocuments.load(contract.id)) ?? [];
  const visible = documents.filter(
    (document) =>
      isOffered(document, context.offer) && matchesFilter(document, query) && canSeeDocument(viewer, document, parties),
  );
  await context.audit.read('Document', addresseesOf(visible));
  return documentPage(visible, query);
}
