import { readBody, type RouteRequest } from '../../platform/http';
import { createLegacyService, type LegacyReply, type LegacyMockOptions, type LegacyService } from '../shared/service';
import { contractElement, envelope, fault, parseRequest, type PartyName } from './format';

/** Life Connect answers at most this many parties or contracts per call. */
export const LIFE_CONNECT_BATCH_LIMIT = 50;

const xml = (status: number, body: string): LegacyReply => ({ status, contentType: 'text/xml; charset=utf-8', body });

export const OPERATIONS = ['GetContractList', 'GetContractDetails'] as const;
type Operation = (typeof OPERATIONS)[number];

/**
 * The operation a call asks for, from its SOAPAction header ("urn:…#GetContractList"), so
 * calls are counted per operation before the body is read. Anything else counts as the bare
 * service.
 */
function soapAction(request: RouteRequest): Operation | undefined {
  const header = String(request.req.headers['soapaction'] ?? '').replace(/^"|"$/g, '');
  const name = header.slice(header.lastIndexOf('#') + 1);
  return OPERATIONS.find((operation) => operation === name);
}

export type LifeConnectOptions = LegacyMockOptions;

/**
 * Life Connect: one SOAP endpoint with two operations, GetContractList (the contracts of up to
 * 50 parties, with each party's roles) and GetContractDetails (up to 50 contracts). Counters
 * are kept per operation.
 */
export function createLifeConnect({ universe, behaviour, log, now, metrics }: LifeConnectOptions): LegacyService {
  function contractList(partyIds: string[]): string {
    return envelope({
      'lc:GetContractListResponse': {
        'lc:PartijContracten': partyIds.map((partyId) => {
          const index = universe.personIndex(partyId);
          const entries = index === undefined ? [] : universe.contractRolesOf(index, 'life');
          return {
            'lc:PartijId': partyId,
            'lc:Gevonden': index === undefined ? 'N' : 'J',
            'lc:Contract': entries.map((entry) => ({ 'lc:PolNr': entry.contractNumber, 'lc:RolCd': entry.roles })),
          };
        }),
      },
    });
  }

  function partyName(partyId: string): PartyName {
    const person = universe.personById(partyId);
    if (person) return { type: 'NP', name: `${person.firstName} ${person.lastName}` };
    const company = universe.companyById(partyId);
    if (company) return { type: 'RP', name: company.name };
    const broker = universe.brokerIndex(partyId);
    return { type: 'RP', name: broker === undefined ? '' : universe.broker(broker).name };
  }

  function contractDetails(numbers: string[]): string {
    const found = numbers.map((number) => universe.lifeContract(number));
    return envelope({
      'lc:GetContractDetailsResponse': {
        'lc:Polis': found.filter((c) => c !== undefined).map((contract) => contractElement(contract, partyName)),
        'lc:NietGevonden': { 'lc:PolNr': numbers.filter((_, i) => !found[i]) },
      },
    });
  }

  return createLegacyService({
    name: 'life-connect',
    ...(metrics ? { metrics } : {}),
    behaviour,
    log,
    ...(now ? { now } : {}),
    routes: [
      {
        method: 'POST',
        path: '/LifeConnect/services/ContractService',
        endpoint: (request) => soapAction(request) ?? 'ContractService',
        handle: async (call) => {
          const request = parseRequest((await readBody(call.req, 200_000)).toString('utf8'));
          if (!request) return xml(400, fault('soapenv:Client', 'Ongeldig SOAP-bericht', 'LC-400'));
          const action = soapAction(call);
          if (action && `${action}Request` !== request.operation)
            return xml(
              400,
              fault('soapenv:Client', `SOAPAction ${action} past niet bij ${request.operation}`, 'LC-402'),
            );
          if (request.ids.length === 0)
            return xml(400, fault('soapenv:Client', 'Geen identificaties opgegeven', 'LC-401'));
          if (request.ids.length > LIFE_CONNECT_BATCH_LIMIT)
            return xml(400, fault('soapenv:Client', `Maximum ${LIFE_CONNECT_BATCH_LIMIT} per oproep`, 'LC-413'));
          if (request.operation === 'GetContractListRequest') return xml(200, contractList(request.ids));
          if (request.operation === 'GetContractDetailsRequest') return xml(200, contractDetails(request.ids));
          return xml(400, fault('soapenv:Client', `Onbekende operatie ${request.operation}`, 'LC-404'));
        },
      },
    ],
    faultReply: (kind) =>
      kind === 'maintenance'
        ? xml(503, fault('soapenv:Server', 'Nachtelijke batch bezig: Life Connect is niet beschikbaar', 'LC-503'))
        : xml(500, fault('soapenv:Server', 'java.lang.NullPointerException at be.lifeconnect.ContractBean', 'LC-500')),
    malformedReply: () =>
      xml(
        200,
        '<?xml version="1.0"?><soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"><soapenv:Body><lc:GetContractDetailsResponse><lc:Polis><lc:PolNr>',
      ),
  });
}
