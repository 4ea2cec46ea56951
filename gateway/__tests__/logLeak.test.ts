import { startSystem, type RunningSystem } from '../../test-support/system';
import { setPasswordHashCost } from '../../subgraphs/identity/credentials/passwords';
import { TEST_PASSWORD_HASH_COST } from '../../subgraphs/identity/__tests__/identityClient';

const DEMO_CUSTOMERS = 12;

function variantsOfDate(isoDate: string): string[] {
  const [year = '', month = '', day = ''] = isoDate.split('-');
  return [isoDate, `${year}${month}${day}`, `${day}/${month}/${year}`, `${day}.${month}.${year}`];
}

function variantsOfMobile(e164: string): string[] {
  const national = `0${e164.slice(3)}`;
  return [
    e164,
    e164.slice(1),
    national,
    `${national.slice(0, 4)} ${national.slice(4, 6)} ${national.slice(6, 8)} ${national.slice(8)}`,
  ];
}

const amount = (cents: number): string => (cents / 100).toFixed(2);

/** Every value of the "never in logs" list (docs/requirements.md §8.1) that the demo customers have. */
function sensitiveValues(system: RunningSystem): Map<string, string> {
  const values = new Map<string, string>();
  const add = (label: string, value: string | null | undefined): void => {
    if (value && value.length >= 4) values.set(value, label);
  };
  const { universe } = system;
  for (let index = 0; index < DEMO_CUSTOMERS; index++) {
    const person = universe.person(index);
    const nrn = person.nationalRegisterNumber;
    add(`national register number of ${person.id}`, nrn);
    add(
      `formatted national register number of ${person.id}`,
      `${nrn.slice(0, 2)}.${nrn.slice(2, 4)}.${nrn.slice(4, 6)}-${nrn.slice(6, 9)}.${nrn.slice(9)}`,
    );
    for (const date of variantsOfDate(person.birthDate)) add(`birth date of ${person.id}`, date);
    add(`e-mail of ${person.id}`, person.email);
    for (const mobile of variantsOfMobile(person.mobile)) add(`mobile of ${person.id}`, mobile);
    add(`street of ${person.id}`, `${person.address.street} ${person.address.houseNumber}`);
    add(`IBAN of ${person.id}`, universe.ibanOf(index));
    for (const number of universe.heldContractNumbers(index, 'life')) {
      const contract = universe.lifeContract(number);
      if (!contract) continue;
      // A risk product builds no reserve (null).
      if ((contract.reserveCents ?? 0) >= 100_00) add(`reserve of ${number}`, amount(contract.reserveCents!));
      if ((contract.surrenderValueCents ?? 0) >= 100_00)
        add(`surrender value of ${number}`, amount(contract.surrenderValueCents!));
      for (const beneficiary of contract.beneficiaries) add(`beneficiary of ${number}`, beneficiary.name);
    }
    for (const number of universe.heldContractNumbers(index, 'nonlife')) {
      const vehicle = universe.nonLifeContract(number)?.vehicle;
      add(`plate of ${number}`, vehicle?.plate);
      add(`VIN of ${number}`, vehicle?.vin);
    }
  }
  return values;
}

/**
 * Runs the portal's flows and their failure paths with every component logging at trace level,
 * then searches every captured line for the demo customers' personal data and the tokens used.
 */
describe('logs of a full end-to-end flow', () => {
  const lines: string[] = [];
  let system: RunningSystem;
  const tokens: string[] = [];

  beforeAll(async () => {
    setPasswordHashCost(TEST_PASSWORD_HASH_COST);
    system = await startSystem({ cache: 'redis', logSink: (line) => lines.push(line), logLevel: 'trace' });
    const customer = await system.token('customer', 'P00000001');
    const otherCustomer = await system.token('customer', 'P00000003');
    const brokerId = system.universe.brokerId(system.universe.brokerOf(0));
    const broker = await system.token('broker', brokerId);
    tokens.push(customer, otherCustomer, broker);
    const an = system.universe.person(0);
    const overview =
      '{ me { id firstName lifeContracts { contractNumber reserve { amount } } nonLifeContracts { contractNumber premium { amount } } documents { nodes { id title } } } }';

    await system.query(overview, { token: customer });
    // Cached this time.
    await system.query(overview, { token: customer });
    await system.query('query ($id: ID!) { customer(id: $id) { id firstName lifeContracts { contractNumber } } }', {
      token: broker,
      variables: { id: 'P00000001' },
    });
    // Forbidden read, invalid variables, bad JSON, a bad and an expired token.
    await system.query('{ customer(id: "P00000001") { id firstName } }', { token: otherCustomer });
    await system.query('query ($id: ID!) { customer(id: $id) { id } }', {
      token: customer,
      variables: { id: { nrn: an.nationalRegisterNumber } },
    });
    await fetch(system.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${customer}` },
      body: `{"query": "{ me { id } }", "variables": {"email": "${an.email}"`,
    });
    await system.query('{ me { id } }', { token: `${customer.slice(0, -6)}AAAAAA` });
    // Sign-in attempts naming a customer's e-mail and mobile, one of them malformed.
    const signIn = 'mutation ($input: SignInInput!) { signIn(input: $input) { __typename } }';
    await system.query(signIn, {
      variables: { input: { email: an.email, password: `wrong-${an.nationalRegisterNumber}` } },
    });
    await system.query(signIn, { variables: { input: { email: an.mobile, password: 'x' } } });
    // Backend failures: errors and garbled answers from the contract and document systems, then the customer master.
    const { customerMaster, ...others } = system.backends;
    for (const faults of [
      { errorRate: 1, malformedRate: 0 },
      { errorRate: 0, malformedRate: 1 },
    ]) {
      for (const backend of Object.values(others)) backend.setBehaviour(faults);
      await Promise.all(
        ['P00000003', 'P00000005', 'P00000007'].map(async (id) =>
          system.query(overview, { token: await system.token('customer', id) }),
        ),
      );
    }
    for (const backend of Object.values(others)) backend.setBehaviour({ errorRate: 0, malformedRate: 0 });
    customerMaster.setBehaviour({ malformedRate: 1 });
    await system.query(overview, { token: await system.token('customer', 'P00000009') });
    customerMaster.setBehaviour({ malformedRate: 0 });
  });
  afterAll(async () => {
    await system.stop();
  });

  it('captured lines from every GraphQL component, at trace level', () => {
    const components = new Set(lines.map((line) => (JSON.parse(line) as { component?: string }).component));
    // The legacy mocks log only changes of their behaviour; every GraphQL component logs each request.
    for (const component of ['gateway', 'identity', 'life', 'nonlife', 'documents'])
      expect(components).toContain(component);
    expect(lines.length).toBeGreaterThan(40);
    expect(lines.some((line) => line.includes('"level":"trace"') || line.includes('"level":"debug"'))).toBe(true);
    expect(lines.some((line) => /"level":"(warn|error)"/.test(line))).toBe(true);
  });

  it("contains none of the demo customers' personal data, nor any token", () => {
    const values = sensitiveValues(system);
    expect(values.size).toBeGreaterThan(100);
    const log = lines.join('\n');
    const leaks = [...values].filter(([value]) => log.includes(value)).map(([value, label]) => `${label}: ${value}`);
    for (const token of tokens)
      if (log.includes(token) || log.includes(token.split('.')[2] ?? token)) leaks.push('an access token');
    expect(leaks).toEqual([]);
  });
});
