import { startSystem, type RunningSystem } from '../../../test-support/system';
import { codesOf, customerEntities, NOT_SHOWN_FIELDS, postGraphQL, type NotShownJson } from './support';

/**
 * The life part of "I can't find my contract" reaches the non-life subgraph in the Customer
 * representation (`@requires`); sent here straight to the non-life subgraph, as the gateway would,
 * with V-Connect alone behind it. The whole list through the gateway is in notShown.test.ts.
 */

let system: RunningSystem;
beforeAll(async () => {
  system = await startSystem({ subgraphs: ['nonlife'] });
});
afterAll(async () => {
  await system.stop();
});

describe('the life part handed to the non-life subgraph is checked like any input', () => {
  const lifeEntry = {
    contractNumber: 'L000000033',
    domain: 'LIFE',
    productLabel: 'Tijdelijke overlijdensverzekering',
    reason: 'NOT_YET_SUPPORTED',
    explanation: 'Uitleg.',
    expectedAvailability: 'Verwacht in 2027',
  };

  async function direct(
    customerId: string,
    lifeContractsNotShown: unknown,
    role: 'customer' | 'broker' = 'customer',
    id = customerId,
  ) {
    const token = await system.token(role, id);
    return postGraphQL(system.subgraphUrls.nonlife, customerEntities(`contractsNotShown { ${NOT_SHOWN_FIELDS} }`), {
      token,
      variables: { representations: [{ __typename: 'Customer', id: customerId, lifeContractsNotShown }] },
    });
  }

  it('a well-formed life part joins the non-life part, in contract-number order', async () => {
    const { body } = await direct('P00000003', [lifeEntry]);
    expect(body.errors).toBeUndefined();
    const list = (body.data?.['_entities'] as Array<{ contractsNotShown: NotShownJson[] }>)[0]?.contractsNotShown;
    expect(list?.map((c) => [c.contractNumber, c.domain])).toEqual([
      ['L000000033', 'LIFE'],
      // Sophie Dubois's (P00000003) bicycle cover, FIETS in the generated data.
      ['V000000036', 'NON_LIFE'],
    ]);
  });

  it('a missing or null life part (the life subgraph failed) leaves the non-life part', async () => {
    for (const part of [null, undefined]) {
      const { body } = await direct('P00000011', part);
      expect(body.errors).toBeUndefined();
      expect(
        (body.data?.['_entities'] as Array<{ contractsNotShown: NotShownJson[] }>)[0]?.contractsNotShown.map(
          (c) => c.domain,
        ),
      ).toEqual(['NON_LIFE']);
    }
  });

  it.each([
    ['an entry passing itself off as non-life', [{ ...lifeEntry, domain: 'NON_LIFE' }]],
    ['an unknown reason', [{ ...lifeEntry, reason: 'SECRET' }]],
    ['an extra field', [{ ...lifeEntry, iban: 'BE68539007547034' }]],
    ['an oversized explanation', [{ ...lifeEntry, explanation: 'x'.repeat(5_000) }]],
    ['not a list', { contractNumber: 'L1' }],
  ])('refuses %s with BAD_USER_INPUT and calls no backend', async (_name, part) => {
    system.resetCounters();
    const { body } = await direct('P00000003', part);
    expect(codesOf(body.errors)).toEqual(['BAD_USER_INPUT']);
    expect(system.backends.vConnect.counters.snapshot().total).toBe(0);
  });

  it('another customer gets FORBIDDEN, whatever the representation carries', async () => {
    const { body } = await direct('P00000003', [lifeEntry], 'customer', 'P00000001');
    expect(codesOf(body.errors)).toEqual(['FORBIDDEN']);
    expect(JSON.stringify(body)).not.toMatch(/V0000000\d\d|vélo|Fiets/);
  });
});
