import { z } from 'zod';
import type { BackendClient, BackendResponse } from '../../../platform/backend/BackendClient';
import { BackendError } from '../../../platform/backend/BackendError';
import { parseJsonResponse } from '../../../platform/backend/parse';

/** The archive searches the documents of at most this many customers (or contracts) per call. */
export const ARCHIVE_BATCH_LIMIT = 50;

const metadataSchema = z.object({
  documentId: z.string(),
  customerId: z.string(),
  policyNumber: z.string(),
  docTypeCode: z.string(),
  period: z.string().regex(/^\d{4}$/),
  issued: z.string().regex(/^\d{4}-\d{2}-\d{2}T/, 'ISO 8601 date-time'),
  mimeType: z.string(),
  sizeBytes: z.number().int().nonnegative(),
  fileName: z.string(),
});

const searchSchema = z.object({
  results: z.array(
    z.object({
      customerId: z.string().optional(),
      policyNumber: z.string().optional(),
      items: z.array(metadataSchema),
    }),
  ),
});

export type ArchiveMetadata = z.infer<typeof metadataSchema>;

/** A document's bytes as the archive stores them. */
export interface ArchiveContent {
  contentType: string;
  bytes: Buffer;
}

/** Typed access to the document archive; knows its JSON, not GraphQL. */
export class DocumentArchiveClient {
  constructor(private readonly http: BackendClient) {}

  /** Document metadata per customer, for up to 50 customers in one call. */
  async searchByCustomers(customerIds: readonly string[], requestId: string): Promise<Map<string, ArchiveMetadata[]>> {
    const results = await this.search({ customerIds }, customerIds.length, requestId);
    const byCustomer = new Map<string, ArchiveMetadata[]>(customerIds.map((id) => [id, []]));
    for (const result of results)
      if (result.customerId && byCustomer.has(result.customerId)) byCustomer.set(result.customerId, result.items);
    return byCustomer;
  }

  /** Document metadata per contract, for up to 50 contracts in one call. */
  async searchByPolicies(policyNumbers: readonly string[], requestId: string): Promise<Map<string, ArchiveMetadata[]>> {
    const results = await this.search({ policyNumbers }, policyNumbers.length, requestId);
    const byPolicy = new Map<string, ArchiveMetadata[]>(policyNumbers.map((number) => [number, []]));
    for (const result of results)
      if (result.policyNumber && byPolicy.has(result.policyNumber)) byPolicy.set(result.policyNumber, result.items);
    return byPolicy;
  }

  /**
   * The bytes of one document, checked to be a whole PDF of the size the archive declares
   * (a cut-off file is `malformed`, never passed on). Null when the archive has no such document.
   */
  async content(documentId: string, requestId: string): Promise<ArchiveContent | null> {
    const response = await this.http.call({
      endpoint: 'content',
      method: 'GET',
      path: `/archive/v1/documents/${encodeURIComponent(documentId)}/content`,
      idempotent: true,
      requestId,
    });
    if (response.status === 404) return null;
    this.expectOk('content', response);
    if (!response.contentType.startsWith('application/pdf'))
      throw this.malformed(
        'content',
        `answered ${response.contentType || 'no content type'} instead of a PDF`,
        response,
      );
    if (!isWholePdf(response.body)) throw this.malformed('content', 'answered a PDF that is cut off', response);
    return { contentType: 'application/pdf', bytes: response.body };
  }

  private async search(
    query: { customerIds?: readonly string[]; policyNumbers?: readonly string[] },
    count: number,
    requestId: string,
  ) {
    if (count === 0) return [];
    if (count > ARCHIVE_BATCH_LIMIT)
      throw new RangeError(`At most ${ARCHIVE_BATCH_LIMIT} customers or contracts per archive search.`);
    const response = await this.http.call({
      endpoint: 'search',
      method: 'POST',
      path: '/archive/v1/search',
      body: JSON.stringify(query),
      headers: { 'content-type': 'application/json' },
      idempotent: true,
      requestId,
    });
    this.expectOk('search', response);
    return parseJsonResponse(this.http.name, 'search', response, searchSchema).results;
  }

  private expectOk(endpoint: string, response: BackendResponse): void {
    if (response.status !== 200)
      throw new BackendError(
        this.http.name,
        endpoint,
        'rejected',
        `The archive answered ${response.status} to ${endpoint}.`,
        response.status,
      );
  }

  private malformed(endpoint: string, what: string, response: BackendResponse): BackendError {
    return new BackendError(this.http.name, endpoint, 'malformed', `The archive ${what}.`, response.status);
  }
}

/** A PDF starts with its header and has an end-of-file marker within its last 1024 bytes (ISO 32000-1, 7.5.5). */
function isWholePdf(bytes: Buffer): boolean {
  return (
    bytes.subarray(0, 5).toString('latin1') === '%PDF-' && bytes.subarray(-1024).toString('latin1').includes('%%EOF')
  );
}
