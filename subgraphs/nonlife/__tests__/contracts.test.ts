import type { Universe } from '../../../legacy/shared/data/universe';
import { startSystem, type RunningSystem } from '../../../test-support/system';
import { CONTRACT_FIELDS, codesOf, expectedShown, operation, type ContractJson } from './support';

/**
 * Non-life contracts through the gateway, from V-Connect's JSON over real HTTP, checked against
 * the legacy data they come from (the mock's own records, before V-Connect's format).
 */
const MY_CONTRACTS = `query MyNonLifeContracts { me { id nonLifeContracts { ${CONTRACT_FIELDS} } } }`;
const ONE_CONTRACT = `query NonLifeContractDetails($id: ID!) { nonLifeContract(id: $id) { ${CONTRACT_FIELDS} } }`;

const USE = { PRIV: 'PRIVATE_AND_COMMUTING', PROF: 'PROFESSIONAL', MOTO: 'MOTORCYCLE' } as const;
const DEDUCTIBLE = { classic: 'CLASSIC', 'young-driver': 'YOUNG_DRIVER', english: 'ENGLISH' } as const;
const FREQUENCY = { '1': 'YEARLY', '2': 'HALF_YEARLY', '3': 'QUARTERLY', '4': 'MONTHLY', '5': 'SINGLE' } as const;
const cents = (value: number): string => (value / 100).toFixed(2);
const TODAY = Date.parse('2026-11-03T12:00:00Z');

/** The language-neutral part of a contract as the graph should give it, from the legacy record. */
function expectedContract(universe: Universe, number: string): Record<string, unknown> {
  const record = universe.nonLifeContract(number);
  if (!record) throw new Error(`no contract ${number}`);
  const object = record.vehicle
    ? {
        __typename: 'InsuredVehicle',
        licensePlate: record.vehicle.plate,
        vin: record.vehicle.vin,
        make: record.vehicle.make,
        model: record.vehicle.model,
        firstRegistrationDate: record.vehicle.firstRegistration,
        use: USE[record.vehicle.use],
      }
    : record.building
      ? {
          __typename: 'InsuredBuilding',
          address: record.building.address,
          occupancy: record.building.occupancy === '01' ? 'OWNER' : 'TENANT',
          buildingType: record.building.kind === 'HUIS' ? 'HOUSE' : 'FLAT',
          // An owner insures the building; a tenant their contents and liability towards the owner.
          insuredPart: record.building.occupancy === '01' ? 'BUILDING' : 'CONTENTS',
        }
      : { __typename: 'InsuredHousehold', numberOfPersons: record.familyMembers };
  return {
    id: number,
    contractNumber: number,
    startDate: record.startDate,
    endDate: record.endDate,
    renewalDate: record.renewalDate,
    premium: { amount: cents(record.premiumCents), currency: 'EUR' },
    premiumFrequency: FREQUENCY[record.premiumFrequency as keyof typeof FREQUENCY],
    insuredObject: object,
    guarantees: record.guarantees.map((g) =>
      expect.objectContaining({
        code: g.code,
        insuredAmount: g.insuredAmountCents === null ? null : { amount: cents(g.insuredAmountCents), currency: 'EUR' },
        deductible: g.deductible
          ? {
              kind: DEDUCTIBLE[g.deductible.kind],
              amount:
                g.deductible.amountCents === null ? null : { amount: cents(g.deductible.amountCents), currency: 'EUR' },
              percentage: g.deductible.percent === null ? null : String(g.deductible.percent),
            }
          : null,
      }),
    ),
    bonusMalusDegree: record.bonusMalus,
  };
}

describe('non-life contracts through the gateway', () => {
  let system: RunningSystem;
  beforeAll(async () => {
    // The day the graph answers on decides non-life premium due dates: a clock that runs from 3 November 2026.
    const started = Date.now();
    system = await startSystem({ clock: () => TODAY + (Date.now() - started) });
  });
  afterAll(async () => {
    await system.stop();
  });

  async function myContracts(customerId: string, language = 'nl'): Promise<ContractJson[]> {
    const token = await system.token('customer', customerId);
    const { status, body } = await system.query(MY_CONTRACTS, { token, headers: { 'accept-language': language } });
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    return (body.data?.['me'] as { nonLifeContracts: ContractJson[] }).nonLifeContracts;
  }

  it.each([
    [
      'P00000001',
      'An Peeters: motor, fire as owner, family liability, legal assistance',
      ['FAMILY_LIABILITY', 'FIRE', 'LEGAL_ASSISTANCE', 'MOTOR'],
    ],
    ['P00000002', 'Luc Peeters: motorcycle and private-life accident', ['MOTORCYCLE', 'PRIVATE_LIFE_ACCIDENT']],
    ['P00000004', 'Marc Dubois: fire as tenant and family liability', ['FAMILY_LIABILITY', 'FIRE']],
    [
      'P00000012',
      'Hugo Lambert: motor, motorcycle, fire, legal assistance',
      ['FIRE', 'LEGAL_ASSISTANCE', 'MOTOR', 'MOTORCYCLE'],
    ],
  ])('%s (%s): every detail of every contract shown, from the legacy record', async (customerId, _who, kinds) => {
    const contracts = await myContracts(customerId);
    expect(contracts.map((c) => c.contractNumber)).toEqual(expectedShown(system.universe, customerId));
    expect(contracts.map((c) => c.product.kind).sort()).toEqual(kinds);
    for (const contract of contracts)
      expect(contract).toMatchObject(expectedContract(system.universe, contract.contractNumber));
  });

  it('maps each product to its branch and insured object, and gives motor its bonus-malus degree only', async () => {
    const contracts = [...(await myContracts('P00000001')), ...(await myContracts('P00000002'))];
    const byKind = Object.fromEntries(contracts.map((c) => [c.product.kind, c]));
    expect(
      Object.fromEntries(
        Object.entries(byKind).map(([kind, c]) => [kind, [c.product.branch, c.insuredObject.__typename]]),
      ),
    ).toEqual({
      MOTOR: ['MOTOR_LIABILITY', 'InsuredVehicle'],
      MOTORCYCLE: ['MOTOR_LIABILITY', 'InsuredVehicle'],
      FIRE: ['FIRE', 'InsuredBuilding'],
      FAMILY_LIABILITY: ['GENERAL_LIABILITY', 'InsuredHousehold'],
      PRIVATE_LIFE_ACCIDENT: ['ACCIDENT', 'InsuredHousehold'],
      LEGAL_ASSISTANCE: ['LEGAL_PROTECTION', 'InsuredHousehold'],
    });
    for (const contract of contracts) {
      const motor = contract.insuredObject.__typename === 'InsuredVehicle';
      if (motor) expect(contract.bonusMalusDegree).toEqual(expect.any(Number));
      else expect(contract.bonusMalusDegree).toBeNull();
    }
    expect(byKind['MOTORCYCLE']?.insuredObject['use']).toBe('MOTORCYCLE');
    expect(byKind['FIRE']?.insuredObject['occupancy']).toBe('OWNER');
    expect((await myContracts('P00000004')).find((c) => c.product.kind === 'FIRE')?.insuredObject['occupancy']).toBe(
      'TENANT',
    );
  });

  it('localises product and guarantee labels, covers and exclusions by Accept-Language (nl by default)', async () => {
    const [nl, fr, en, unsupported] = await Promise.all([
      myContracts('P00000001', 'nl-BE'),
      myContracts('P00000001', 'fr-BE,fr;q=0.9'),
      myContracts('P00000001', 'en'),
      myContracts('P00000001', 'de-DE'),
    ]);
    const motor = (list: ContractJson[]): ContractJson => list.find((c) => c.product.kind === 'MOTOR') as ContractJson;
    expect([motor(nl).product.label, motor(fr).product.label, motor(en).product.label]).toEqual([
      'Autoverzekering',
      'Assurance auto',
      'Car insurance',
    ]);
    const liability = (list: ContractJson[]) => motor(list).guarantees.find((g) => g.code === '510');
    expect(liability(nl)).toMatchObject({ kind: 'MOTOR_LIABILITY', label: 'BA motorrijtuigen' });
    expect(liability(fr)).toMatchObject({ kind: 'MOTOR_LIABILITY', label: 'RC automobile' });
    expect(liability(en)?.notCovered).toContain('Damage to your own vehicle.');
    expect(liability(fr)?.notCovered).toContain('Les dommages à votre propre véhicule.');
    expect(unsupported).toEqual(nl);
    for (const contract of nl) {
      for (const guarantee of contract.guarantees) {
        expect(guarantee.covered.length).toBeGreaterThan(0);
        expect(guarantee.notCovered.length).toBeGreaterThan(0);
      }
    }
    // Only the labels differ: the data (amounts, dates, codes) is the same in every language.
    const neutral = (list: ContractJson[]) =>
      list.map((c) => ({
        ...c,
        product: { ...c.product, label: '' },
        guarantees: c.guarantees.map((g) => ({ ...g, label: '', covered: [], notCovered: [] })),
      }));
    expect(neutral(fr)).toEqual(neutral(nl));
  });

  it('opens one contract by id for its page; a contract not shown in the portal is FORBIDDEN like an unknown one', async () => {
    const token = await system.token('customer', 'P00000001');
    const [motor] = expectedShown(system.universe, 'P00000001');
    const one = await system.query(ONE_CONTRACT, { token, variables: { id: motor } });
    expect(one.body.errors).toBeUndefined();
    expect(one.body.data?.['nonLifeContract']).toMatchObject(expectedContract(system.universe, motor as string));

    const hunting = system.universe
      .heldContractNumbers(0, 'nonlife')
      .find((n) => system.universe.nonLifeContract(n)?.product === 'JACHT') as string;
    for (const id of [hunting, 'V999999990', 'not a contract number']) {
      const { body } = await system.query(ONE_CONTRACT, { token, variables: { id } });
      expect(codesOf(body.errors)).toEqual(['FORBIDDEN']);
      expect(body.data?.['nonLifeContract'] ?? null).toBeNull();
      expect(body.errors?.[0]?.message).toBe('You do not have access to this.');
    }
  });

  it("runs the portal's registered contract-page operation", async () => {
    const token = await system.token('customer', 'P00000004');
    const [fire] = expectedShown(system.universe, 'P00000004');
    const { body } = await system.query(operation('NonLifeContractDetails'), {
      token,
      variables: { id: fire },
      headers: { 'accept-language': 'fr' },
    });
    expect(body.errors).toBeUndefined();
    expect(body.data?.['nonLifeContract']).toMatchObject({
      ...expectedContract(system.universe, fire as string),
      product: { kind: 'FIRE', label: 'Assurance habitation', branch: 'FIRE' },
    });
  });

  describe('how premiums are paid', () => {
    const PAYMENT = 'payment { method frequency nextDueDate debitedAccount structuredCommunication }';
    const ONE_PAYMENT = `query Payment($id: ID!) { nonLifeContract(id: $id) { renewalDate premiumFrequency ${PAYMENT} } }`;

    async function paymentOf(role: 'customer' | 'broker', id: string, contract: string) {
      const token = await system.token(role, id);
      const { body } = await system.query(ONE_PAYMENT, { token, variables: { id: contract } });
      expect(body.errors).toBeUndefined();
      const read = body.data?.['nonLifeContract'] as {
        renewalDate: string;
        premiumFrequency: string;
        payment: unknown;
      };
      // The payment repeats the premium's frequency, so one component shows it all.
      expect(read.payment).toMatchObject({ frequency: read.premiumFrequency });
      return read;
    }

    it("shows An Peeters' car insurance debited from her account, masked but for its last four digits", async () => {
      const motor = await paymentOf('customer', 'P00000001', 'V000000013');
      // Renewing on 1 December: paid yearly or half-yearly, the next payment is that day.
      expect(motor.renewalDate).toBe('2026-12-01');
      expect(motor.payment).toMatchObject({
        method: 'DIRECT_DEBIT',
        nextDueDate: '2026-12-01',
        debitedAccount: 'BE** **** **** 7641',
        structuredCommunication: null,
      });
    });

    it('shows her home insurance paid by transfer, with its structured communication, to her and to its broker', async () => {
      const expected = {
        method: 'TRANSFER',
        nextDueDate: '2027-02-01',
        debitedAccount: null,
        structuredCommunication: '+++200/0000/01482+++',
      };
      const home = await paymentOf('customer', 'P00000001', 'V000000014');
      expect(home.renewalDate).toBe('2027-02-01');
      expect(home.payment).toMatchObject(expected);
      // The second office manages this one.
      expect((await paymentOf('broker', 'B00002', 'V000000014')).payment).toMatchObject(expected);
    });

    it('shows the contact centre what she sees, and nobody her full IBAN', async () => {
      const token = await system.token('support', 'S0001');
      const { body } = await system.query(
        `query Payments($id: ID!) { customer(id: $id) { nonLifeContracts { contractNumber ${PAYMENT} } } }`,
        { token, variables: { id: 'P00000001' } },
      );
      expect(body.errors).toBeUndefined();
      const contracts = (body.data?.['customer'] as { nonLifeContracts: Array<Record<string, unknown>> })
        .nonLifeContracts;
      expect(contracts.find((c) => c['contractNumber'] === 'V000000013')?.['payment']).toMatchObject({
        debitedAccount: 'BE** **** **** 7641',
      });
      expect(contracts.find((c) => c['contractNumber'] === 'V000000014')?.['payment']).toMatchObject({
        structuredCommunication: '+++200/0000/01482+++',
      });
      expect(JSON.stringify(body)).not.toMatch(/BE88330819037641|33081903/);
    });
  });
});
