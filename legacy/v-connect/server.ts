import { createLegacyService, type LegacyReply, type LegacyMockOptions, type LegacyService } from '../shared/service';
import { contractDocument } from './format';

const json = (status: number, body: unknown): LegacyReply => ({
  status,
  contentType: 'application/json; charset=utf-8',
  body: JSON.stringify(body),
});
const notFound = (what: string): LegacyReply =>
  json(404, { fout: { code: 'NIET_GEVONDEN', boodschap: `${what} niet gevonden` } });

export type VConnectOptions = LegacyMockOptions;

/** V-Connect: a customer's contract list, then one contract per call (it has no batch endpoint). */
export function createVConnect({ universe, behaviour, log, now, metrics }: VConnectOptions): LegacyService {
  return createLegacyService({
    name: 'v-connect',
    ...(metrics ? { metrics } : {}),
    behaviour,
    log,
    ...(now ? { now } : {}),
    routes: [
      {
        method: 'GET',
        path: '/api/v2/klanten/:klantId/contracten',
        endpoint: 'klantContracten',
        handle: ({ params }) => {
          const index = universe.personIndex(params['klantId'] ?? '');
          if (index === undefined) return notFound('Klant');
          return json(200, {
            klantId: universe.personId(index),
            contracten: universe
              .contractRolesOf(index, 'nonlife')
              .map((entry) => ({ polisnummer: entry.contractNumber, rollen: entry.roles })),
          });
        },
      },
      {
        method: 'GET',
        path: '/api/v2/contracten/:polisnummer',
        endpoint: 'contract',
        handle: ({ params }) => {
          const contract = universe.nonLifeContract(params['polisnummer'] ?? '');
          return contract ? json(200, contractDocument(contract)) : notFound('Contract');
        },
      },
    ],
    faultReply: (kind) =>
      kind === 'maintenance'
        ? json(503, { fout: { code: 'ONDERHOUD', boodschap: 'V-Connect is in onderhoud' } })
        : json(500, { fout: { code: 'TECHNISCHE_FOUT', boodschap: 'Onverwachte fout' } }),
    malformedReply: () => ({ status: 200, contentType: 'application/json', body: '{"polisnummer": "V0000' }),
  });
}
