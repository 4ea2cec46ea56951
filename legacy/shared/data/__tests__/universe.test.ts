import { isValidCompanyNumber, isValidNationalRegisterNumber } from '../../../../platform/belgium';
import { DOCUMENT_TYPES, LIFE_PRODUCTS, NON_LIFE_PRODUCTS } from '../catalogue';
import { DEMO_PROFILES } from '../demo';
import { MAX_CUSTOMERS, Universe } from '../universe';
import { UNKNOWN_PERSON } from '../../../customer-master/identityProviders';

const REFERENCE_DATE = '2026-11-01';
const universe = (customers: number, seed = 'test-seed'): Universe =>
  new Universe({ customers, seed, referenceDate: REFERENCE_DATE });

/** Evenly spread indexes over the data set, plus its first and last. */
const sample = (u: Universe, count: number): number[] => [
  ...new Set([
    0,
    u.customerCount - 1,
    ...Array.from({ length: count }, (_, i) => Math.floor(((i + 0.5) * u.customerCount) / count)),
  ]),
];

function contractsOf(u: Universe, index: number) {
  return [
    ...u.heldContractNumbers(index, 'life').map((n) => u.lifeContract(n)!),
    ...u.heldContractNumbers(index, 'nonlife').map((n) => u.nonLifeContract(n)!),
  ];
}

describe('the generated data: deterministic', () => {
  const a = universe(10_000);
  const b = universe(10_000);

  it('derives the same records from the same id, in one instance and across instances', () => {
    for (const index of sample(a, 50)) {
      expect(a.person(index)).toEqual(a.person(index));
      expect(b.person(index)).toEqual(a.person(index));
      expect(contractsOf(b, index)).toEqual(contractsOf(a, index));
      expect(b.documentsOf(index)).toEqual(a.documentsOf(index));
    }
    expect(b.broker(3)).toEqual(a.broker(3));
    expect(b.portfolioOf(3)).toEqual(a.portfolioOf(3));
  });

  it('keeps a record the same whatever the size of the data set', () => {
    const large = universe(1_000_000);
    for (const index of [0, 5, 777, 5_000, 9_000]) {
      expect(large.person(index)).toEqual(a.person(index));
      expect(contractsOf(large, index)).toEqual(contractsOf(a, index));
    }
  });

  it('derives other people from another seed, and the same demo identities', () => {
    const other = universe(10_000, 'another-seed');
    const differing = sample(a, 50).filter(
      (i) => i >= 12 && JSON.stringify(other.person(i)) !== JSON.stringify(a.person(i)),
    );
    expect(differing.length).toBeGreaterThan(40);
    for (let i = 0; i < 12; i++) {
      expect(other.person(i)).toMatchObject({ firstName: a.person(i).firstName, lastName: a.person(i).lastName });
      expect(other.plans(i)).toEqual(a.plans(i));
    }
  });

  it('refuses a size it cannot serve', () => {
    expect(() => universe(0)).toThrow(RangeError);
    expect(() => universe(MAX_CUSTOMERS + 1)).toThrow(RangeError);
  });
});

describe('the generated data: valid and unique identifiers', () => {
  const u = universe(1_000_000);

  it('gives every person a valid national register number that leads back to them alone', () => {
    for (const index of [...sample(u, 300), 6, 7]) {
      const person = u.person(index);
      expect(isValidNationalRegisterNumber(person.nationalRegisterNumber)).toBe(true);
      expect(u.personsByNationalRegisterNumber(person.nationalRegisterNumber).map((p) => p.id)).toEqual([person.id]);
    }
  });

  it('gives demo persons with a fixed birth date a number no generated person has', () => {
    for (let index = 0; index < 12; index++) {
      const person = u.person(index);
      if (index === 4 || index === 5) continue;
      expect(u.personsByNationalRegisterNumber(person.nationalRegisterNumber)).toHaveLength(1);
    }
    expect(u.person(0)).toMatchObject({ firstName: 'An', lastName: 'Peeters', birthDate: '1978-03-14' });
  });

  it('has valid company numbers and Belgian mobile numbers', () => {
    expect(isValidCompanyNumber(u.company(2).companyNumber)).toBe(true);
    expect(isValidCompanyNumber(u.broker(0).fsmaNumber)).toBe(true);
    for (const index of sample(u, 50)) expect(u.person(index).mobile).toMatch(/^\+324[5-9]\d{7}$/);
  });
});

describe('the generated data: the failure cases of requirements §1.3', () => {
  it('holds Jan Janssens twice (P00000005 and P00000006, one register number)', () => {
    const u = universe(10_000);
    const [first, second] = [u.person(4), u.person(5)];
    expect(second).toMatchObject({
      firstName: first.firstName,
      lastName: first.lastName,
      birthDate: first.birthDate,
      nationalRegisterNumber: first.nationalRegisterNumber,
    });
    expect(u.personsByNationalRegisterNumber(first.nationalRegisterNumber).map((p) => p.id)).toEqual([
      'P00000005',
      'P00000006',
    ]);
  });

  it('does not hold the person the identity providers call "unknown", however large the data set', () => {
    expect(isValidNationalRegisterNumber(UNKNOWN_PERSON.national_register_number)).toBe(true);
    expect(universe(MAX_CUSTOMERS).personsByNationalRegisterNumber(UNKNOWN_PERSON.national_register_number)).toEqual(
      [],
    );
  });
});

describe('the generated data: who holds, who is insured, who manages', () => {
  const u = universe(20_000);

  it('gives an IPT the manager’s company as policyholder and the manager as the insured', () => {
    const ipts = sample(u, 2_000)
      .flatMap((index) =>
        u.heldContractNumbers(index, 'life').map((number) => ({ index, contract: u.lifeContract(number)! })),
      )
      .filter(({ contract }) => contract.product === 'IPT');
    ipts.push({ index: 2, contract: u.lifeContract('L000000031')! });
    expect(ipts.length).toBeGreaterThan(5);
    for (const { index, contract } of ipts) {
      const company = u.companyById(contract.parties.policyholderId);
      expect(company?.managerId).toBe(u.personId(index));
      expect(contract.parties.insuredIds).toEqual([u.personId(index)]);
    }
  });

  it('insures nobody on capitalisation (branch 26) and names no beneficiary there', () => {
    const contract = u.lifeContract(
      u.heldContractNumbers(2, 'life').find((n) => u.lifeContract(n)?.product === 'CAP26')!,
    )!;
    expect(contract.parties.insuredIds).toEqual([]);
    expect(contract.beneficiaries).toEqual([]);
  });

  it('builds each office’s portfolio from exactly the customers on the contracts it manages', () => {
    for (const broker of [0, 1, 2, u.brokerCount - 1]) {
      const brokerId = u.brokerId(broker);
      const previous = (broker - 1 + u.brokerCount) % u.brokerCount;
      const candidates = [
        ...u.portfolioOf(previous),
        ...u.portfolioOf(broker),
        ...u.portfolioOf((broker + 1) % u.brokerCount),
      ];
      const expected = [...new Set(candidates)]
        .filter((index) =>
          (['life', 'nonlife'] as const).some((kind) =>
            u
              .contractRolesOf(index, kind)
              .some((c) => c.intermediaryId === brokerId && (c.roles.includes('003') || c.roles.includes('013'))),
          ),
        )
        .sort((x, y) => x - y);
      expect(u.portfolioOf(broker)).toEqual(expected);
    }
  });

  it('has a large office (B00001, 500+ customers) and a small one (B00002)', () => {
    expect(u.brokerId(0)).toBe('B00001');
    expect(u.portfolioOf(0).length).toBeGreaterThanOrEqual(500);
    expect(u.portfolioOf(1).length).toBeLessThan(50);
    expect(u.portfolioOf(1).length).toBeGreaterThan(0);
  });

  it('has An Peeters (P00000001) at two offices, in both portfolios', () => {
    const offices = new Set(contractsOf(u, 0).map((c) => c.parties.intermediaryId));
    expect([...offices].sort()).toEqual(['B00001', 'B00002']);
    expect(u.portfolioOf(0)).toContain(0);
    expect(u.portfolioOf(1)).toContain(0);
  });

  it('has generated customers at two offices too, in both portfolios', () => {
    const portfolios = new Map<number, number[]>();
    const portfolio = (office: number): number[] =>
      portfolios.get(office) ?? portfolios.set(office, u.portfolioOf(office)).get(office)!;
    const atTwo = sample(u, 2_000).filter((index) => u.brokersOf(index).size === 2);
    expect(atTwo.length).toBeGreaterThan(10);
    for (const index of atTwo.slice(0, 30))
      for (const office of u.brokersOf(index)) expect(portfolio(office)).toContain(index);
  });
});

describe('the demo identities', () => {
  const demoContracts = (u: Universe) =>
    Object.keys(DEMO_PROFILES)
      .map(Number)
      .flatMap((index) => contractsOf(u, index));

  it.each(['test-seed', 'customer-graph'])(
    'cover every product, fiscal regime, branch, guarantee and document type (seed %s)',
    (seed) => {
      const u = universe(10_000, seed);
      const contracts = demoContracts(u);
      const life = contracts.filter((c) => 'reserveCents' in c);
      const codes = (key: 'product') => new Set(contracts.map((c) => c[key]));
      expect([...codes('product')].sort()).toEqual(
        [...Object.keys(LIFE_PRODUCTS), ...Object.keys(NON_LIFE_PRODUCTS)].sort(),
      );
      const regimes = new Set(life.map((c) => LIFE_PRODUCTS[c.product as keyof typeof LIFE_PRODUCTS].fiscalRegime));
      expect(regimes).toEqual(new Set([...Object.values(LIFE_PRODUCTS).map((p) => p.fiscalRegime)]));
      const branches = new Set(life.map((c) => LIFE_PRODUCTS[c.product as keyof typeof LIFE_PRODUCTS].branch));
      expect(branches).toEqual(new Set(['21', '23', '26']));
      const supplementary = new Set(
        life.flatMap((c) =>
          ('guarantees' in c ? c.guarantees : []).filter((g) => 'main' in g && !g.main).map((g) => g.code),
        ),
      );
      expect(supplementary).toEqual(new Set(['120', '280']));
      const documentTypes = new Set(
        Object.keys(DEMO_PROFILES).flatMap((index) => u.documentsOf(Number(index)).map((d) => d.type)),
      );
      expect([...documentTypes].sort()).toEqual(Object.keys(DOCUMENT_TYPES).sort());
    },
  );

  it('give a fire contract to an owner (An Peeters) and to a tenant (Marc Dubois)', () => {
    const u = universe(10_000);
    const fire = (index: number) => contractsOf(u, index).find((c) => c.product === 'WONING');
    expect(fire(0)).toMatchObject({ building: { occupancy: '01' } });
    expect(fire(3)).toMatchObject({ building: { occupancy: '02' } });
  });

  it('name Luc Peeters as beneficiary on An Peeters’ pension savings and insured on her universal life, whatever the seed', () => {
    for (const seed of ['test-seed', 'customer-graph', 'x']) {
      const u = universe(10_000, seed);
      const roles = u.contractRolesOf(1, 'life');
      expect(roles).toContainEqual(expect.objectContaining({ contractNumber: 'L000000010', roles: ['014'] }));
      expect(roles).toContainEqual(expect.objectContaining({ contractNumber: 'L000000012', roles: ['013'] }));
    }
  });
});

/**
 * Counts every property and method read on the universe while `operation` runs. Internal calls
 * (`this.x`) go through the proxy too, so a loop over customers would show as millions of reads.
 */
function readsOf(u: Universe, operation: (counted: Universe) => unknown): number {
  let reads = 0;
  const counted = new Proxy(u, {
    get(target, property, receiver) {
      reads++;
      return Reflect.get(target, property, receiver) as unknown;
    },
  });
  operation(counted);
  return reads;
}

describe('the cost of a record does not grow with the data set', () => {
  const small = universe(10_000);
  const large = universe(1_000_000);
  const operations: Record<string, (u: Universe, index: number) => unknown> = {
    person: (u, i) => u.person(i),
    'person by register number': (u, i) => u.personsByNationalRegisterNumber(u.person(i).nationalRegisterNumber),
    'contracts and roles': (u, i) => [u.contractRolesOf(i, 'life'), u.contractRolesOf(i, 'nonlife')],
    'policy index entries': (u, i) =>
      [...u.heldContractNumbers(i, 'life'), ...u.heldContractNumbers(i, 'nonlife')].map((n) => u.policyIndexEntry(n)),
    documents: (u, i) => u.documentsOf(i),
    "the customer's offices": (u, i) => u.brokersOf(i),
    "the office's portfolio": (u, i) => u.portfolioOf(u.brokerOf(i)),
  };
  const first = (count: number) => Array.from({ length: count }, (_, i) => 5 + i);
  const last = (u: Universe, count: number) => Array.from({ length: count }, (_, i) => u.customerCount - 1 - i);

  it.each(Object.keys(operations))(
    '%s: at index 999,999 of a million costs no more than at the start of ten thousand',
    (name) => {
      const operation = operations[name]!;
      // A portfolio is the same for every customer of an office: one office each side is enough.
      const count = name.includes('portfolio') ? 1 : 20;
      const budget = Math.max(...first(count).map((i) => readsOf(small, (u) => operation(u, i))));
      const atTheEnd = Math.max(...last(large, count).map((i) => readsOf(large, (u) => operation(u, i))));
      // Up to twice, for a binary search over four thousand offices instead of forty and for the
      // random sizes of portfolios; a scan of the customers would cost hundreds of times more.
      expect(atTheEnd).toBeLessThanOrEqual(budget * 2);
      expect(readsOf(large, (u) => operation(u, 999_999))).toBeLessThanOrEqual(budget * 2);
    },
  );

  it('builds a universe of a million customers from one number per broker office', () => {
    const reads = readsOf(large, (u) => u.customerCount + u.brokerCount);
    expect(reads).toBeLessThan(10);
    expect(large.brokerCount).toBeLessThan(large.customerCount / 100);
  });
});
