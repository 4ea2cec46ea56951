import { z } from 'zod';
import type { BackendClient } from '../../../platform/backend/BackendClient';
import { BackendError } from '../../../platform/backend/BackendError';
import { parseJsonResponse } from '../../../platform/backend/parse';

const yyyymmdd = z.string().regex(/^\d{8}$/, 'YYYYMMDD');

const contractListSchema = z.object({
  klantId: z.string(),
  contracten: z.array(z.object({ polisnummer: z.string(), rollen: z.array(z.string()) })),
});

const adresSchema = z.object({
  straat: z.string(),
  huisnummer: z.string(),
  bus: z.string().nullable(),
  postcode: z.string(),
  gemeente: z.string(),
  land: z.string(),
});

const contractSchema = z.object({
  polisnummer: z.string(),
  productcode: z.string(),
  productnaam: z.string(),
  tak: z.string(),
  systeem: z.enum(['VC', 'LEG']),
  status: z.string(),
  ingangsdatum: yyyymmdd,
  einddatum: yyyymmdd.nullable(),
  hoofdvervaldag: yyyymmdd,
  partijen: z.array(z.object({ rol: z.string(), partijId: z.string() })),
  premie: z.object({
    bedragCent: z.number().int().nonnegative(),
    frequentie: z.string(),
    /** DOMI domiciliëring (direct debit from `rekeningnummer`), OVER overschrijving (transfer with `mededeling`). */
    betaalwijze: z.string(),
    rekeningnummer: z.string().nullable(),
    /** The structured communication as on a paper form, 090/9337/55493. */
    mededeling: z.string().nullable(),
  }),
  risico: z.object({
    objecttype: z.string(),
    voertuig: z
      .object({
        nummerplaat: z.string(),
        chassisnummer: z.string(),
        merk: z.string(),
        model: z.string(),
        eersteInschrijving: yyyymmdd,
        gebruik: z.string(),
      })
      .nullable(),
    gebouw: z.object({ adres: adresSchema, hoedanigheid: z.string(), soort: z.string() }).nullable(),
    gezin: z.object({ aantalPersonen: z.number().int().positive() }).nullable(),
  }),
  waarborgen: z.array(
    z.object({
      code: z.string(),
      verzekerdBedragCent: z.number().int().nonnegative().nullable(),
      vrijstelling: z
        .object({
          soort: z.string(),
          bedragCent: z.number().int().nonnegative().nullable(),
          percentage: z.number().min(0).max(100).nullable(),
        })
        .nullable(),
    }),
  ),
  /** The historic Belgian scale runs 0–22. */
  bonusMalus: z.number().int().min(0).max(22).nullable(),
});

export type VConnectContractList = z.infer<typeof contractListSchema>;
export type VConnectContract = z.infer<typeof contractSchema>;

/** Typed access to V-Connect's REST API; knows its JSON, not GraphQL. */
export class VConnectClient {
  constructor(private readonly http: BackendClient) {}

  /** The contracts a customer appears on, with their roles. Null for an unknown customer. */
  async contractList(customerId: string, requestId: string): Promise<VConnectContractList | null> {
    const response = await this.http.call({
      endpoint: 'klantContracten',
      method: 'GET',
      path: `/api/v2/klanten/${encodeURIComponent(customerId)}/contracten`,
      idempotent: true,
      requestId,
    });
    if (response.status === 404) return null;
    this.expectOk('klantContracten', response.status);
    const list = parseJsonResponse(this.http.name, 'klantContracten', response, contractListSchema);
    this.expectSubject('klantContracten', list.klantId, customerId, response.status);
    return list;
  }

  /** One contract (V-Connect has no batch endpoint). Null for an unknown number. */
  async contract(contractNumber: string, requestId: string): Promise<VConnectContract | null> {
    const response = await this.http.call({
      endpoint: 'contract',
      method: 'GET',
      path: `/api/v2/contracten/${encodeURIComponent(contractNumber)}`,
      idempotent: true,
      requestId,
    });
    if (response.status === 404) return null;
    this.expectOk('contract', response.status);
    const contract = parseJsonResponse(this.http.name, 'contract', response, contractSchema);
    this.expectSubject('contract', contract.polisnummer, contractNumber, response.status);
    return contract;
  }

  /** An answer about another customer or contract than the one asked for is garbled, never used. */
  private expectSubject(endpoint: string, answered: string, asked: string, status: number): void {
    if (answered !== asked)
      throw new BackendError(
        this.http.name,
        endpoint,
        'malformed',
        `V-Connect answered ${endpoint} for another record than the one asked for.`,
        status,
      );
  }

  private expectOk(endpoint: string, status: number): void {
    if (status !== 200)
      throw new BackendError(
        this.http.name,
        endpoint,
        'rejected',
        `V-Connect answered ${status} to ${endpoint}.`,
        status,
      );
  }
}
