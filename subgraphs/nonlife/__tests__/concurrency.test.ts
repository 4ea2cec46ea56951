import { codesOf, customerEntities, expectedShown, postGraphQL, startNonLifeAlone, type NonLifeAlone } from './support';

/**
 * V-Connect has no batch endpoint. These tests send `_entities` straight to the non-life
 * subgraph, as the gateway does for a broker's portfolio page, and read V-Connect's own call
 * counters and peak of calls in flight (with 50 ms per call, so calls overlap).
 */
const SELECTION = 'nonLifeContracts { contractNumber }';

interface Page {
  customers: string[];
  /** Distinct contracts the customers hold or are insured by: what the subgraph must read, once each. */
  contracts: string[];
}

function page(alone: NonLifeAlone, from: number, count: number): Page {
  const customers = alone.universe
    .portfolioOf(0)
    .slice(from, from + count)
    .map((index) => alone.universe.personId(index));
  const contracts = new Set<string>();
  for (const id of customers) {
    const index = alone.universe.personIndex(id) as number;
    for (const entry of alone.universe.contractRolesOf(index, 'nonlife'))
      if (entry.roles.includes('003') || entry.roles.includes('013')) contracts.add(entry.contractNumber);
  }
  return { customers, contracts: [...contracts] };
}

async function portfolioPage(
  alone: NonLifeAlone,
  customers: readonly string[],
  extra: Array<Record<string, string>> = [],
): Promise<Map<string, string[]>> {
  const token = await alone.token('broker', 'B00001');
  const representations = [...customers.map((id) => ({ __typename: 'Customer', id })), ...extra];
  const { status, body } = await postGraphQL(alone.url, customerEntities(SELECTION), {
    token,
    variables: { representations },
  });
  expect(status).toBe(200);
  expect(body.errors).toBeUndefined();
  const entities = (body.data?.['_entities'] ?? []) as Array<{
    id?: string;
    nonLifeContracts?: Array<{ contractNumber: string }>;
  }>;
  return new Map(
    entities
      .filter((entity) => entity.id !== undefined)
      .map((entity) => [entity.id as string, (entity.nonLifeContracts ?? []).map((c) => c.contractNumber)]),
  );
}

describe('V-Connect calls of one request: per-request bound 8, process cap 12, 50 ms per call', () => {
  let alone: NonLifeAlone;
  beforeAll(async () => {
    alone = await startNonLifeAlone({ perRequestConcurrency: 8, maxConcurrent: 12, vConnect: { latencyMs: 50 } });
  });
  afterAll(async () => {
    await alone.stop();
  });

  it('a broker page of 25 customers: one call per customer and per contract, exactly 8 in flight at the peak, every contract returned', async () => {
    const { customers, contracts } = page(alone, 0, 25);
    expect(contracts.length).toBeGreaterThan(8 * 3);
    alone.vConnect.counters.reset();

    const result = await portfolioPage(alone, customers);

    for (const id of customers) expect(result.get(id)).toEqual(expectedShown(alone.universe, id, 'B00001'));
    const counters = alone.vConnect.counters.snapshot();
    expect(counters.calls).toEqual({ klantContracten: customers.length, contract: contracts.length });
    expect(counters.peakInFlight).toBe(8);
  });

  it('the bound holds across batches running at once: contract lists and a page of contract references in one request', async () => {
    const { customers, contracts } = page(alone, 25, 10);
    const other = page(alone, 35, 10);
    const references = other.contracts.map((id) => ({ __typename: 'NonLifeContract', id }));
    alone.vConnect.counters.reset();

    const token = await alone.token('broker', 'B00001');
    const query = `query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on Customer { id nonLifeContracts { contractNumber } } ... on NonLifeContract { contractNumber } } }`;
    const { body } = await postGraphQL(alone.url, query, {
      token,
      variables: { representations: [...customers.map((id) => ({ __typename: 'Customer', id })), ...references] },
    });

    // References to contracts the portal does not show, or another office manages, are FORBIDDEN one by one.
    const forbidden = other.contracts.filter(
      (number) =>
        !expectedShown(
          alone.universe,
          alone.universe.nonLifeContract(number)!.parties.policyholderId,
          'B00001',
        ).includes(number),
    );
    expect(codesOf(body.errors).filter((code) => code === 'FORBIDDEN')).toHaveLength(forbidden.length);
    expect(new Set(codesOf(body.errors))).toEqual(new Set(forbidden.length ? ['FORBIDDEN'] : []));
    const counters = alone.vConnect.counters.snapshot();
    expect(counters.calls).toEqual({
      klantContracten: customers.length,
      contract: new Set([...contracts, ...other.contracts]).size,
    });
    expect(counters.peakInFlight).toBe(8);
  });

  it('asked several times in one operation, each customer and contract is fetched once', async () => {
    const [first, second] = page(alone, 45, 2).customers as [string, string];
    const own = page(alone, 45, 2).contracts;
    const repeated = [first, first, second, first];
    const references = [own[0], own[0], own[1]].map((id) => ({ __typename: 'NonLifeContract', id: id as string }));
    alone.vConnect.counters.reset();

    const result = await portfolioPage(alone, repeated, references);

    expect(result.get(first)).toEqual(expectedShown(alone.universe, first, 'B00001'));
    expect(alone.vConnect.counters.snapshot().calls).toEqual({ klantContracten: 2, contract: own.length });
  });

  it('several requests at once share the process cap: exactly 12 in flight at the peak, every contract returned', async () => {
    const pages = [page(alone, 50, 12), page(alone, 62, 12), page(alone, 74, 12)];
    alone.vConnect.counters.reset();

    const results = await Promise.all(pages.map((p) => portfolioPage(alone, p.customers)));

    pages.forEach((p, index) => {
      for (const id of p.customers)
        expect(results[index]?.get(id)).toEqual(expectedShown(alone.universe, id, 'B00001'));
    });
    const counters = alone.vConnect.counters.snapshot();
    expect(counters.peakInFlight).toBe(12);
    expect(counters.calls['contract']).toBe(new Set(pages.flatMap((p) => p.contracts)).size);
  });

  it('a warm page calls V-Connect no more', async () => {
    const { customers } = page(alone, 0, 25);
    alone.vConnect.counters.reset();
    await portfolioPage(alone, customers);
    expect(alone.vConnect.counters.snapshot().total).toBe(0);
  });
});

describe('the per-request bound is configurable', () => {
  let alone: NonLifeAlone;
  beforeAll(async () => {
    alone = await startNonLifeAlone({ perRequestConcurrency: 3, maxConcurrent: 32, vConnect: { latencyMs: 50 } });
  });
  afterAll(async () => {
    await alone.stop();
  });

  it('with V_CONNECT_REQUEST_CONCURRENCY 3, exactly 3 calls are in flight at the peak', async () => {
    const { customers, contracts } = page(alone, 100, 8);
    alone.vConnect.counters.reset();
    const result = await portfolioPage(alone, customers);
    for (const id of customers) expect(result.get(id)).toEqual(expectedShown(alone.universe, id, 'B00001'));
    expect(alone.vConnect.counters.snapshot()).toMatchObject({
      calls: { klantContracten: 8, contract: contracts.length },
      peakInFlight: 3,
    });
  });
});
