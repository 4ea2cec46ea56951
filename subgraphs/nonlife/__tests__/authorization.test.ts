import { startSystem, type RunningSystem } from '../../../test-support/system';
import { isCustomersContract, ownContractNumbers } from '../../../platform/auth/customerContracts';
import { canOpenContract } from '../access';
import type { HiddenNonLifeContract, NonLifeContract } from '../model';
import { codesOf, customerEntities, postGraphQL } from './support';

/**
 * Who sees which non-life contract, per role, through the gateway and straight to the non-life
 * subgraph (`_entities`), on An Peeters' contracts: motor, family liability, legal assistance and
 * hunting liability (not shown) at office B00001, fire at office B00002; she is also the named
 * driver on her partner Luc's motorcycle and legacy motor contract (B00001), which are not hers.
 */
type Role = 'anonymous' | 'customer' | 'otherCustomer' | 'broker' | 'otherBroker' | 'support';

const AN = 'P00000001';
const CONTRACT =
  'contractNumber premium { amount } insuredObject { ... on InsuredVehicle { licensePlate vin } ... on InsuredBuilding { address { street } } }';

let system: RunningSystem;
let motor: string;
let fire: string;
let hunting: string;
let drivenOnly: string[];
let forbiddenValues: (visible: readonly string[]) => string[];

/** An Peeters' contracts by what they are (numbers are known once the system runs). */
type Which = 'motor' | 'fire' | 'hunting' | 'drivenOnly';
const numberOf = (which: Which): string => ({ motor, fire, hunting, drivenOnly: drivenOnly[0] as string })[which];

beforeAll(async () => {
  system = await startSystem();
  const { universe } = system;
  const held = universe.heldContractNumbers(0, 'nonlife');
  const byProduct = (product: string) =>
    held.find((number) => universe.nonLifeContract(number)?.product === product) as string;
  motor = byProduct('AUTO');
  fire = byProduct('WONING');
  hunting = byProduct('JACHT');
  drivenOnly = universe
    .contractRolesOf(0, 'nonlife')
    .filter((entry) => entry.roles.every((role) => role === '004'))
    .map((entry) => entry.contractNumber);
  // What must never appear in an answer that does not show a contract: its number, plate, VIN, address and premium.
  forbiddenValues = (visible) =>
    [...held, ...drivenOnly]
      .filter((number) => !visible.includes(number))
      .flatMap((number) => {
        const contract = universe.nonLifeContract(number);
        return [
          number,
          contract?.vehicle?.plate,
          contract?.vehicle?.vin,
          contract?.building?.address.street,
          ((contract?.premiumCents ?? 0) / 100).toFixed(2),
        ];
      })
      .filter((value): value is string => typeof value === 'string');
});
afterAll(async () => {
  await system.stop();
});

async function tokenFor(role: Role): Promise<string | undefined> {
  switch (role) {
    case 'anonymous':
      return undefined;
    case 'customer':
      return system.token('customer', AN);
    case 'otherCustomer':
      return system.token('customer', 'P00000003');
    case 'broker':
      return system.token('broker', 'B00001');
    case 'otherBroker':
      return system.token('broker', 'B00002');
    case 'support':
      return system.token('support', 'S0001');
  }
}

function expectNoneOf(body: unknown, visible: readonly string[]): void {
  const text = JSON.stringify(body);
  for (const value of forbiddenValues(visible)) expect(text).not.toContain(value);
}

function contractsIn(body: { data?: Record<string, unknown> | null }): string[] {
  return [...JSON.stringify(body.data ?? {}).matchAll(/"contractNumber":"(V\d+)"/g)]
    .map((match) => match[1] as string)
    .sort();
}

describe('Query.nonLifeContract through the gateway', () => {
  const cases: Array<[Role, Which, 'allowed' | 'UNAUTHENTICATED' | 'FORBIDDEN']> = [
    ['anonymous', 'motor', 'UNAUTHENTICATED'],
    ['customer', 'motor', 'allowed'],
    ['customer', 'hunting', 'FORBIDDEN'],
    ['customer', 'drivenOnly', 'FORBIDDEN'],
    ['otherCustomer', 'motor', 'FORBIDDEN'],
    ['broker', 'motor', 'allowed'],
    ['broker', 'fire', 'FORBIDDEN'],
    ['otherBroker', 'fire', 'allowed'],
    ['otherBroker', 'motor', 'FORBIDDEN'],
    ['support', 'motor', 'FORBIDDEN'],
  ];

  it.each(cases)('%s opening the %s contract: %s', async (role, which, expected) => {
    const id = numberOf(which);
    const { body } = await system.query(`query ($id: ID!) { nonLifeContract(id: $id) { ${CONTRACT} } }`, {
      token: await tokenFor(role),
      variables: { id },
    });
    if (expected === 'allowed') {
      expect(body.errors).toBeUndefined();
      expect(contractsIn(body)).toEqual([id]);
      expectNoneOf(body, [id]);
    } else {
      expect(codesOf(body.errors)).toEqual([expected]);
      expect(body.data?.['nonLifeContract'] ?? null).toBeNull();
      expectNoneOf(body, []);
    }
  });

  it('a contract the customer only drives was in her V-Connect list, so the test is real', () => {
    expect(drivenOnly.length).toBeGreaterThan(0);
  });
});

describe("a customer's lists through the gateway", () => {
  const LISTS = `nonLifeContracts { ${CONTRACT} } contractsNotShown { contractNumber }`;

  // An Peeters (P00000001) in the generated data (legacy/shared/data, 2,000 customers, seed
  // 'test-seed'): she holds and is insured by V000000013 (AUTO), V000000015 (BAGEZIN), V000000016
  // (RECHTSB) and V000000017 (JACHT, not shown) at B00001 and V000000014 (WONING) at B00002; she
  // is only the driver on V000000020 (MOTO) and V000000022 (AUTO_OUD), which no list shows her.
  it.each([
    [
      'customer',
      `query { me { ${LISTS} } }`,
      'me',
      ['V000000013', 'V000000014', 'V000000015', 'V000000016', 'V000000017'],
    ],
    [
      'broker',
      `query { customer(id: "${AN}") { ${LISTS} } }`,
      'customer',
      ['V000000013', 'V000000015', 'V000000016', 'V000000017'],
    ],
    ['otherBroker', `query { customer(id: "${AN}") { ${LISTS} } }`, 'customer', ['V000000014']],
    // The contact centre reads what An sees, to answer her.
    [
      'support',
      `query { customer(id: "${AN}") { ${LISTS} } }`,
      'customer',
      ['V000000013', 'V000000014', 'V000000015', 'V000000016', 'V000000017'],
    ],
  ] as Array<[Role, string, string, string[]]>)(
    '%s sees exactly the contracts the rules allow, nothing else',
    async (role, query, root, visible) => {
      const { body } = await system.query(query, { token: await tokenFor(role) });
      expect(body.errors).toBeUndefined();
      expect(contractsIn(body)).toEqual(visible);
      expectNoneOf(body, visible);
      expect(body.data?.[root]).toBeDefined();
    },
  );

  it.each([
    ['anonymous', 'UNAUTHENTICATED', `query { me { nonLifeContracts { contractNumber } } }`],
    ['otherCustomer', 'FORBIDDEN', `query { customer(id: "${AN}") { nonLifeContracts { ${CONTRACT} } } }`],
  ] as Array<[Role, string, string]>)(
    '%s asking for her lists gets %s and none of her values',
    async (role, code, query) => {
      const { body } = await system.query(query, { token: await tokenFor(role) });
      expect(codesOf(body.errors)).toContain(code);
      expect(new Set(codesOf(body.errors))).toEqual(new Set([code]));
      expectNoneOf(body, []);
    },
  );
});

describe('_entities straight to the non-life subgraph', () => {
  const customerCases: Array<[Role, 'own' | 'B00001' | 'B00002' | 'UNAUTHENTICATED' | 'FORBIDDEN']> = [
    ['anonymous', 'UNAUTHENTICATED'],
    ['customer', 'own'],
    ['otherCustomer', 'FORBIDDEN'],
    ['broker', 'B00001'],
    ['otherBroker', 'B00002'],
    ['support', 'own'],
  ];

  it.each(customerCases)('Customer.nonLifeContracts and contractsNotShown as %s: %s', async (role, expected) => {
    const { body } = await postGraphQL(
      system.subgraphUrls.nonlife,
      customerEntities(`nonLifeContracts { ${CONTRACT} } contractsNotShown { contractNumber }`),
      {
        token: await tokenFor(role),
        variables: { representations: [{ __typename: 'Customer', id: AN, lifeContractsNotShown: [] }] },
      },
    );
    if (expected === 'UNAUTHENTICATED' || expected === 'FORBIDDEN') {
      expect(codesOf(body.errors)).toEqual([expected, expected]);
      expectNoneOf(body, []);
      return;
    }
    expect(body.errors).toBeUndefined();
    const visible = [...system.universe.heldContractNumbers(0, 'nonlife')]
      .filter(
        (number) => expected === 'own' || system.universe.nonLifeContract(number)?.parties.intermediaryId === expected,
      )
      .sort();
    expect(contractsIn(body)).toEqual(visible);
    expectNoneOf(body, visible);
  });

  const contractCases: Array<[Role, Which, boolean]> = [
    ['anonymous', 'motor', false],
    ['customer', 'motor', true],
    ['customer', 'hunting', false],
    ['customer', 'drivenOnly', false],
    ['otherCustomer', 'motor', false],
    ['broker', 'motor', true],
    ['otherBroker', 'motor', false],
    ['otherBroker', 'fire', true],
    ['support', 'fire', false],
  ];

  it.each(contractCases)('NonLifeContract as %s for the %s contract: allowed %s', async (role, which, allowed) => {
    const id = numberOf(which);
    const { body } = await postGraphQL(
      system.subgraphUrls.nonlife,
      `query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on NonLifeContract { ${CONTRACT} } } }`,
      {
        token: await tokenFor(role),
        variables: { representations: [{ __typename: 'NonLifeContract', id }] },
      },
    );
    if (allowed) {
      expect(body.errors).toBeUndefined();
      expect(contractsIn(body)).toEqual([id]);
      expectNoneOf(body, [id]);
    } else {
      expect(codesOf(body.errors)).toEqual([role === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN']);
      expectNoneOf(body, []);
    }
  });

  it('a token not signed by the identity key gets nothing', async () => {
    const token = await system.token('customer', AN);
    const [header, payload] = token.split('.');
    const forged = `${header}.${payload}.${Buffer.from('not the signature').toString('base64url')}`;
    const { status, body } = await postGraphQL(
      system.subgraphUrls.nonlife,
      customerEntities('nonLifeContracts { contractNumber }'),
      { token: forged, variables: { representations: [{ __typename: 'Customer', id: AN }] } },
    );
    expect(codesOf(body.errors)).toEqual(['UNAUTHENTICATED']);
    expect(status).toBe(401);
    expectNoneOf(body, []);
  });
});

describe('the rules as functions, for the generated authorization matrix', () => {
  const contract = { policyholderId: 'P1', insuredIds: ['P1'], intermediaryId: 'B1' };

  it('a contract is the customer’s as policyholder or insured, never as driver only', () => {
    expect(
      ownContractNumbers([
        { contractNumber: 'V1', roles: ['POLICYHOLDER', 'INSURED'] },
        { contractNumber: 'V2', roles: ['INSURED'] },
        { contractNumber: 'V3', roles: ['DRIVER'] },
      ]),
    ).toEqual(['V1', 'V2']);
    expect(isCustomersContract({ ...contract, insuredIds: ['P2'] }, 'P2')).toBe(true);
    expect(isCustomersContract(contract, 'P2')).toBe(false);
  });

  it('a contract opens for its customer and its office only, and only when the portal shows it', () => {
    const hiddenRecord: HiddenNonLifeContract = {
      ...contract,
      shown: false,
      contractNumber: 'V1',
      productCode: 'JACHT',
      productName: 'BA Jacht',
      reason: 'NICHE_PRODUCT',
      renewalDate: '2027-01-01',
    };
    const shownRecord: NonLifeContract = {
      ...contract,
      shown: true,
      id: 'V1',
      contractNumber: 'V1',
      kind: 'FAMILY_LIABILITY',
      branch: 'GENERAL_LIABILITY',
      status: 'RUNNING',
      startDate: '2020-01-01',
      endDate: null,
      renewalDate: '2027-01-01',
      premium: { amount: '100.00', currency: 'EUR' },
      premiumFrequency: 'YEARLY',
      annualPremium: { amount: '100.00', currency: 'EUR' },
      payment: { method: 'DIRECT_DEBIT', debitedAccount: 'BE** **** **** 7034', structuredCommunication: null },
      insuredObject: { type: 'household', numberOfPersons: 2 },
      guarantees: [],
      bonusMalusDegree: null,
    };
    expect(canOpenContract({ role: 'customer', subject: 'P1', customerId: 'P1' }, shownRecord)).toBe(true);
    expect(canOpenContract({ role: 'customer', subject: 'P1', customerId: 'P1' }, hiddenRecord)).toBe(false);
    expect(canOpenContract({ role: 'customer', subject: 'P2', customerId: 'P2' }, shownRecord)).toBe(false);
    expect(canOpenContract({ role: 'broker', subject: 'b', brokerId: 'B1' }, shownRecord)).toBe(true);
    expect(canOpenContract({ role: 'broker', subject: 'b', brokerId: 'B2' }, shownRecord)).toBe(false);
    expect(canOpenContract({ role: 'support', subject: 's', staffId: 'S1' }, shownRecord)).toBe(false);
    expect(canOpenContract({ role: 'anonymous' }, shownRecord)).toBe(false);
    expect(canOpenContract({ role: 'customer', subject: 'P1', customerId: 'P1' }, null)).toBe(false);
  });
});
