import type { Running } from '../../../legacy/__tests__/support';
import type { Behaviour } from '../../../legacy/shared/behaviour';
import type { Universe } from '../../../legacy/shared/data/universe';
import type { LegacyService } from '../../../legacy/shared/service';
import { startSystem, type GraphQLResult } from '../../../test-support/system';

/** Every field of a non-life contract, as the portal's contract page asks for it. */
export const CONTRACT_FIELDS = /* GraphQL */ `
  id
  contractNumber
  product { kind label branch }
  status
  startDate
  endDate
  renewalDate
  premium { amount currency }
  premiumFrequency
  annualPremium { amount currency }
  insuredObject {
    __typename
    ... on InsuredVehicle { licensePlate vin make model firstRegistrationDate use }
    ... on InsuredBuilding { address { street houseNumber box postalCode municipality country } occupancy buildingType insuredPart }
    ... on InsuredHousehold { numberOfPersons }
  }
  guarantees {
    code
    kind
    label
    insuredAmount { amount currency }
    deductible { kind amount { amount currency } percentage }
    covered
    notCovered
  }
  bonusMalusDegree
`;

export const NOT_SHOWN_FIELDS = 'contractNumber domain productLabel reason explanation expectedAvailability';

export interface ContractJson {
  id: string;
  contractNumber: string;
  product: { kind: string; label: string; branch: string };
  status: string;
  startDate: string;
  endDate: string | null;
  renewalDate: string;
  premium: { amount: string; currency: string };
  premiumFrequency: string;
  annualPremium: { amount: string; currency: string } | null;
  insuredObject: Record<string, unknown> & { __typename: string };
  guarantees: Array<{
    code: string;
    kind: string;
    label: string;
    insuredAmount: { amount: string } | null;
    deductible: { kind: string; amount: { amount: string } | null; percentage: string | null } | null;
    covered: string[];
    notCovered: string[];
  }>;
  bonusMalusDegree: number | null;
}

export interface NotShownJson {
  contractNumber: string;
  domain: string;
  productLabel: string;
  reason: string;
  explanation: string;
  expectedAvailability: string | null;
}

type Errors = NonNullable<GraphQLResult['body']['errors']>;

export function codesOf(errors: Errors | undefined): string[] {
  return (errors ?? []).map((error) => String(error.extensions?.['code']));
}

/**
 * The non-life contracts the legacy data says a customer may see in the portal: those they hold
 * or are insured by, of a product the portal shows, optionally only those an office manages.
 */
export function expectedShown(universe: Universe, customerId: string, brokerId?: string): string[] {
  return expectedOwn(universe, customerId, brokerId).filter((number) =>
    ['AUTO', 'MOTO', 'WONING', 'BAGEZIN', 'ONGEVAL', 'RECHTSB'].includes(
      universe.nonLifeContract(number)?.product ?? '',
    ),
  );
}

function expectedOwn(universe: Universe, customerId: string, brokerId?: string): string[] {
  const index = universe.personIndex(customerId);
  if (index === undefined) throw new Error(`no customer ${customerId}`);
  return universe
    .contractRolesOf(index, 'nonlife')
    .filter((entry) => entry.roles.includes('003') || entry.roles.includes('013'))
    .filter((entry) => brokerId === undefined || entry.intermediaryId === brokerId)
    .map((entry) => entry.contractNumber)
    .sort();
}

/** `_entities` for Customer representations, sent straight to a subgraph. */
export function customerEntities(selection: string): string {
  return `query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on Customer { id ${selection} } } }`;
}

export { postGraphQL } from '../../../test-support/callers';

/** V-Connect and the non-life subgraph alone (the single-subgraph system), with the concurrency settings a test chooses. */
export interface NonLifeAlone {
  url: string;
  vConnect: Running<LegacyService>;
  universe: Universe;
  token(role: 'customer' | 'broker' | 'support', id: string): Promise<string>;
  stop(): Promise<void>;
}

export async function startNonLifeAlone(options: {
  perRequestConcurrency: number;
  maxConcurrent: number;
  vConnect?: Partial<Behaviour>;
}): Promise<NonLifeAlone> {
  // Broker reads are recorded before they are answered: the system writes them to a trail of its own.
  const system = await startSystem({
    subgraphs: ['nonlife'],
    nonlife: { perRequestConcurrency: options.perRequestConcurrency },
    backendPolicy: { timeoutMs: 10_000, retries: 0, maxConcurrent: options.maxConcurrent },
    ...(options.vConnect ? { behaviour: { vConnect: options.vConnect } } : {}),
  });
  return {
    url: system.subgraphUrls.nonlife,
    vConnect: system.backends.vConnect,
    universe: system.universe,
    token: system.token,
    stop: system.stop,
  };
}

export { operation } from '../../../test-support/callers';
