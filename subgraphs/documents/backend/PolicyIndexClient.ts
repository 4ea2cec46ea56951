import { z } from 'zod';
import type { BackendClient } from '../../../platform/backend/BackendClient';
import { BackendError } from '../../../platform/backend/BackendError';
import { parseJsonResponse } from '../../../platform/backend/parse';

/** The customer master answers at most this many contract numbers per policy-index call. */
export const POLICY_INDEX_BATCH_LIMIT = 50;

const policySchema = z.object({
  POLICY_NR: z.string(),
  DOMAIN: z.enum(['LIFE', 'NONLIFE']),
  ROLES: z.array(z.object({ ROLE_CD: z.string(), PARTY_ID: z.string() })),
});

const policiesSchema = z.object({ POLICIES: z.array(policySchema), NOT_FOUND: z.array(z.string()) });

export type PolicyIndexEntry = z.infer<typeof policySchema>;

/**
 * The customer master's policy index (`GET /policies?nrs=`), which says who holds, who is insured
 * by and which broker office manages each contract. Knows its JSON, not GraphQL.
 */
export class PolicyIndexClient {
  constructor(private readonly http: BackendClient) {}

  /** Entries by contract number, for up to 50 contracts per call; unknown contracts map to null. */
  async entries(contractNumbers: readonly string[], requestId: string): Promise<Map<string, PolicyIndexEntry | null>> {
    if (contractNumbers.length === 0) return new Map();
    if (contractNumbers.length > POLICY_INDEX_BATCH_LIMIT)
      throw new RangeError(`At most ${POLICY_INDEX_BATCH_LIMIT} contracts per policy-index call.`);
    const response = await this.http.call({
      endpoint: 'getPolicies',
      method: 'GET',
      path: `/policies?nrs=${contractNumbers.map(encodeURIComponent).join(',')}`,
      idempotent: true,
      requestId,
    });
    if (response.status !== 200)
      throw new BackendError(
        this.http.name,
        'getPolicies',
        'rejected',
        `The customer master answered ${response.status} to getPolicies.`,
        response.status,
      );
    const { POLICIES } = parseJsonResponse(this.http.name, 'getPolicies', response, policiesSchema);
    const byNumber = new Map<string, PolicyIndexEntry | null>(contractNumbers.map((number) => [number, null]));
    for (const policy of POLICIES) if (byNumber.has(policy.POLICY_NR)) byNumber.set(policy.POLICY_NR, policy);
    return byNumber;
  }
}
