import { askFor, tokenFor, type Caller } from '../../../test-support/callers';
import { TEST_PUBLIC_BASE_URL, type RunningSystem } from '../../../test-support/system';
import type { SignedIn } from '../access';
import { DownloadLinks } from '../links/DownloadLinks';

/**
 * The documents subgraph's operations, callers and downloads for its end-to-end tests; callers
 * and `ask` are shared in test-support/callers.ts.
 */

export { codes, customers, tokenFor, type Caller, type Role } from '../../../test-support/callers';

export const AN: Caller = { role: 'customer', id: 'P00000001' };
export const LUC: Caller = { role: 'customer', id: 'P00000002' };
export const BROKER_AN_LIFE_AND_MOTOR: Caller = { role: 'broker', id: 'B00001' };
export const BROKER_AN_FIRE: Caller = { role: 'broker', id: 'B00002' };
export const SUPPORT: Caller = { role: 'support', id: 'S00001' };

export const DOCUMENT_FIELDS = /* GraphQL */ `
  id type title year issueDate contentType sizeBytes fileName downloadUrl downloadUrlExpiresAt
  contract { __typename ... on LifeContract { id } ... on NonLifeContract { id } }
`;

export const PAGE_FIELDS = /* GraphQL */ `totalCount pageInfo { hasNextPage endCursor } nodes { ${DOCUMENT_FIELDS} }`;

export const MY_DOCUMENTS = /* GraphQL */ `
  query ($filter: DocumentFilter, $first: Int, $after: String) {
    me { id documents(filter: $filter, first: $first, after: $after) { ${PAGE_FIELDS} } }
  }
`;

export const CUSTOMER_DOCUMENTS = /* GraphQL */ `
  query ($representations: [_Any!]!, $filter: DocumentFilter, $first: Int) {
    _entities(representations: $representations) { ... on Customer { id documents(filter: $filter, first: $first) { ${PAGE_FIELDS} } } }
  }
`;

export const CONTRACT_DOCUMENTS = /* GraphQL */ `
  query ($representations: [_Any!]!) {
    _entities(representations: $representations) {
      ... on LifeContract { id documents { ${PAGE_FIELDS} } }
      ... on NonLifeContract { id documents { ${PAGE_FIELDS} } }
    }
  }
`;

export interface DocumentNode {
  id: string;
  type: string;
  title: string;
  year: number;
  issueDate: string;
  contentType: string;
  sizeBytes: number;
  fileName: string;
  downloadUrl: string;
  downloadUrlExpiresAt: string;
  contract: { __typename: string; id: string } | null;
}

export interface DocumentPage {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  nodes: DocumentNode[];
}

/** Sends an operation to the gateway, or with `subgraph: true` straight to the documents subgraph (as a router would). */
export const ask = askFor('documents');

/** The signed-in customer's documents page through the gateway; fails the test on errors. */
export async function myDocuments(
  system: RunningSystem,
  caller: Caller,
  variables: Record<string, unknown> = {},
  language?: string,
): Promise<DocumentPage> {
  const result = await ask(system, caller, MY_DOCUMENTS, { variables, ...(language ? { language } : {}) });
  expect(result.body.errors).toBeUndefined();
  return (result.body.data?.['me'] as { documents: DocumentPage }).documents;
}

/** Every page of the signed-in customer's documents. */
export async function allMyDocuments(
  system: RunningSystem,
  caller: Caller,
  filter?: Record<string, unknown>,
): Promise<DocumentNode[]> {
  const all: DocumentNode[] = [];
  let after: string | null = null;
  do {
    const page: DocumentPage = await myDocuments(system, caller, {
      first: 50,
      ...(filter ? { filter } : {}),
      ...(after ? { after } : {}),
    });
    all.push(...page.nodes);
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
  } while (after);
  return all;
}

/** A download link as the gateway serves it: the public origin swapped for the test gateway's, as a load balancer would. */
export function atGateway(system: RunningSystem, downloadUrl: string): string {
  if (!downloadUrl.startsWith(TEST_PUBLIC_BASE_URL))
    throw new Error(`Not a link on the public origin: ${downloadUrl.slice(0, 40)}`);
  return new URL(downloadUrl.slice(TEST_PUBLIC_BASE_URL.length), new URL(system.gatewayUrl).origin + '/').toString();
}

export interface Download {
  status: number;
  headers: Headers;
  bytes: Buffer;
}

/** GETs a download link at the gateway, with the caller's token (or none). */
export async function download(
  system: RunningSystem,
  downloadUrl: string,
  caller: Caller | undefined,
  headers: Record<string, string> = {},
): Promise<Download> {
  const token = await tokenFor(system, caller);
  const response = await fetch(atGateway(system, downloadUrl), {
    headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
  });
  return { status: response.status, headers: response.headers, bytes: Buffer.from(await response.arrayBuffer()) };
}

/** The archive's own bytes of a document, fetched from the archive directly. */
export async function archiveBytes(system: RunningSystem, documentId: string): Promise<Buffer> {
  const response = await fetch(
    `${system.backends.documentArchive.url}/archive/v1/documents/${encodeURIComponent(documentId)}/content`,
  );
  expect(response.status).toBe(200);
  return Buffer.from(await response.arrayBuffer());
}

/** Who a caller's test token says they are (test-support/system.ts signs broker tokens for `broker-user-<office>`). */
export function viewerOf(caller: Caller): SignedIn {
  switch (caller.role) {
    case 'customer':
      return { role: 'customer', subject: caller.id, customerId: caller.id };
    case 'broker':
      return { role: 'broker', subject: `broker-user-${caller.id}`, brokerId: caller.id };
    case 'support':
      return { role: 'support', subject: caller.id, staffId: caller.id };
  }
}

/**
 * A link signed with the system's own key, as the documents subgraph would make it, for cases the
 * graph never hands out (an expiry in the past, a document the caller may not have).
 */
export function signedLink(
  system: RunningSystem,
  document: { id: string; customerId: string },
  madeFor: Caller,
  expires = Math.floor(Date.now() / 1000) + 300,
): string {
  const links = new DownloadLinks({
    secret: system.documentLinkSecret,
    publicBaseUrl: new URL(TEST_PUBLIC_BASE_URL),
    ttlSeconds: 300,
  });
  return links.urlFor(document, viewerOf(madeFor), expires);
}
