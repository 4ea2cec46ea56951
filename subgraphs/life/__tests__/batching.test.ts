import { LIFE_PRODUCTS } from '../../../legacy/shared/data/catalogue';
import { startSystem, type RunningSystem } from '../../../test-support/system';
import { ask, customers } from './support';

/**
 * The batching bound, witnessed by Life Connect's own call counters: the life contracts of 50
 * customers in one operation (a broker's page, sent as `_entities` straight to the life subgraph,
 * as the gateway does for a portfolio) cost exactly ceil(customers / 50) GetContractList calls
 * and ceil(contracts / 50) GetContractDetails calls from a cold cache. The life subgraph and Life
 * Connect alone: nothing here crosses subgraphs.
 */
/** Cents as the schema's euro amount; null for a risk product, which builds no reserve. */
const centsText = (cents: number | null): string | null => (cents === null ? null : (cents / 100).toFixed(2));

const PAGE = /* GraphQL */ `
  query BrokerPage($representations: [_Any!]!) {
    _entities(representations: $representations) {
      ... on Customer {
        id
        lifeContracts {
          contractNumber
          product {
            kind
          }
          reserve {
            amount
          }
        }
      }
    }
  }
`;

const BROKER = 'B00001';
const NOT_SHOWN_PRODUCTS = new Set<string>(
  Object.values(LIFE_PRODUCTS)
    .filter((p) => p.mainGuarantee === '120' || p.mainGuarantee === '121' || p.mainGuarantee === '280')
    .map((p) => p.code),
);

describe('Life Connect calls for a page of 50 customers', () => {
  let system: RunningSystem;

  beforeAll(async () => {
    system = await startSystem({ subgraphs: ['life'] });
  });
  afterAll(async () => {
    await system.stop();
  });

  /** From the data set itself: the customer's own life contracts (holder or insured) and those the broker sees listed. */
  function expectedFor(index: number): { own: string[]; listed: string[] } {
    const own = system.universe
      .contractRolesOf(index, 'life')
      .filter((entry) => entry.roles.includes('003') || entry.roles.includes('013'))
      .map((entry) => entry.contractNumber);
    const listed = own.filter((number) => {
      const contract = system.universe.lifeContract(number)!;
      return contract.parties.intermediaryId === BROKER && !NOT_SHOWN_PRODUCTS.has(contract.product);
    });
    return { own, listed: listed.sort().reverse() };
  }

  it('costs one list call and ceil(contracts / 50) detail calls, and returns every contract', async () => {
    const page = system.universe
      .portfolioOf(system.universe.brokerIndex(BROKER)!)
      .filter((index) => index >= 12 && expectedFor(index).listed.length > 0)
      .slice(0, 50);
    expect(page).toHaveLength(50);
    const distinct = new Set(page.flatMap((index) => expectedFor(index).own));
    const listed = page.reduce((sum, index) => sum + expectedFor(index).listed.length, 0);
    expect(distinct.size).toBeGreaterThan(50);
    expect(listed).toBeGreaterThan(50);

    system.resetCounters();
    const ids = page.map((index) => system.universe.personId(index));
    const { body } = await ask(system, { role: 'broker', id: BROKER }, PAGE, {
      variables: customers(...ids),
      subgraph: true,
    });
    expect(body.errors).toBeUndefined();

    expect(system.backends.lifeConnect.counters.snapshot().calls).toEqual({
      GetContractList: Math.ceil(page.length / 50),
      GetContractDetails: Math.ceil(distinct.size / 50),
    });
    const answered = body.data?.['_entities'] as Array<{
      id: string;
      lifeContracts: Array<{ contractNumber: string; reserve: { amount: string } | null }>;
    }>;
    expect(answered.map((customer) => customer.id)).toEqual(ids);
    answered.forEach((customer, i) => {
      expect(customer.lifeContracts.map((c) => c.contractNumber)).toEqual(expectedFor(page[i] as number).listed);
      for (const contract of customer.lifeContracts)
        expect(contract.reserve?.amount ?? null).toBe(
          centsText(system.universe.lifeContract(contract.contractNumber)!.reserveCents),
        );
    });
  });
});
