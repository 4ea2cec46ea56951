import { readFileSync } from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { behaviour, started, testUniverse, type Running } from '../../../legacy/__tests__/support';
import type { Behaviour } from '../../../legacy/shared/behaviour';
import type { Universe } from '../../../legacy/shared/data/universe';
import type { LegacyService } from '../../../legacy/shared/service';
import { createVConnect } from '../../../legacy/v-connect/server';
import { createTokenVerifier } from '../../../platform/auth/tokens';
import { RedisCacheStore } from '../../../platform/cache/RedisCacheStore';
import type { Component } from '../../../platform/component';
import { createLogger } from '../../../platform/logger';
import { createMetrics } from '../../../platform/metrics';
import { projectRoot } from '../../../platform/paths';
import { startTestAuditTrail } from '../../../test-support/auditTrail';
import { signTestToken, testSigningKey } from '../../../test-support/callers';
import { deleteKeys, TEST_REDIS_URL, TOKEN_AUDIENCE, type GraphQLResult } from '../../../test-support/system';
import { createNonLifeSubgraph } from '../server';

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

/** V-Connect and the non-life subgraph alone, with the concurrency settings a test chooses. */
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
  const universe = testUniverse();
  const log = createLogger({ component: 'nonlife-test', level: 'silent' });
  const vConnect = await started(createVConnect({ universe, behaviour: behaviour(options.vConnect), log }));
  const { key } = await testSigningKey();
  const cachePrefix = `test-nonlife-${randomUUID().slice(0, 8)}`;
  const metrics = createMetrics('nonlife', { defaultMetrics: false });
  // Broker reads are recorded before they are answered, so the subgraph needs a trail to write to.
  const auditTrail = await startTestAuditTrail('nonlife');
  const subgraph: Component = await createNonLifeSubgraph({
    log,
    metrics,
    tokenVerifier: createTokenVerifier({ jwks: key.publicJwks, ...TOKEN_AUDIENCE }),
    cacheStore: new RedisCacheStore({ url: TEST_REDIS_URL, commandTimeoutMs: 500, metrics, log }),
    cachePrefix,
    production: false,
    backendPolicy: { timeoutMs: 5_000, retries: 0, maxConcurrent: options.maxConcurrent },
    vConnectUrl: vConnect.url,
    perRequestConcurrency: options.perRequestConcurrency,
    audit: auditTrail.writer,
  });
  const port = await subgraph.listen(0, '127.0.0.1');
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    vConnect,
    universe,
    token: (role, id) => signTestToken(key, role, id),
    async stop() {
      await subgraph.stop();
      await auditTrail.stop();
      await vConnect.stop();
      await deleteKeys(cachePrefix);
    },
  };
}

/** A portal operation as registered in operations/ (and the persisted-operations manifest). */
export function operation(name: string): string {
  return readFileSync(path.join(projectRoot, 'operations', `${name}.graphql`), 'utf8');
}
