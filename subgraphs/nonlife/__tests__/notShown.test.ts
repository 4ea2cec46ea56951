import type { Universe } from '../../../legacy/shared/data/universe';
import { sealLifeNotShown } from '../../../platform/contractsNotShownSeal';
import { startSystem, type RunningSystem } from '../../../test-support/system';
import { codesOf, customerEntities, NOT_SHOWN_FIELDS, operation, postGraphQL, type NotShownJson } from './support';

/**
 * "I can't find my contract" (docs/requirements.md §2.6) through the gateway: one field, the complete list from
 * both subgraphs. The life part comes from the life subgraph through `@requires`.
 */
const NOT_SHOWN = `query { me { id nonLifeContracts { contractNumber } contractsNotShown { ${NOT_SHOWN_FIELDS} } } }`;
const OF_CUSTOMER = `query ($id: ID!) { customer(id: $id) { id contractsNotShown { ${NOT_SHOWN_FIELDS} } } }`;

const HIDDEN_NON_LIFE = ['JACHT', 'BOOT', 'FIETS', 'AUTO_OUD'];
/** Standalone death cover (debt-balance cover is one) and guaranteed income: the life subgraph's rule. */
const HIDDEN_LIFE = ['DEATH', 'DEBT', 'GI'];

/** From the legacy data: the customer's own contracts (holder or insured) of the products the portal does not show. */
function expectedNotShown(universe: Universe, customerId: string): string[] {
  const index = universe.personIndex(customerId) as number;
  const own = (kind: 'life' | 'nonlife') =>
    universe.contractRolesOf(index, kind).filter((entry) => entry.roles.includes('003') || entry.roles.includes('013'));
  return [
    ...own('life').filter((entry) => HIDDEN_LIFE.includes(universe.lifeContract(entry.contractNumber)?.product ?? '')),
    ...own('nonlife').filter((entry) =>
      HIDDEN_NON_LIFE.includes(universe.nonLifeContract(entry.contractNumber)?.product ?? ''),
    ),
  ]
    .map((entry) => entry.contractNumber)
    .sort();
}

let system: RunningSystem;
beforeAll(async () => {
  system = await startSystem();
});
afterAll(async () => {
  await system.stop();
});

describe('"I can\'t find my contract" through the gateway', () => {
  async function notShownOf(customerId: string, language: string): Promise<{ list: NotShownJson[]; shown: string[] }> {
    const token = await system.token('customer', customerId);
    const { status, body } = await system.query(NOT_SHOWN, { token, headers: { 'accept-language': language } });
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    const me = body.data?.['me'] as {
      nonLifeContracts: Array<{ contractNumber: string }>;
      contractsNotShown: NotShownJson[];
    };
    return { list: me.contractsNotShown, shown: me.nonLifeContracts.map((c) => c.contractNumber) };
  }

  it('An Peeters: her hunting liability, not the legacy motor contract she only drives', async () => {
    const { list, shown } = await notShownOf('P00000001', 'nl');
    expect(list.map((c) => c.contractNumber)).toEqual(expectedNotShown(system.universe, 'P00000001'));
    expect(list).toEqual([
      {
        contractNumber: expect.stringMatching(/^V/),
        domain: 'NON_LIFE',
        productLabel: 'BA Jacht',
        reason: 'NICHE_PRODUCT',
        explanation: expect.stringContaining('makelaar'),
        expectedAvailability: null,
      },
    ]);
    expect(shown).not.toContain(list[0]?.contractNumber);
  });

  it('Luc Peeters: his legacy motor contract, expected at its main renewal date', async () => {
    const { list } = await notShownOf('P00000002', 'en');
    expect(list.map((c) => c.contractNumber)).toEqual(expectedNotShown(system.universe, 'P00000002'));
    const legacy = system.universe.nonLifeContract(list[0]?.contractNumber as string);
    expect(legacy?.product).toBe('AUTO_OUD');
    const renewal = new Intl.DateTimeFormat('en-GB', {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    }).format(new Date(`${legacy?.renewalDate}T00:00:00Z`));
    expect(list).toEqual([
      {
        contractNumber: legacy?.contractNumber,
        domain: 'NON_LIFE',
        productLabel: 'Car insurance (former contract)',
        reason: 'LEGACY_SYSTEM',
        explanation: expect.stringContaining('previous system'),
        expectedAvailability: `From its annual renewal date, ${renewal}`,
      },
    ]);
  });

  it('Sophie Dubois: her bicycle (V-Connect) and her standalone death cover and guaranteed income (Life Connect), in one list', async () => {
    const { list } = await notShownOf('P00000003', 'fr-BE');
    expect(list.map((c) => c.contractNumber)).toEqual(expectedNotShown(system.universe, 'P00000003'));
    expect(list.map((c) => [c.domain, c.reason, c.productLabel])).toEqual([
      ['LIFE', 'NOT_YET_SUPPORTED', expect.any(String)],
      ['LIFE', 'NOT_YET_SUPPORTED', expect.any(String)],
      ['NON_LIFE', 'NOT_YET_SUPPORTED', 'Assurance vélo'],
    ]);
    for (const entry of list) expect(entry.explanation).toMatch(/courtier/);
    expect(
      list
        .filter((c) => c.domain === 'LIFE')
        .map((c) => system.universe.lifeContract(c.contractNumber)?.product)
        .sort(),
    ).toEqual(['DEATH', 'GI']);
  });

  it('Camille Lambert: her only contract, a pleasure boat; her portal shows no non-life contract', async () => {
    const { list, shown } = await notShownOf('P00000011', 'fr');
    expect(shown).toEqual([]);
    expect(list).toEqual([
      {
        contractNumber: expectedNotShown(system.universe, 'P00000011')[0],
        domain: 'NON_LIFE',
        productLabel: 'Assurance bateau de plaisance',
        reason: 'NICHE_PRODUCT',
        explanation: expect.stringContaining('produit spécifique'),
        expectedAvailability: null,
      },
    ]);
  });

  it('Marc Dubois: his debt-balance cover (a standalone death cover), not his partner’s car he only drives nor her death cover he benefits from', async () => {
    const { list } = await notShownOf('P00000004', 'nl');
    expect(list.map((c) => c.contractNumber)).toEqual(expectedNotShown(system.universe, 'P00000004'));
    expect(list.map((c) => [system.universe.lifeContract(c.contractNumber)?.product, c.domain, c.reason])).toEqual([
      ['DEBT', 'LIFE', 'NOT_YET_SUPPORTED'],
    ]);
  });

  it('Hugo Lambert, whose contracts are all shown: an empty list', async () => {
    expect(expectedNotShown(system.universe, 'P00000012')).toEqual([]);
    expect((await notShownOf('P00000012', 'nl')).list).toEqual([]);
  });

  it('one operation asking for both lists reads each contract from V-Connect once', async () => {
    const customerId = 'P00000010';
    const own = system.universe
      .contractRolesOf(9, 'nonlife')
      .filter((entry) => entry.roles.includes('003') || entry.roles.includes('013'));
    expect(own.length).toBeGreaterThan(0);
    system.resetCounters();
    await notShownOf(customerId, 'nl');
    expect(system.backends.vConnect.counters.snapshot().calls).toEqual({ klantContracten: 1, contract: own.length });
  });

  it("runs the portal's registered operation", async () => {
    const token = await system.token('customer', 'P00000003');
    const { body } = await system.query(operation('ContractsNotShown'), { token });
    expect(body.errors).toBeUndefined();
    expect(
      (body.data?.['me'] as { contractsNotShown: NotShownJson[] }).contractsNotShown.map((c) => c.contractNumber),
    ).toEqual(expectedNotShown(system.universe, 'P00000003'));
  });

  it('a broker sees the contracts not shown that their office manages, and nothing of the other office', async () => {
    const b1 = await system.query(OF_CUSTOMER, {
      token: await system.token('broker', 'B00001'),
      variables: { id: 'P00000001' },
    });
    expect(b1.body.errors).toBeUndefined();
    expect(
      (b1.body.data?.['customer'] as { contractsNotShown: NotShownJson[] }).contractsNotShown.map(
        (c) => c.productLabel,
      ),
    ).toEqual(['BA Jacht']);

    // B00002 manages An's fire contract only: her hunting liability is not theirs to see.
    const b2 = await system.query(OF_CUSTOMER, {
      token: await system.token('broker', 'B00002'),
      variables: { id: 'P00000001' },
    });
    expect(b2.body.errors).toBeUndefined();
    expect((b2.body.data?.['customer'] as { contractsNotShown: NotShownJson[] }).contractsNotShown).toEqual([]);
    expect(JSON.stringify(b2.body)).not.toContain('Jacht');
  });

  it('support staff see the list An sees, with the reasons, to answer her question', async () => {
    const { body } = await system.query(
      `query ($id: ID!) { customer(id: $id) { id firstName contractsNotShown { contractNumber reason } } }`,
      { token: await system.token('support', 'S0001'), variables: { id: 'P00000001' } },
    );
    expect(body.errors).toBeUndefined();
    const list = (body.data?.['customer'] as { contractsNotShown: Array<{ contractNumber: string }> })
      .contractsNotShown;
    expect(list.map((c) => c.contractNumber)).toEqual(expectedNotShown(system.universe, 'P00000001'));
    expect(list.length).toBeGreaterThan(0);
  });
});

/**
 * The life part reaches the non-life subgraph in the Customer representation (`@requires`); sent
 * here straight to the non-life subgraph, as the gateway would (on this file's system: a system of
 * its own would cost more than these checks).
 */
describe('the life part handed to the non-life subgraph is checked like any input', () => {
  const lifeEntry = {
    contractNumber: 'L000000033',
    domain: 'LIFE',
    productLabel: 'Tijdelijke overlijdensverzekering',
    reason: 'NOT_YET_SUPPORTED',
    explanation: 'Uitleg.',
    expectedAvailability: 'Verwacht in 2025',
  };

  /** The life subgraph's seal over `entries` for a customer reading their own (what the gateway hands over beside them). */
  const sealFor = (customerId: string, entries: Array<typeof lifeEntry>): string =>
    sealLifeNotShown(system.serviceSecret, customerId, { role: 'customer', subject: customerId, customerId }, entries);

  async function direct(
    customerId: string,
    lifeContractsNotShown: unknown,
    role: 'customer' | 'broker' = 'customer',
    id = customerId,
    // null: none at all.
    lifeContractsNotShownSeal: string | null | undefined = Array.isArray(lifeContractsNotShown)
      ? sealFor(customerId, lifeContractsNotShown as Array<typeof lifeEntry>)
      : undefined,
  ) {
    const token = await system.token(role, id);
    return postGraphQL(system.subgraphUrls.nonlife, customerEntities(`contractsNotShown { ${NOT_SHOWN_FIELDS} }`), {
      token,
      variables: {
        representations: [
          {
            __typename: 'Customer',
            id: customerId,
            lifeContractsNotShown,
            ...(lifeContractsNotShownSeal === null ? {} : { lifeContractsNotShownSeal }),
          },
        ],
      },
    });
  }

  it('a life part under the life subgraph’s seal joins the non-life part, in contract-number order', async () => {
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

  it.each([
    ['without a seal', null],
    ['with a seal that is not one', 'not-a-seal'],
    ['under the seal of another customer', () => sealFor('P00000011', [lifeEntry])],
    ['under the seal of other entries', () => sealFor('P00000003', [{ ...lifeEntry, contractNumber: 'L000000034' }])],
  ])(
    'refuses a life part %s (a caller writing lifeContractsNotShown) with BAD_USER_INPUT and calls no backend',
    async (_name, seal) => {
      system.resetCounters();
      const { body } = await direct(
        'P00000003',
        [lifeEntry],
        'customer',
        'P00000003',
        typeof seal === 'function' ? seal() : seal,
      );
      expect(codesOf(body.errors)).toEqual(['BAD_USER_INPUT']);
      expect(body.errors?.[0]?.extensions?.['field']).toBe('lifeContractsNotShownSeal');
      expect(JSON.stringify(body)).not.toContain('L000000033');
      expect(system.backends.vConnect.counters.snapshot().total).toBe(0);
    },
  );

  it('another customer gets FORBIDDEN, whatever the representation carries', async () => {
    const { body } = await direct('P00000003', [lifeEntry], 'customer', 'P00000001');
    expect(codesOf(body.errors)).toEqual(['FORBIDDEN']);
    expect(JSON.stringify(body)).not.toMatch(/V0000000\d\d|vélo|Fiets/);
  });
});
