import { z } from 'zod';
import type { BackendClient } from '../../../platform/backend/BackendClient';
import { BackendError } from '../../../platform/backend/BackendError';
import { parseJsonResponse } from '../../../platform/backend/parse';

/** The customer master answers at most this many ids per call. */
export const CUSTOMER_MASTER_BATCH_LIMIT = 50;

const compactDate = z.string().regex(/^\d{8}$/, 'YYYYMMDD');

const addressSchema = z.object({
  STRAAT: z.string(),
  HUISNR: z.string(),
  BUS: z.string(),
  POSTCD: z.string(),
  GEMEENTE: z.string(),
  LAND_CD: z.string(),
});

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

const partiesSchema = z.object({
  PARTIES: z.array(z.discriminatedUnion('PARTY_TYPE', [personSchema, companySchema])),
  NOT_FOUND: z.array(z.string()),
});

const partyPoliciesSchema = z.object({
  PARTY_ID: z.string(),
  POLICIES: z.array(
    z.object({
      POLICY_NR: z.string(),
      DOMAIN: z.enum(['LIFE', 'NONLIFE']),
      ROLE_CDS: z.array(z.string()),
      INTERMEDIARY_ID: z.string(),
    }),
  ),
});

const searchSchema = z.object({ PARTIES: z.array(personSchema) });
const policiesSchema = z.object({
  POLICIES: z.array(
    z.object({ POLICY_NR: z.string(), ROLES: z.array(z.object({ ROLE_CD: z.string(), PARTY_ID: z.string() })) }),
  ),
});

/** What itsme and the eID hub assert about the person who signed in (OpenID Connect claims). */
const userinfoSchema = z.object({
  userinfo: z.object({
    national_register_number: z.string().regex(/^\d{11}$/),
    given_name: z.string(),
    family_name: z.string(),
    birthdate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    locale: z.string(),
  }),
});

const providerErrorSchema = z.object({ error: z.string() });

const brokerSchema = z.object({
  BROKER_ID: z.string(),
  BROKER_NM: z.string(),
  FSMA_NR: z.string().regex(/^\d{10}$/),
  OFFICE_EMAIL: z.string(),
  OFFICE_TEL: z.string(),
  OFFICE_ADDR: addressSchema,
});

const brokersSchema = z.object({ BROKERS: z.array(brokerSchema), NOT_FOUND: z.array(z.string()) });

const portfolioSchema = z.object({
  BROKER_ID: z.string(),
  TOTAL: z.number().int().nonnegative(),
  PARTIES: z.array(z.object({ PARTY_ID: z.string(), FIRST_NM: z.string(), LAST_NM: z.string() })),
});

const contactChangedSchema = z.object({ PARTY_ID: z.string(), STATUS: z.literal('APPLIED') });

/** The body of the master's contact change, in its own field names; only what changes is sent. */
export interface CustomerMasterContactChange {
  EMAIL_ADDR?: string;
  GSM_NR?: string;
  ADDR?: { STRAAT: string; HUISNR: string; BUS: string; POSTCD: string; GEMEENTE: string; LAND_CD: 'BE' };
}

export type CustomerMasterPerson = z.infer<typeof personSchema>;
export type ProviderUserinfo = z.infer<typeof userinfoSchema>['userinfo'];
export type ProviderExchange =
  { outcome: 'accepted'; userinfo: ProviderUserinfo } | { outcome: 'rejected'; error: string };
export type CustomerMasterPartyPolicies = z.infer<typeof partyPoliciesSchema>;
export type CustomerMasterBroker = z.infer<typeof brokerSchema>;
export type CustomerMasterPortfolio = z.infer<typeof portfolioSchema>;

/** The master answers at most this many portfolio members per call. */
export const PORTFOLIO_PAGE_LIMIT = 200;

/** Typed access to the customer master; knows its JSON, not GraphQL. */
export class CustomerMasterClient {
  constructor(private readonly http: BackendClient) {}

  /** Persons by party id (companies are skipped: they are not customers of the zone). Unknown ids map to null. */
  async persons(ids: readonly string[], requestId: string): Promise<Map<string, CustomerMasterPerson | null>> {
    if (ids.length === 0) return new Map();
    if (ids.length > CUSTOMER_MASTER_BATCH_LIMIT)
      throw new Error(`At most ${CUSTOMER_MASTER_BATCH_LIMIT} ids per customer master call.`);
    const response = await this.http.call({
      endpoint: 'getParties',
      method: 'GET',
      path: `/parties?ids=${ids.map(encodeURIComponent).join(',')}`,
      idempotent: true,
      requestId,
    });
    this.expectOk('getParties', response.status);
    const { PARTIES } = parseJsonResponse(this.http.name, 'getParties', response, partiesSchema);
    const byId = new Map<string, CustomerMasterPerson | null>(ids.map((id) => [id, null]));
    for (const party of PARTIES)
      if (party.PARTY_TYPE === 'P' && byId.has(party.PARTY_ID)) byId.set(party.PARTY_ID, party);
    return byId;
  }

  /** Every contract a person appears on, with their roles and the managing broker office. Null for an unknown party. */
  async partyPolicies(partyId: string, requestId: string): Promise<CustomerMasterPartyPolicies | null> {
    const response = await this.http.call({
      endpoint: 'getPartyPolicies',
      method: 'GET',
      path: `/parties/${encodeURIComponent(partyId)}/policies`,
      idempotent: true,
      requestId,
    });
    if (response.status === 404) return null;
    this.expectOk('getPartyPolicies', response.status);
    const policies = parseJsonResponse(this.http.name, 'getPartyPolicies', response, partyPoliciesSchema);
    if (policies.PARTY_ID !== partyId)
      throw new BackendError(
        this.http.name,
        'getPartyPolicies',
        'malformed',
        'The customer master answered getPartyPolicies for another party.',
        response.status,
      );
    return policies;
  }

  /** Broker offices by id. Unknown ids map to null. */
  async brokers(ids: readonly string[], requestId: string): Promise<Map<string, CustomerMasterBroker | null>> {
    if (ids.length === 0) return new Map();
    if (ids.length > CUSTOMER_MASTER_BATCH_LIMIT)
      throw new Error(`At most ${CUSTOMER_MASTER_BATCH_LIMIT} ids per customer master call.`);
    const response = await this.http.call({
      endpoint: 'getBrokers',
      method: 'GET',
      path: `/brokers?ids=${ids.map(encodeURIComponent).join(',')}`,
      idempotent: true,
      requestId,
    });
    this.expectOk('getBrokers', response.status);
    const { BROKERS } = parseJsonResponse(this.http.name, 'getBrokers', response, brokersSchema);
    const byId = new Map<string, CustomerMasterBroker | null>(ids.map((id) => [id, null]));
    for (const broker of BROKERS) if (byId.has(broker.BROKER_ID)) byId.set(broker.BROKER_ID, broker);
    return byId;
  }

  /**
   * One page of the persons holding or insured on a contract the office manages, sorted by name:
   * all of them, those whose name contains `query`, or those on the contract numbered `query`.
   */
  async portfolio(
    brokerId: string,
    page: { offset: number; limit: number; query: string },
    requestId: string,
  ): Promise<CustomerMasterPortfolio> {
    if (page.limit < 1 || page.limit > PORTFOLIO_PAGE_LIMIT)
      throw new Error(`A portfolio page holds 1 to ${PORTFOLIO_PAGE_LIMIT} persons.`);
    const parameters = new URLSearchParams({ offset: String(page.offset), limit: String(page.limit) });
    if (page.query) parameters.set('q', page.query);
    const response = await this.http.call({
      endpoint: 'getBrokerPortfolio',
      method: 'GET',
      path: `/brokers/${encodeURIComponent(brokerId)}/portfolio?${parameters.toString()}`,
      idempotent: true,
      requestId,
    });
    this.expectOk('getBrokerPortfolio', response.status);
    const portfolio = parseJsonResponse(this.http.name, 'getBrokerPortfolio', response, portfolioSchema);
    if (portfolio.BROKER_ID !== brokerId)
      throw new BackendError(
        this.http.name,
        'getBrokerPortfolio',
        'malformed',
        'The customer master answered getBrokerPortfolio for another office.',
        response.status,
      );
    return portfolio;
  }

  /**
   * Changes a person's contact details in the master. The idempotency key makes a repeat of the
   * same change (a retry, or a re-drive after a crash) apply it once, so the call may be retried.
   */
  async updateContact(
    partyId: string,
    change: CustomerMasterContactChange,
    idempotencyKey: string,
    requestId: string,
  ): Promise<void> {
    const response = await this.http.call({
      endpoint: 'updateContact',
      method: 'PUT',
      path: `/parties/${encodeURIComponent(partyId)}/contact`,
      headers: { 'content-type': 'application/json', 'idempotency-key': idempotencyKey },
      body: JSON.stringify(change),
      idempotent: true,
      requestId,
    });
    this.expectOk('updateContact', response.status);
    const applied = parseJsonResponse(this.http.name, 'updateContact', response, contactChangedSchema);
    if (applied.PARTY_ID !== partyId)
      throw new BackendError(
        this.http.name,
        'updateContact',
        'malformed',
        'The customer master answered updateContact for another party.',
        response.status,
      );
  }

  /** Every person record carrying this national register number: none, one, or several (a duplicate in the master). */
  async searchByNationalRegisterNumber(rrn: string, requestId: string): Promise<CustomerMasterPerson[]> {
    const response = await this.http.call({
      endpoint: 'searchPartiesByRrn',
      method: 'GET',
      path: `/parties/search?rrn=${encodeURIComponent(rrn)}`,
      idempotent: true,
      requestId,
    });
    this.expectOk('searchPartiesByRrn', response.status);
    return parseJsonResponse(this.http.name, 'searchPartiesByRrn', response, searchSchema).PARTIES;
  }

  /** Persons whose e-mail address is this one, or with this last name and birth date (the contact centre's lookups). */
  async searchParties(
    query: { email: string } | { lastName: string; birthDate: string },
    requestId: string,
  ): Promise<CustomerMasterPerson[]> {
    const parameters = new URLSearchParams(query).toString();
    const response = await this.http.call({
      endpoint: 'searchParties',
      method: 'GET',
      path: `/parties/search?${parameters}`,
      idempotent: true,
      requestId,
    });
    this.expectOk('searchParties', response.status);
    return parseJsonResponse(this.http.name, 'searchParties', response, searchSchema).PARTIES;
  }

  /** The parties of one contract and their role codes, from the policy index; null for an unknown number. */
  async policyParties(
    contractNumber: string,
    requestId: string,
  ): Promise<Array<{ ROLE_CD: string; PARTY_ID: string }> | null> {
    const response = await this.http.call({
      endpoint: 'getPolicies',
      method: 'GET',
      path: `/policies?nrs=${encodeURIComponent(contractNumber)}`,
      idempotent: true,
      requestId,
    });
    this.expectOk('getPolicies', response.status);
    const { POLICIES } = parseJsonResponse(this.http.name, 'getPolicies', response, policiesSchema);
    return POLICIES.find((policy) => policy.POLICY_NR === contractNumber)?.ROLES ?? null;
  }

  /**
   * Exchanges an identity provider's authorization code for what it asserts about the person.
   * A code is good for one exchange, so this is never retried.
   */
  async exchangeAuthorizationCode(
    provider: 'itsme' | 'eid',
    code: string,
    requestId: string,
  ): Promise<ProviderExchange> {
    const response = await this.http.call({
      endpoint: 'oidcToken',
      method: 'POST',
      path: `/oidc/${provider}/token`,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ grant_type: 'authorization_code', code }).toString(),
      idempotent: false,
      requestId,
    });
    if (response.status === 400)
      return {
        outcome: 'rejected',
        error: parseJsonResponse(this.http.name, 'oidcToken', response, providerErrorSchema).error,
      };
    this.expectOk('oidcToken', response.status);
    return {
      outcome: 'accepted',
      userinfo: parseJsonResponse(this.http.name, 'oidcToken', response, userinfoSchema).userinfo,
    };
  }

  /** Hands a text message to the SMS gateway. Not retried: a retry could send the code twice. */
  async sendSms(to: string, text: string, requestId: string): Promise<void> {
    const response = await this.http.call({
      endpoint: 'sendSms',
      method: 'POST',
      path: '/sms/messages',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ to, text }),
      idempotent: false,
      requestId,
    });
    this.expectAccepted('sendSms', response.status);
  }

  /** Hands a letter to the postal gateway, addressed to the party's address in the master. Not retried. */
  async sendLetter(partyId: string, kind: string, lines: readonly string[], requestId: string): Promise<void> {
    const response = await this.http.call({
      endpoint: 'sendLetter',
      method: 'POST',
      path: '/post/letters',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ partyId, kind, lines }),
      idempotent: false,
      requestId,
    });
    this.expectAccepted('sendLetter', response.status);
  }

  private expectAccepted(endpoint: string, status: number): void {
    if (status !== 202)
      throw new BackendError(
        this.http.name,
        endpoint,
        'rejected',
        `The customer master answered ${status} to ${endpoint}.`,
        status,
      );
  }

  private expectOk(endpoint: string, status: number): void {
    if (status !== 200)
      throw new BackendError(
        this.http.name,
        endpoint,
        'rejected',
        `The customer master answered ${status} to ${endpoint}.`,
        status,
      );
  }
}
