import { badUserInput } from '../../platform/graphql/errors';
import type { DocumentType } from './generated/resolvers';
import type { Document } from './model';
import { decodeCursor, encodeCursor, pageSize, type PageInfo } from './pagination';

const LIST = 'documents';
const MAX_CONTRACT_ID_LENGTH = 64;

/** What a caller asks of a document list, checked before anything is loaded. */
export interface DocumentQuery {
  types: ReadonlySet<DocumentType> | null;
  year: number | null;
  contractId: string | null;
  first: number;
  /** Sort key (issue date, id) of the last document of the previous page. */
  after: [string, string] | null;
}

export interface DocumentQueryInput {
  filter?: { types?: readonly DocumentType[] | null; year?: number | null; contractId?: string | null } | null;
  first?: number | null;
  after?: string | null;
}

/** The arguments of a document list as a query, or BAD_USER_INPUT naming the first bad one. */
export function documentQuery({ filter, first, after }: DocumentQueryInput): DocumentQuery {
  const year = filter?.year ?? null;
  if (year !== null && (year < 1900 || year > 2999))
    throw badUserInput('filter.year must be a year such as 2025.', 'filter.year');
  const contractId = filter?.contractId ?? null;
  if (contractId !== null && (contractId.length === 0 || contractId.length > MAX_CONTRACT_ID_LENGTH))
    throw badUserInput('filter.contractId is not a contract id.', 'filter.contractId');
  const key = after ? decodeCursor(LIST, after, 2) : null;
  return {
    types: filter?.types ? new Set(filter.types) : null,
    year,
    contractId,
    first: pageSize(first),
    after: key ? [key[0] as string, key[1] as string] : null,
  };
}

/** Newest first (issue date), then by id, so pages are stable. */
export const byIssueDateDescending = (a: Document, b: Document): number =>
  b.issueDate.localeCompare(a.issueDate) || a.id.localeCompare(b.id);

export function matchesFilter(document: Document, query: DocumentQuery): boolean {
  return (
    (query.types === null || query.types.has(document.type)) &&
    (query.year === null || document.year === query.year) &&
    (query.contractId === null || document.contractNumber === query.contractId)
  );
}

function isAfter(document: Document, [issueDate, id]: [string, string]): boolean {
  return document.issueDate < issueDate || (document.issueDate === issueDate && document.id > id);
}

export interface DocumentPage {
  nodes: Document[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** One page of the documents a caller may see (already authorized and filtered), newest first. */
export function documentPage(visible: readonly Document[], query: DocumentQuery): DocumentPage {
  const sorted = [...visible].sort(byIssueDateDescending);
  const rest = query.after ? sorted.filter((document) => isAfter(document, query.after as [string, string])) : sorted;
  const nodes = rest.slice(0, query.first);
  const last = nodes[nodes.length - 1];
  return {
    nodes,
    pageInfo: {
      hasNextPage: rest.length > nodes.length,
      endCursor: last ? encodeCursor(LIST, [last.issueDate, last.id]) : null,
    },
    totalCount: sorted.length,
  };
}
