import { startSystem, type RunningSystem } from '../../../test-support/system';
import { ask, BROKER_AN_LIFE_AND_MOTOR, CUSTOMER_DOCUMENTS, customers, type DocumentPage } from './support';

const LIFE_CODES = new Set(['102', '113', '901', '902']);

/**
 * The archive searches the documents of up to 50 customers per call: a broker's page of 50
 * customers costs one search from a cold cache, and the contracts' ownership one policy-index
 * call per 50 contracts. Sent as `_entities` straight to the documents subgraph, as the gateway
 * sends a page of the broker's customers. The documents subgraph and its backends alone: nothing
 * here crosses subgraphs.
 */
describe("batching a broker's page of customers", () => {
  let system: RunningSystem;
  let office: string[];

  beforeAll(async () => {
    system = await startSystem({ subgraphs: ['documents'] });
    office = system.universe.portfolioOf(0).map((index) => system.universe.personId(index));
  });
  afterAll(async () => {
    await system.stop();
  });

  /** The documents the broker's office may list for these customers, from the legacy data. */
  function expectedDocuments(customerIds: readonly string[]): {
    byCustomer: Map<string, string[]>;
    contracts: Set<string>;
  } {
    const byCustomer = new Map<string, string[]>();
    const contracts = new Set<string>();
    for (const id of customerIds) {
      // Addressed to the customer: an IPT's tax certificates go to the company, not its manager.
      const documents = system.universe
        .documentsAddressedTo(id)
        .filter(
          (document) =>
            LIFE_CODES.has(document.type) &&
            system.universe.policyIndexEntry(document.contractNumber)?.intermediaryId === 'B00001',
        );
      byCustomer.set(id, documents.map((document) => document.id).sort());
      for (const document of system.universe.documentsOf(system.universe.personIndex(id) as number))
        if (LIFE_CODES.has(document.type)) contracts.add(document.contractNumber);
    }
    return { byCustomer, contracts };
  }

  async function pageOf(customerIds: readonly string[]): Promise<Map<string, string[]>> {
    const result = await ask(system, BROKER_AN_LIFE_AND_MOTOR, CUSTOMER_DOCUMENTS, {
      variables: { ...customers(...customerIds), first: 50 },
      subgraph: true,
    });
    expect(result.body.errors).toBeUndefined();
    const entities = result.body.data?.['_entities'] as Array<{ id: string; documents: DocumentPage }>;
    return new Map(entities.map((entity) => [entity.id, entity.documents.nodes.map((node) => node.id).sort()]));
  }

  it('costs one archive search for 50 customers from a cold cache, and none when warm', async () => {
    const page = office.slice(0, 50);
    const expected = expectedDocuments(page);
    expect(page).toHaveLength(50);
    system.resetCounters();

    expect(await pageOf(page)).toEqual(expected.byCustomer);
    expect([...expected.byCustomer.values()].flat().length).toBeGreaterThan(100);
    expect(system.backends.documentArchive.counters.snapshot().calls).toEqual({ search: 1 });
    expect(system.backends.customerMaster.counters.snapshot().calls).toEqual({
      getPolicies: Math.ceil(expected.contracts.size / 50),
    });

    system.resetCounters();
    expect(await pageOf(page)).toEqual(expected.byCustomer);
    expect(system.backends.documentArchive.counters.snapshot().total).toBe(0);
    expect(system.backends.customerMaster.counters.snapshot().total).toBe(0);
  });

  it('costs one search per 50 customers for a larger set', async () => {
    const many = office.slice(50, 170);
    system.resetCounters();
    expect(await pageOf(many)).toEqual(expectedDocuments(many).byCustomer);
    expect(system.backends.documentArchive.counters.snapshot().calls).toEqual({ search: Math.ceil(many.length / 50) });
  });
});
