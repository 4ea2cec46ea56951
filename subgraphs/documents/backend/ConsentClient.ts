import type { BackendClient } from '../../../platform/backend/BackendClient';
import { consentAnswerSchema, MAX_CONSENT_LOOKUP } from '../../../platform/consentLookup';
import { postToIdentity } from './identityCall';

/**
 * When customers consented to digital documents, from the identity subgraph that records it
 * (`POST /internal/consents`, with the services' credential): the documents subgraph looks it up
 * rather than believe an `_entities` representation.
 */
export class ConsentClient {
  constructor(
    private readonly http: BackendClient,
    private readonly path: string,
    private readonly secret: Buffer,
  ) {}

  /** The consent time (ISO 8601) of each customer, null for one without an account; up to 100 per call. */
  async consentTimesOf(customerIds: readonly string[], requestId: string): Promise<Map<string, string | null>> {
    if (customerIds.length === 0) return new Map();
    if (customerIds.length > MAX_CONSENT_LOOKUP)
      throw new RangeError(`At most ${MAX_CONSENT_LOOKUP} customers per consent lookup.`);
    const { consents } = await postToIdentity(this.http, this.secret, {
      endpoint: 'consents',
      path: this.path,
      body: { customerIds },
      answer: consentAnswerSchema,
      what: 'a consent lookup',
      requestId,
    });
    const byCustomer = new Map<string, string | null>(customerIds.map((id) => [id, null]));
    for (const { customerId, consentedAt } of consents)
      if (byCustomer.has(customerId)) byCustomer.set(customerId, consentedAt);
    return byCustomer;
  }
}
