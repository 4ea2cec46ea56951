import { z } from 'zod';
import type { BackendClient } from '../../../platform/backend/BackendClient';
import { BackendError } from '../../../platform/backend/BackendError';
import { parseJsonResponse } from '../../../platform/backend/parse';

/** The archive searches the documents of at most this many customers per call. */
export const ARCHIVE_BATCH_LIMIT = 50;

const metadataSchema = z.object({
  documentId: z.string(),
  customerId: z.string(),
  policyNumber: z.string(),
  docTypeCode: z.string(),
  period: z.string().regex(/^\d{4}$/),
  issued: z.string(),
  mimeType: z.string(),
  sizeBytes: z.number().int().nonnegative(),
  fileName: z.string(),
});

const searchSchema = z.object({
  results: z.array(z.object({ customerId: z.string().optional(), policyNumber: z.string().optional(), items: z.array(metadataSchema) })),
});

export type ArchiveMetadata = z.infer<typeof metadataSchema>;

/** Typed access to the document archive; knows its JSON, not GraphQL. */
export class DocumentArchiveClient {
  constructor(private readonly http: BackendClient) {}

  /** Document metadata per customer, for up to 50 customers in one call. */
  async searchByCustomers(customerIds: readonly string[], requestId: string): Promise<Map<string, ArchiveMetadata[]>> {
    if (customerIds.length > ARCHIVE_BATCH_LIMIT) throw new Error(`At most ${ARCHIVE_BATCH_LIMIT} customers per archive search.`);
    const response = await this.http.call({
      endpoint: 'search',
      method: 'POST',
      path: '/archive/v1/search',
      body: JSON.stringify({ customerIds }),
      headers: { 'content-type': 'application/json' },
      idempotent: true,
      requestId,
    });
    if (response.status !== 200) throw new BackendError(this.http.name, 'search', 'rejected', `The archive answered ${response.status} to a search.`, response.status);
    const { results } = parseJsonResponse(this.http.name, 'search', response, searchSchema);
    const byCustomer = new Map<string, ArchiveMetadata[]>(customerIds.map((id) => [id, []]));
    for (const result of results) if (result.customerId) byCustomer.set(result.customerId, result.items);
    return byCustomer;
  }
}
