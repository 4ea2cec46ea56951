import { XMLBuilder, XMLParser } from 'fast-xml-parser';
import { LIFE_PRODUCTS } from '../shared/data/catalogue';
import type { LifeContract } from '../shared/data/records';

/**
 * Life Connect's wire format: SOAP 1.1 envelopes, Dutch abbreviated element names in the
 * `urn:lifeconnect:contract:v3` namespace, dates as DDMMYYYY, amounts in cents as strings,
 * Telebib2 codes.
 */
export const NS = 'urn:lifeconnect:contract:v3';
const SOAP_NS = 'http://schemas.xmlsoap.org/soap/envelope/';

const builder = new XMLBuilder({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  suppressEmptyNode: false,
  format: false,
});
const parser = new XMLParser({
  ignoreAttributes: true,
  removeNSPrefix: true,
  parseTagValue: false,
  isArray: (name) => ['PartijId', 'PolNr'].includes(name),
});

export const ddmmyyyy = (iso: string | null): string =>
  iso ? `${iso.slice(8, 10)}${iso.slice(5, 7)}${iso.slice(0, 4)}` : '';

export function envelope(body: Record<string, unknown>): string {
  return `<?xml version="1.0" encoding="UTF-8"?>${builder.build({
    'soapenv:Envelope': { '@_xmlns:soapenv': SOAP_NS, '@_xmlns:lc': NS, 'soapenv:Header': '', 'soapenv:Body': body },
  })}`;
}

export function fault(code: 'soapenv:Server' | 'soapenv:Client', text: string, detailCode: string): string {
  return envelope({ 'soapenv:Fault': { faultcode: code, faultstring: text, detail: { 'lc:FoutCd': detailCode } } });
}

/** Reads the operation and its id list from a request envelope. */
export function parseRequest(xml: string): { operation: string; ids: string[] } | undefined {
  let document: Record<string, unknown>;
  try {
    document = parser.parse(xml) as Record<string, unknown>;
  } catch {
    return undefined;
  }
  const body = (document['Envelope'] as Record<string, unknown> | undefined)?.['Body'] as
    Record<string, unknown> | undefined;
  if (!body || typeof body !== 'object') return undefined;
  const [operation] = Object.keys(body);
  if (!operation) return undefined;
  const content = body[operation] as Record<string, unknown> | undefined;
  const ids = (content?.['PartijId'] ?? content?.['PolNr'] ?? []) as unknown[];
  return { operation, ids: ids.map(String) };
}

const amount = (cents: number | null): string => (cents === null ? '' : String(cents));

/** A party as Life Connect names it on a policy: "NP" a natural person, "RP" a legal person (company or broker office). */
export interface PartyName {
  type: 'NP' | 'RP';
  name: string;
}

export function contractElement(
  contract: LifeContract,
  partyName: (partyId: string) => PartyName,
): Record<string, unknown> {
  const product = LIFE_PRODUCTS[contract.product];
  const p = contract.parties;
  const party = (role: string, id: string) => {
    const { type, name } = partyName(id);
    return { 'lc:RolCd': role, 'lc:PartijId': id, 'lc:PartijType': type, 'lc:Naam': name };
  };
  return {
    'lc:PolNr': contract.contractNumber,
    'lc:ProdCd': product.code,
    'lc:ProdNm': product.name,
    'lc:PolTypeCd': product.policyType,
    'lc:Tak': product.branch,
    'lc:FiscRegCd': product.fiscalRegime ?? '',
    'lc:StatCd': contract.status,
    'lc:IngDat': ddmmyyyy(contract.startDate),
    'lc:EindDat': ddmmyyyy(contract.endDate),
    'lc:VervDat': ddmmyyyy(contract.expiryDate),
    'lc:Partijen': {
      'lc:Partij': [
        party('003', p.policyholderId),
        ...p.insuredIds.map((id) => party('013', id)),
        party('002', p.intermediaryId),
      ],
    },
    'lc:Premie': {
      'lc:BedragCt': amount(contract.premiumCents),
      'lc:FreqCd': contract.premiumFrequency,
      'lc:VolgVervDat': ddmmyyyy(contract.nextPremiumDueDate),
      // Betaalwijze: D domiciliëring (direct debit from RekNr), O overschrijving (transfer with GestMed).
      'lc:BetWijzeCd': contract.payment.method === 'debit' ? 'D' : 'O',
      'lc:RekNr': contract.payment.iban ?? '',
      // The structured communication's 12 digits, without its +++ and slashes.
      'lc:GestMed': contract.payment.structuredCommunication?.replace(/\D/g, '') ?? '',
    },
    'lc:Reserve': {
      'lc:BedragCt': amount(contract.reserveCents),
      'lc:WaardeDat': ddmmyyyy(contract.reserveValuationDate),
    },
    'lc:AfkoopWaardeCt': amount(contract.surrenderValueCents),
    'lc:GewRentBp': contract.guaranteedRateBasisPoints === null ? '' : String(contract.guaranteedRateBasisPoints),
    'lc:Winstdeelname': {
      'lc:VerworvenCt': amount(contract.profitSharingAcquiredCents),
      'lc:DitJaarCt': amount(contract.profitSharingThisYearCents),
      'lc:PctBp': contract.profitSharingRateBasisPoints === null ? '' : String(contract.profitSharingRateBasisPoints),
    },
    'lc:Fondsen': {
      'lc:Fonds': contract.funds.map((f) => ({
        'lc:FondsCd': f.code,
        'lc:FondsNm': f.name,
        'lc:Eenheden': f.units,
        'lc:EenheidsPrijsCt': f.unitPriceCents,
        'lc:KoersDat': ddmmyyyy(f.priceDate),
      })),
    },
    'lc:Begunstigden': {
      'lc:Begunstigde': contract.beneficiaries.map((b) => ({
        'lc:Gebeurtenis': b.event === 'survival' ? 'LEVEN' : 'OVERLIJDEN',
        'lc:ClausuleCd': b.clause,
        'lc:Rang': String(b.rank),
        'lc:AandeelBp': String(b.shareBasisPoints),
        'lc:PartijId': b.partyId ?? '',
        'lc:Naam': b.name ?? '',
      })),
    },
    'lc:Waarborgen': {
      'lc:Waarborg': contract.guarantees.map((g) => ({
        'lc:WaarborgCd': g.code,
        'lc:Hoofd': g.main ? 'J' : 'N',
        'lc:VerzBedragCt': amount(g.insuredAmountCents),
      })),
    },
  };
}
