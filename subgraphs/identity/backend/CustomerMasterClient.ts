import { z } from 'zod';
import type { BackendClient } from '../../../platform/backend/BackendClient';
import { BackendError } from '../../../platform/backend/BackendError';
import { parseJsonResponse } from '../../../platform/backend/parse';

/** The customer master answers at most this many ids per call. */
export const CUSTOMER_MASTER_BATCH_LIMIT = 50;

const compactDate = z.string().regex(/^\d{8}$/, 'YYYYMMDD');

const addressSchema = z.object({ STRAAT: z.string(), HUISNR: z.string(), BUS: z.string(), POSTCD: z.string(), GEMEENTE: z.string(), LAND_CD: z.string() });

const personSchema = z.object({
  PARTY_ID: z.string(),
  PARTY_TYPE: z.literal('P'),
  FIRST_NM: z.string(),
  LAST_NM: z.string(),
  SEX_CD: z.enum(['M', 'F']),
  BIRTH_DT: compactDate,
  RRN: z.string().regex(/^\d{11}$/),
  LANG_CD: z.enum(['1', '2', '3']),
  ADDR: addressSchema,
  EMAIL_ADDR: z.string(),
  GSM_NR: z.string(),
});

const companySchema = z.object({
  PARTY_ID: z.string(),
  PARTY_TYPE: z.literal('E'),
  COMPANY_NM: z.string(),
  KBO_NR: z.string(),
  MANAGER_PARTY_ID: z.string(),
  ADDR: addressSchema,
});

const partiesSchema = z.object({ PARTIES: z.array(z.discriminatedUnion('PARTY_TYPE', [personSchema, companySchema])), NOT_FOUND: z.array(z.string()) });

const partyPoliciesSchema = z.object({
  PARTY_ID: z.string(),
  POLICIES: z.array(z.object({ POLICY_NR: z.string(), DOMAIN: z.enum(['LIFE', 'NONLIFE']), ROLE_CDS: z.array(z.string()), INTERMEDIARY_ID: z.string() })),
});

export type CustomerMasterPerson = z.infer<typeof personSchema>;
export type CustomerMasterPartyPolicies = z.infer<typeof partyPoliciesSchema>;

/** Typed access to the customer master; knows its JSON, not GraphQL. */
export class CustomerMasterClient {
  constructor(private readonly http: BackendClient) {}

  /** Persons by party id (companies are skipped: they are not customers of the zone). Unknown ids map to null. */
  async persons(ids: readonly string[], requestId: string): Promise<Map<string, CustomerMasterPerson | null>> {
    if (ids.length > CUSTOMER_MASTER_BATCH_LIMIT) throw new Error(`At most ${CUSTOMER_MASTER_BATCH_LIMIT} ids per customer master call.`);
    const response = await this.http.call({ endpoint: 'getParties', method: 'GET', path: `/parties?ids=${ids.map(encodeURIComponent).join(',')}`, idempotent: true, requestId });
    this.expectOk('getParties', response.status);
    const { PARTIES } = parseJsonResponse(this.http.name, 'getParties', response, partiesSchema);
    const byId = new Map<string, CustomerMasterPerson | null>(ids.map((id) => [id, null]));
    for (const party of PARTIES) if (party.PARTY_TYPE === 'P' && byId.has(party.PARTY_ID)) byId.set(party.PARTY_ID, party);
    return byId;
  }

  /** Every contract a person appears on, with their roles and the managing broker office. Null for an unknown party. */
  async partyPolicies(partyId: string, requestId: string): Promise<CustomerMasterPartyPolicies | null> {
    const response = await this.http.call({ endpoint: 'getPartyPolicies', method: 'GET', path: `/parties/${encodeURIComponent(partyId)}/policies`, idempotent: true, requestId });
    if (response.status === 404) return null;
    this.expectOk('getPartyPolicies', response.status);
    const policies = parseJsonResponse(this.http.name, 'getPartyPolicies', response, partyPoliciesSchema);
    if (policies.PARTY_ID !== partyId) throw new BackendError(this.http.name, 'getPartyPolicies', 'malformed', 'The customer master answered getPartyPolicies for another party.', response.status);
    return policies;
  }

  private expectOk(endpoint: string, status: number): void {
    if (status !== 200) throw new BackendError(this.http.name, endpoint, 'rejected', `The customer master answered ${status} to ${endpoint}.`, status);
  }
}
