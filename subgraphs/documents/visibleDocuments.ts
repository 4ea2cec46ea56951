import { requireSignedIn } from '../../platform/auth/access';
import type { Read } from '../../platform/cache/RecordCache';
import { forbidden } from '../../platform/graphql/errors';
import { canAskForDocumentOf, canOpenContract, canSeeDocument, type SignedIn } from './access';
import type { DocumentsContext } from './context';
import type { ContractDomain, ContractParties, Document, DocumentRequest } from './model';

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
  const loaded = await context.loaders.contractParties.readMany(numbers);
  const failure = loaded.find((result): result is Error => result instanceof Error);
  if (failure) throw failure;
  const reads = new Map(numbers.map((number, index) => [number, loaded[index] as Read<ContractParties>]));
  const visible = documents.filter((document) =>
    canSeeDocument(viewer, document, reads.get(document.contractNumber)?.value ?? null),
  );
  // Only the ownership of what is shown may say it was read stale; another office's says nothing.
  for (const number of new Set(visible.map((document) => document.contractNumber))) {
    const read = reads.get(number);
    if (read) context.loaders.contractParties.shown(read);
  }
  return visible;
}

/**
 * Whether a broker's office serves this customer: a document of a contract their office manages
 * goes to the customer (offered in the portal yet or not: the delivery preference covers every
 * document sent). What lets a broker see, and ask for, the customer's paper delivery.
 */
export async function brokerServesCustomer(
  context: DocumentsContext,
  broker: SignedIn,
  customerId: string,
): Promise<boolean> {
  const addressed = ((await context.loaders.customerDocuments.load(customerId)) ?? []).filter(
    (document) => document.customerId === customerId,
  );
  return (await visibleDocuments(context, broker, addressed)).length > 0;
}

/**
 * A contract opened by reference, with its ownership: FORBIDDEN alike when it does not exist, is
 * malformed, is of the other domain, or is not the viewer's, so ids cannot be probed. While the
 * customer master fails, ownership the viewer may not see (cached fresh or stale) is answered with
 * the failure, as an id nothing is cached for is, and leaves no stale marker.
 */
export async function openContract(
  context: DocumentsContext,
  id: string,
  domain: ContractDomain,
): Promise<{ viewer: SignedIn; parties: ContractParties }> {
  const viewer = requireSignedIn(context.viewer);
  const read = await context.loaders.contractParties.read(id);
  const parties = read.value;
  if (!canOpenContract(viewer, parties, domain)) {
    throw (await context.loaders.contractParties.failureOfRefusal(id, read)) ?? forbidden();
  }
  context.loaders.contractParties.shown(read);
  return { viewer, parties };
}

/**
 * The contract a document is asked for, checked against its current ownership in the policy
 * index: FORBIDDEN alike when it does not exist, is of the other domain, is not the customer's or
 * (for a broker) not the office's, so contract numbers cannot be probed; while the customer
 * master fails, the failure an unknown number would meet.
 */
export async function requireRequestableContract(
  context: DocumentsContext,
  viewer: SignedIn,
  { customerId, contractNumber, domain }: { customerId: string; contractNumber: string; domain: ContractDomain },
): Promise<void> {
  const read = await context.loaders.contractParties.read(contractNumber);
  const parties = read.value;
  if (
    !parties ||
    parties.contractNumber !== contractNumber ||
    parties.domain !== domain ||
    !canAskForDocumentOf(viewer, parties, customerId)
  ) {
    throw (await context.loaders.contractParties.failureOfRefusal(contractNumber, read)) ?? forbidden();
  }
  context.loaders.contractParties.shown(read);
}

/**
 * Of a customer's document requests, those about contracts the broker's office manages now, from
 * the policy index. Ownership that cannot be read fails the whole list rather than guessing.
 */
export async function officeDocumentRequests(
  context: DocumentsContext,
  broker: Extract<SignedIn, { role: 'broker' }>,
  requests: readonly DocumentRequest[],
): Promise<DocumentRequest[]> {
  if (requests.length === 0) return [];
  const numbers = [...new Set(requests.map((request) => request.contractNumber))];
  const loaded = await context.loaders.contractParties.readMany(numbers);
  const failure = loaded.find((result): result is Error => result instanceof Error);
  if (failure) throw failure;
  const managed = new Map<string, Read<ContractParties>>();
  numbers.forEach((number, index) => {
    const read = loaded[index] as Read<ContractParties>;
    if (read.value?.contractNumber === number && read.value.intermediaryId === broker.brokerId)
      managed.set(number, read);
  });
  const visible = requests.filter((request) => managed.has(request.contractNumber));
  for (const number of new Set(visible.map((request) => request.contractNumber))) {
    const read = managed.get(number);
    if (read) context.loaders.contractParties.shown(read);
  }
  return visible;
}
