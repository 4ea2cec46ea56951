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
  IngDat: text,
  EindDat: optionalText,
  VervDat: optionalText,
  Partijen: z.object({ Partij: z.array(z.object({ RolCd: text, PartijId: text })) }),
  Premie: z.object({ BedragCt: text, FreqCd: text, VolgVervDat: optionalText }),
  Reserve: z.object({ BedragCt: optionalText, WaardeDat: optionalText }),
  AfkoopWaardeCt: optionalText,
  GewRentBp: optionalText,
  Winstdeelname: z.object({ VerworvenCt: optionalText, DitJaarCt: optionalText, PctBp: optionalText }).or(z.literal('')).optional(),
  Fondsen: z.object({ Fonds: z.array(z.object({ FondsCd: text, FondsNm: text, Eenheden: text, EenheidsPrijsCt: text, KoersDat: text })).default([]) }).or(z.literal('')).optional(),
  Begunstigden: z
    .object({ Begunstigde: z.array(z.object({ Gebeurtenis: z.enum(['LEVEN', 'OVERLIJDEN']), ClausuleCd: text, Rang: text, AandeelBp: text, PartijId: optionalText, Naam: optionalText })).default([]) })
    .or(z.literal(''))
    .optional(),
  Waarborgen: z.object({ Waarborg: z.array(z.object({ WaarborgCd: text, Hoofd: z.enum(['J', 'N']), VerzBedragCt: optionalText })).default([]) }).or(z.literal('')).optional(),
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

  private async call(operation: string, element: string, ids: readonly string[], requestId: string): Promise<Record<string, unknown>> {
    if (ids.length > LIFE_CONNECT_BATCH_LIMIT) throw new Error(`At most ${LIFE_CONNECT_BATCH_LIMIT} ids per Life Connect call.`);
    const response = await this.http.call({
      endpoint: operation,
      method: 'POST',
      path: ENDPOINT_PATH,
      body: requestEnvelope(`${operation}Request`, element, ids),
      headers: { 'content-type': 'text/xml; charset=utf-8', soapaction: `${NS}#${operation}` },
      idempotent: true,
      requestId,
    });
    const document = parseXmlResponse(this.http.name, operation, response, { arrays: ARRAYS });
    const body = (document['Envelope'] as Record<string, unknown> | undefined)?.['Body'] as Record<string, unknown> | undefined;
    if (!body) throw new BackendError(this.http.name, operation, 'malformed', 'Life Connect answered without a SOAP body.', response.status);
    if (body['Fault'] || response.status !== 200) {
      throw new BackendError(this.http.name, operation, response.status >= 500 ? 'unavailable' : 'rejected', `Life Connect rejected ${operation} (${response.status}).`, response.status);
    }
    const content = body[`${operation}Response`];
    if (!content || typeof content !== 'object') throw new BackendError(this.http.name, operation, 'malformed', `Life Connect answered without ${operation}Response.`, response.status);
    return content as Record<string, unknown>;
  }

  /** The contracts of each party, with the party's roles on each. Unknown parties map to null. */
  async contractLists(partyIds: readonly string[], requestId: string): Promise<Map<string, LifeConnectPartyContracts | null>> {
    const content = await this.call('GetContractList', 'PartijId', partyIds, requestId);
    const entries = validate(this.http.name, 'GetContractList', 200, content['PartijContracten'] ?? [], z.array(partyContractsSchema));
    const byParty = new Map<string, LifeConnectPartyContracts | null>(partyIds.map((id) => [id, null]));
    for (const entry of entries) byParty.set(entry.PartijId, entry.Gevonden === 'J' ? entry : null);
    return byParty;
  }

  /** Contract details by number. Unknown numbers map to null. */
  async contractDetails(numbers: readonly string[], requestId: string): Promise<Map<string, LifeConnectPolicy | null>> {
    const content = await this.call('GetContractDetails', 'PolNr', numbers, requestId);
    const policies = validate(this.http.name, 'GetContractDetails', 200, content['Polis'] ?? [], z.array(policySchema));
    const byNumber = new Map<string, LifeConnectPolicy | null>(numbers.map((n) => [n, null]));
    for (const policy of policies) byNumber.set(policy.PolNr, policy);
    return byNumber;
  }
}
