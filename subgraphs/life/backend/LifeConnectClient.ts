import { z } from 'zod';
import type { BackendClient } from '../../../platform/backend/BackendClient';
import { BackendError } from '../../../platform/backend/BackendError';
import { parseXmlResponse, validate } from '../../../platform/backend/parse';

/** Life Connect answers at most this many parties or contracts per call. */
export const LIFE_CONNECT_BATCH_LIMIT = 50;

const NS = 'urn:lifeconnect:contract:v3';
const ENDPOINT_PATH = '/LifeConnect/services/ContractService';
const text = z.string();
const optionalText = z.string().optional().default('');
/** Life Connect writes dates as DDMMYYYY and leaves an unknown date empty. */
const date = z.string().regex(/^\d{8}$/, 'DDMMYYYY');
const optionalDate = z
  .string()
  .regex(/^(\d{8})?$/, 'DDMMYYYY or empty')
  .optional()
  .default('');
/** Amounts are whole cents written as digits; empty when not applicable. */
const cents = z.string().regex(/^-?\d+$/, 'cents');
const optionalCents = z
  .string()
  .regex(/^(-?\d+)?$/, 'cents or empty')
  .optional()
  .default('');

/** A party's entry in GetContractListResponse: contract numbers with the party's roles (Telebib2 X043). */
const partyContractsSchema = z.object({
  PartijId: text,
  Gevonden: z.enum(['J', 'N']),
  Contract: z.array(z.object({ PolNr: text, RolCd: z.array(text) })).default([]),
});

const policySchema = z.object({
  PolNr: text,
  ProdCd: text,
  ProdNm: text,
  PolTypeCd: text,
  Tak: text,
  FiscRegCd: optionalText,
  StatCd: text,
  IngDat: date,
  EindDat: optionalDate,
  VervDat: optionalDate,
  Partijen: z.object({
    Partij: z.array(z.object({ RolCd: text, PartijId: text, PartijType: z.enum(['NP', 'RP']), Naam: text })),
  }),
  Premie: z.object({
    BedragCt: cents,
    FreqCd: text,
    VolgVervDat: optionalDate,
    /** Betaalwijze: D domiciliëring (direct debit from RekNr), O overschrijving (transfer with GestMed). */
    BetWijzeCd: text,
    /** The IBAN debited; empty for a transfer. */
    RekNr: optionalText,
    /** The structured communication's 12 digits; empty for a direct debit. */
    GestMed: optionalText,
  }),
  Reserve: z.object({ BedragCt: optionalCents, WaardeDat: optionalDate }),
  AfkoopWaardeCt: optionalCents,
  GewRentBp: optionalCents,
  Winstdeelname: z
    .object({ VerworvenCt: optionalCents, DitJaarCt: optionalCents, PctBp: optionalCents })
    .or(z.literal(''))
    .optional(),
  Fondsen: z
    .object({
      Fonds: z
        .array(
          z.object({
            FondsCd: text,
            FondsNm: text,
            Eenheden: z.string().regex(/^\d+(\.\d+)?$/),
            EenheidsPrijsCt: z.string().regex(/^\d+(\.\d+)?$/),
            KoersDat: date,
          }),
        )
        .default([]),
    })
    .or(z.literal(''))
    .optional(),
  Begunstigden: z
    .object({
      Begunstigde: z
        .array(
          z.object({
            Gebeurtenis: z.enum(['LEVEN', 'OVERLIJDEN']),
            ClausuleCd: text,
            Rang: text,
            AandeelBp: text,
            PartijId: optionalText,
            Naam: optionalText,
          }),
        )
        .default([]),
    })
    .or(z.literal(''))
    .optional(),
  Waarborgen: z
    .object({
      Waarborg: z
        .array(z.object({ WaarborgCd: text, Hoofd: z.enum(['J', 'N']), VerzBedragCt: optionalCents }))
        .default([]),
    })
    .or(z.literal(''))
    .optional(),
});

export type LifeConnectPartyContracts = z.infer<typeof partyContractsSchema>;
export type LifeConnectPolicy = z.infer<typeof policySchema>;

const LIST = 'Envelope.Body.GetContractListResponse.PartijContracten';
const DETAILS = 'Envelope.Body.GetContractDetailsResponse';
const ARRAYS = [
  LIST,
  `${LIST}.Contract`,
  `${LIST}.Contract.RolCd`,
  `${DETAILS}.Polis`,
  `${DETAILS}.Polis.Partijen.Partij`,
  `${DETAILS}.Polis.Fondsen.Fonds`,
  `${DETAILS}.Polis.Begunstigden.Begunstigde`,
  `${DETAILS}.Polis.Waarborgen.Waarborg`,
  `${DETAILS}.NietGevonden.PolNr`,
];

function requestEnvelope(operation: string, element: string, ids: readonly string[]): string {
  const items = ids.map((id) => `<lc:${element}>${id.replace(/[<>&'"]/g, '')}</lc:${element}>`).join('');
  return `<?xml version="1.0" encoding="UTF-8"?><soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns:lc="${NS}"><soapenv:Header/><soapenv:Body><lc:${operation}>${items}</lc:${operation}></soapenv:Body></soapenv:Envelope>`;
}

/** Typed access to Life Connect's SOAP operations; knows the XML, not GraphQL. */
export class LifeConnectClient {
  constructor(private readonly http: BackendClient) {}

  private async call(
    operation: string,
    element: string,
    ids: readonly string[],
    requestId: string,
  ): Promise<Record<string, unknown>> {
    if (ids.length > LIFE_CONNECT_BATCH_LIMIT)
      throw new RangeError(`At most ${LIFE_CONNECT_BATCH_LIMIT} ids per Life Connect call.`);
    const response = await this.http.call({
      endpoint: operation,
      method: 'POST',
      path: ENDPOINT_PATH,
      body: requestEnvelope(`${operation}Request`, element, ids),
      headers: { 'content-type': 'text/xml; charset=utf-8', soapaction: `${NS}#${operation}` },
      idempotent: true,
      requestId,
    });
    // Outages (5xx) are already BackendErrors; anything else but 200 is Life Connect refusing the call.
    if (response.status !== 200)
      throw new BackendError(
        this.http.name,
        operation,
        'rejected',
        `Life Connect rejected ${operation} (${response.status}).`,
        response.status,
      );
    if (!/xml/i.test(response.contentType))
      throw new BackendError(
        this.http.name,
        operation,
        'malformed',
        `Life Connect answered ${operation} with ${response.contentType || 'no content type'} instead of XML.`,
        response.status,
      );
    const document = parseXmlResponse(this.http.name, operation, response, { arrays: ARRAYS });
    const body = (document['Envelope'] as Record<string, unknown> | undefined)?.['Body'];
    if (!body || typeof body !== 'object')
      throw new BackendError(
        this.http.name,
        operation,
        'malformed',
        'Life Connect answered without a SOAP body.',
        response.status,
      );
    if ('Fault' in body)
      throw new BackendError(
        this.http.name,
        operation,
        'rejected',
        `Life Connect answered ${operation} with a SOAP fault.`,
        response.status,
      );
    const content = (body as Record<string, unknown>)[`${operation}Response`];
    if (!content || typeof content !== 'object')
      throw new BackendError(
        this.http.name,
        operation,
        'malformed',
        `Life Connect answered without ${operation}Response.`,
        response.status,
      );
    return content as Record<string, unknown>;
  }

  /** The contracts of each party, with the party's roles on each. Unknown parties map to null. */
  async contractLists(
    partyIds: readonly string[],
    requestId: string,
  ): Promise<Map<string, LifeConnectPartyContracts | null>> {
    if (partyIds.length === 0) return new Map();
    const content = await this.call('GetContractList', 'PartijId', partyIds, requestId);
    const entries = validate(
      this.http.name,
      'GetContractList',
      200,
      content['PartijContracten'] ?? [],
      z.array(partyContractsSchema),
    );
    const byParty = new Map<string, LifeConnectPartyContracts | null>(partyIds.map((id) => [id, null]));
    for (const entry of entries)
      if (byParty.has(entry.PartijId)) byParty.set(entry.PartijId, entry.Gevonden === 'J' ? entry : null);
    return byParty;
  }

  /** Contract details by number. Unknown numbers map to null. */
  async contractDetails(numbers: readonly string[], requestId: string): Promise<Map<string, LifeConnectPolicy | null>> {
    if (numbers.length === 0) return new Map();
    const content = await this.call('GetContractDetails', 'PolNr', numbers, requestId);
    const policies = validate(this.http.name, 'GetContractDetails', 200, content['Polis'] ?? [], z.array(policySchema));
    const byNumber = new Map<string, LifeConnectPolicy | null>(numbers.map((n) => [n, null]));
    for (const policy of policies) if (byNumber.has(policy.PolNr)) byNumber.set(policy.PolNr, policy);
    return byNumber;
  }
}
