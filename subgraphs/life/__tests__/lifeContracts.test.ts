import { startSystem, type RunningSystem } from '../../../test-support/system';
import { CONTRACT_FIELDS, NOT_SHOWN_ENTITIES, ask, customers, money } from './support';

/**
 * The life part of the customer graph end to end: gateway, life subgraph, Life Connect and Redis
 * over real HTTP, for the demo customers whose contracts cover every product the portal shows.
 */
const MY_LIFE = /* GraphQL */ `query MyLife { me { id lifeContracts { ${CONTRACT_FIELDS} } } }`;
const ONE = /* GraphQL */ `query One($id: ID!) { lifeContract(id: $id) { ${CONTRACT_FIELDS} } }`;

interface Contract {
  contractNumber: string;
  product: {
    kind: string;
    label: string;
    branch: string;
    policyType: string;
    fiscalRegime: string;
    fiscalRegimeLabel: string;
  };
  policyholder: { kind: string; name: string; isYou: boolean; customer: { id: string } | null };
  insured: Array<{ kind: string; name: string; isYou: boolean; customer: { id: string } | null }>;
  beneficiaries: Array<{
    event: string;
    clause: string;
    clauseLabel: string;
    rank: number;
    share: string;
    name: string | null;
    nameWithheld: boolean;
  }>;
  guarantees: Array<{ kind: string; label: string; isMain: boolean; insuredAmount: { amount: string } | null }>;
  funds: Array<{
    share: string;
    value: { amount: string };
    units: string;
    unitPrice: { amount: string; date: string };
  }>;
  [field: string]: unknown;
}

describe('life contracts through the gateway', () => {
  let system: RunningSystem;

  beforeAll(async () => {
    system = await startSystem();
  });
  afterAll(async () => {
    await system.stop();
  });

  async function myLife(customer: string, language?: string): Promise<Contract[]> {
    const { status, body } = await ask(
      system,
      { role: 'customer', id: customer },
      MY_LIFE,
      language ? { language } : {},
    );
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    return (body.data?.['me'] as { lifeContracts: Contract[] }).lifeContracts;
  }

  it('gives An Peeters her pension savings, investment and universal life in full, valued as Life Connect holds them', async () => {
    const contracts = await myLife('P00000001');
    expect(contracts.map((c) => c.contractNumber)).toEqual(['L000000012', 'L000000011', 'L000000010']);
    const [universal, investment, pension] = contracts as [Contract, Contract, Contract];
    const source = system.universe.lifeContract('L000000010')!;

    expect(pension).toEqual({
      id: 'L000000010',
      contractNumber: 'L000000010',
      product: {
        kind: 'PENSION',
        label: 'Pensioensparen',
        branch: 'BRANCH_21',
        policyType: 'INDIVIDUAL_LIFE',
        fiscalRegime: 'PENSION_SAVINGS',
        fiscalRegimeLabel: 'Pensioensparen',
      },
      status: 'RUNNING',
      startDate: source.startDate,
      endDate: null,
      expiryDate: source.expiryDate,
      policyholder: { kind: 'PERSON', name: 'An Peeters', isYou: true, customer: { id: 'P00000001' } },
      insured: [{ kind: 'PERSON', name: 'An Peeters', isYou: true, customer: { id: 'P00000001' } }],
      premium: {
        amount: money(source.premiumCents),
        frequency: { '1': 'YEARLY', '3': 'QUARTERLY', '4': 'MONTHLY', '5': 'SINGLE' }[source.premiumFrequency],
        nextDueDate: source.nextPremiumDueDate,
      },
      reserve: money(source.reserveCents),
      reserveValuationDate: '2025-12-31',
      surrenderValue: money(source.surrenderValueCents),
      guaranteedRate: (source.guaranteedRateBasisPoints! / 100).toFixed(2),
      profitSharing: {
        acquired: money(source.profitSharingAcquiredCents),
        thisYear: money(source.profitSharingThisYearCents),
        rate: (source.profitSharingRateBasisPoints! / 100).toFixed(2),
      },
      funds: [],
      beneficiaries: [
        {
          event: 'SURVIVAL',
          clause: 'THE_POLICYHOLDER',
          clauseLabel: 'De verzekeringnemer',
          rank: 1,
          share: '100.00',
          name: null,
          nameWithheld: false,
        },
        {
          event: 'DEATH',
          clause: 'SPOUSE_OR_COHABITANT',
          clauseLabel: 'De echtgeno(o)t(e) of wettelijk samenwonende partner',
          rank: 1,
          share: '100.00',
          name: 'Luc Peeters',
          nameWithheld: false,
        },
        {
          event: 'DEATH',
          clause: 'CHILDREN',
          clauseLabel: 'De kinderen',
          rank: 2,
          share: '100.00',
          name: null,
          nameWithheld: false,
        },
      ],
      guarantees: [
        {
          kind: 'MIXED_LIFE',
          label: 'Leven en overlijden (gemengde verzekering)',
          isMain: true,
          insuredAmount: money(source.guarantees[0]!.insuredAmountCents),
        },
        {
          kind: 'TEMPORARY_DEATH_COVER',
          label: 'Tijdelijke overlijdensdekking',
          isMain: false,
          insuredAmount: money(source.guarantees[1]!.insuredAmountCents),
        },
      ],
    });

    expect(investment.product).toMatchObject({
      kind: 'INVESTMENT',
      branch: 'BRANCH_23',
      policyType: 'UNIT_LINKED',
      fiscalRegime: 'NONE',
      fiscalRegimeLabel: 'Geen fiscaal voordeel',
    });
    expect(investment.guaranteedRate).toBeNull();
    expect(investment.profitSharing).toBeNull();
    const funds = system.universe.lifeContract('L000000011')!.funds;
    expect(investment.funds.map((f) => f.units).sort()).toEqual(funds.map((f) => f.units).sort());
    expect(investment.funds.reduce((sum, f) => sum + Math.round(Number(f.share) * 100), 0)).toBe(10_000);
    for (const fund of investment.funds) {
      expect(fund.unitPrice.date).toBe('2025-12-31');
      // Value = units × unit price to the cent (checked here with a float, well within a cent at these sizes).
      expect(Math.abs(Number(fund.value.amount) - Number(fund.units) * Number(fund.unitPrice.amount))).toBeLessThan(
        0.006,
      );
    }

    // Universal life insuring her partner: she sees his name as printed on the policy, not his profile.
    expect(universal.product).toMatchObject({ kind: 'SAVINGS', policyType: 'UNIVERSAL_LIFE', label: 'Universal Life' });
    expect(universal.insured).toEqual([{ kind: 'PERSON', name: 'Luc Peeters', isYou: false, customer: null }]);
  });

  it('gives Sophie Dubois her social VAPZ, the IPT her company holds and her capitalisation, not her standalone covers', async () => {
    const contracts = await myLife('P00000003', 'fr-BE,fr;q=0.9');
    expect(contracts.map((c) => c.contractNumber)).toEqual(['L000000032', 'L000000031', 'L000000030']);
    const [capitalisation, ipt, vapz] = contracts as [Contract, Contract, Contract];

    expect(vapz.product).toEqual({
      kind: 'PENSION',
      label: 'PLCI sociale',
      branch: 'BRANCH_21',
      policyType: 'INDIVIDUAL_LIFE',
      fiscalRegime: 'SOCIAL_VAPZ',
      fiscalRegimeLabel: 'PLCI sociale',
    });
    // Death cover and guaranteed income attached to the pension contract as supplementary guarantees.
    expect(vapz.guarantees.map((g) => [g.kind, g.isMain, g.label])).toEqual([
      ['MIXED_LIFE', true, 'Vie et décès (assurance mixte)'],
      ['TEMPORARY_DEATH_COVER', false, 'Assurance décès temporaire'],
      ['GUARANTEED_INCOME', false, 'Revenu garanti'],
    ]);

    expect(ipt.product).toMatchObject({
      kind: 'PENSION',
      policyType: 'INDIVIDUAL_PENSION_COMMITMENT',
      fiscalRegime: 'IPT',
      fiscalRegimeLabel: 'Engagement individuel de pension (EIP)',
    });
    expect(ipt.policyholder).toEqual({ kind: 'COMPANY', name: 'Dubois SRL', isYou: false, customer: null });
    expect(ipt.insured).toEqual([
      { kind: 'PERSON', name: 'Sophie Dubois', isYou: true, customer: { id: 'P00000003' } },
    ]);
    // She is the insured, not the policyholder: the clause, rank and share of each designation, no names.
    expect(ipt.beneficiaries).toEqual([
      {
        event: 'SURVIVAL',
        clause: 'THE_INSURED',
        clauseLabel: "L'assuré",
        rank: 1,
        share: '100.00',
        name: null,
        nameWithheld: false,
      },
      {
        event: 'DEATH',
        clause: 'SPOUSE_OR_COHABITANT',
        clauseLabel: 'Le conjoint ou le cohabitant légal',
        rank: 1,
        share: '100.00',
        name: null,
        nameWithheld: true,
      },
      {
        event: 'DEATH',
        clause: 'CHILDREN',
        clauseLabel: 'Les enfants',
        rank: 2,
        share: '100.00',
        name: null,
        nameWithheld: false,
      },
    ]);

    expect(capitalisation.product).toMatchObject({
      kind: 'SAVINGS',
      branch: 'BRANCH_26',
      label: 'Opération de capitalisation',
    });
    expect(capitalisation.insured).toEqual([]);
    expect(capitalisation.beneficiaries).toEqual([]);
    expect(capitalisation.guarantees).toEqual([]);
    expect(capitalisation.premium).toMatchObject({ frequency: 'SINGLE', nextDueDate: null });
  });

  it('follows Accept-Language for every label: nl by default and for German speakers, fr and en when asked', async () => {
    const labels = async (language?: string) => {
      const [pension] = (await myLife('P00000010', language)) as [Contract];
      return [
        pension.product.label,
        pension.product.fiscalRegimeLabel,
        pension.guarantees[0]?.label,
        pension.beneficiaries[0]?.clauseLabel,
      ];
    };
    expect(await labels()).toEqual([
      'Langetermijnsparen',
      'Langetermijnsparen',
      'Leven en overlijden (gemengde verzekering)',
      'De verzekeringnemer',
    ]);
    expect(await labels('de-BE,de;q=0.9')).toEqual(await labels());
    expect(await labels('fr')).toEqual([
      'Épargne à long terme',
      'Épargne à long terme',
      'Vie et décès (assurance mixte)',
      "Le preneur d'assurance",
    ]);
    expect(await labels('en-GB,en;q=0.8')).toEqual([
      'Long-term savings',
      'Long-term savings',
      'Life and death (mixed life)',
      'The policyholder',
    ]);
  });

  it('lets a customer follow a party to their own profile through the identity subgraph', async () => {
    const { body } = await ask(
      system,
      { role: 'customer', id: 'P00000003' },
      'query { me { lifeContracts { contractNumber insured { customer { id firstName } } } } }',
    );
    expect(body.errors).toBeUndefined();
    const contracts = (body.data?.['me'] as { lifeContracts: Array<{ contractNumber: string; insured: unknown[] }> })
      .lifeContracts;
    expect(contracts.find((c) => c.contractNumber === 'L000000031')?.insured).toEqual([
      { customer: { id: 'P00000003', firstName: 'Sophie' } },
    ]);
  });

  it('answers one contract by id for its holder or insured, the same as in the list', async () => {
    const [fromList] = (await myLife('P00000002')).filter((c) => c.contractNumber === 'L000000012');
    const { body } = await ask(system, { role: 'customer', id: 'P00000002' }, ONE, { variables: { id: 'L000000012' } });
    expect(body.errors).toBeUndefined();
    expect(body.data?.['lifeContract']).toEqual(fromList);
    // Luc is the insured on An's universal life: her name, not her profile.
    expect(fromList?.policyholder).toEqual({ kind: 'PERSON', name: 'An Peeters', isYou: false, customer: null });
    expect(fromList?.insured).toEqual([
      { kind: 'PERSON', name: 'Luc Peeters', isYou: true, customer: { id: 'P00000002' } },
    ]);
  });

  it('leaves standalone death cover and guaranteed income out of lifeContracts and explains them for "I can\'t find my contract"', async () => {
    const sophie = { role: 'customer' as const, id: 'P00000003' };
    const notShown = async (
      caller: { role: 'customer' | 'broker'; id: string },
      customer: string,
      language: string,
    ) => {
      const { body } = await ask(system, caller, NOT_SHOWN_ENTITIES, {
        variables: customers(customer),
        language,
        subgraph: true,
      });
      expect(body.errors).toBeUndefined();
      return (body.data?.['_entities'] as Array<{ lifeContractsNotShown: unknown[] }>)[0]?.lifeContractsNotShown;
    };
    expect(await notShown(sophie, 'P00000003', 'fr')).toEqual([
      {
        contractNumber: 'L000000034',
        domain: 'LIFE',
        productLabel: 'Revenu garanti',
        reason: 'NOT_YET_SUPPORTED',
        explanation: expect.stringMatching(/^Les assurances revenu garanti souscrites séparément/),
        expectedAvailability: 'Prévu en 2025',
      },
      {
        contractNumber: 'L000000033',
        domain: 'LIFE',
        productLabel: 'Assurance décès',
        reason: 'NOT_YET_SUPPORTED',
        explanation: expect.stringMatching(/^Les assurances décès souscrites séparément/),
        expectedAvailability: 'Prévu en 2025',
      },
    ]);
    expect(await notShown({ role: 'customer', id: 'P00000004' }, 'P00000004', 'nl')).toEqual([
      {
        contractNumber: 'L000000043',
        domain: 'LIFE',
        productLabel: 'Schuldsaldoverzekering',
        reason: 'NOT_YET_SUPPORTED',
        explanation: expect.stringMatching(/^Losse overlijdensverzekeringen/),
        expectedAvailability: 'Verwacht in 2025',
      },
    ]);
    // The broker who manages them sees the same list; a customer without such contracts gets none.
    expect(await notShown({ role: 'broker', id: 'B00001' }, 'P00000003', 'fr')).toHaveLength(2);
    expect(await notShown({ role: 'customer', id: 'P00000001' }, 'P00000001', 'nl')).toEqual([]);

    const marc = (await myLife('P00000004')).map((c) => [c.contractNumber, c.product.kind, c.product.fiscalRegime]);
    expect(marc).toEqual([
      ['L000000044', 'SAVINGS', 'NONE'],
      ['L000000042', 'PENSION', 'VAPZ'],
    ]);
  });

  it('keeps lifeContractsNotShown out of the public schema', async () => {
    const { body } = await ask(
      system,
      { role: 'customer', id: 'P00000003' },
      'query { me { lifeContractsNotShown { contractNumber } } }',
    );
    expect(body.errors?.[0]?.extensions?.['code']).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(JSON.stringify(body)).not.toContain('L000000033');
  });

  describe('how premiums are paid', () => {
    const FIELDS =
      'contractNumber premium { frequency nextDueDate } payment { method frequency nextDueDate debitedAccount structuredCommunication }';
    const ONE_PAYMENT = `query Payment($id: ID!) { lifeContract(id: $id) { ${FIELDS} } }`;
    const OF_CUSTOMER = `query Payments($id: ID!) { customer(id: $id) { lifeContracts { ${FIELDS} } } }`;

    interface Paid {
      contractNumber: string;
      premium: { frequency: string; nextDueDate: string | null };
      payment: Record<string, unknown>;
    }

    async function paymentOf(caller: Parameters<typeof ask>[1], id: string): Promise<Paid> {
      const { body } = await ask(system, caller, ONE_PAYMENT, { variables: { id } });
      expect(body.errors).toBeUndefined();
      const contract = body.data?.['lifeContract'] as Paid;
      // The payment repeats the premium's frequency and due date, so one component shows it all.
      expect(contract.payment).toMatchObject(contract.premium);
      return contract;
    }

    it("shows Sophie Dubois' IPT debited from her company's account, masked but for its last four digits", async () => {
      const { payment } = await paymentOf({ role: 'customer', id: 'P00000003' }, 'L000000031');
      expect(payment).toMatchObject({
        method: 'DIRECT_DEBIT',
        debitedAccount: 'BE** **** **** 3667',
        structuredCommunication: null,
      });
    });

    it("shows An Peeters' unit-linked contract paid by transfer, with its structured communication", async () => {
      const { payment } = await paymentOf({ role: 'customer', id: 'P00000001' }, 'L000000011');
      expect(payment).toMatchObject({
        method: 'TRANSFER',
        debitedAccount: null,
        structuredCommunication: '+++100/0000/01145+++',
      });
    });

    it('shows the broker who manages it and the contact centre the same, and nobody the full IBAN', async () => {
      const broker = await paymentOf({ role: 'broker', id: 'B00001' }, 'L000000031');
      expect(broker.payment['debitedAccount']).toBe('BE** **** **** 3667');
      const { body } = await ask(system, { role: 'support', id: 'S0001' }, OF_CUSTOMER, {
        variables: { id: 'P00000001' },
      });
      expect(body.errors).toBeUndefined();
      const support = (body.data?.['customer'] as { lifeContracts: Paid[] }).lifeContracts;
      const seen = new Map(support.map((c) => [c.contractNumber, c.payment]));
      expect(seen.get('L000000012')).toMatchObject({ method: 'DIRECT_DEBIT', debitedAccount: 'BE** **** **** 7641' });
      expect(seen.get('L000000011')).toMatchObject({
        method: 'TRANSFER',
        structuredCommunication: '+++100/0000/01145+++',
      });
      // Not An's full IBAN, nor Dubois SRL's, in any answer.
      expect(JSON.stringify([broker, support])).not.toMatch(/BE88330819037641|BE93082153933667|33081903|08215393/);
    });
  });
});
