import { NON_LIFE_PRODUCTS } from '../../../legacy/shared/data/catalogue';
import { GUARANTEE_KIND, nextPremiumDueDate, toContractList, toNonLifeContract } from '../backend/mapper';
import type { VConnectContract } from '../backend/VConnectClient';
import type { HiddenNonLifeContract, NonLifeContract } from '../model';

type Risico = VConnectContract['risico'];

const VEHICLE: Risico = {
  objecttype: '001',
  voertuig: {
    nummerplaat: '1-ABC-123',
    chassisnummer: 'WVWZZZ1KZ8W123456',
    merk: 'Volkswagen',
    model: 'Golf',
    eersteInschrijving: '20190315',
    gebruik: 'PRIV',
  },
  gebouw: null,
  gezin: null,
};

/** How P1 pays: by direct debit (DOMI) from their account. */
const DEBIT = { betaalwijze: 'DOMI', rekeningnummer: 'BE68539007547034', mededeling: null };

function contract(overrides: Partial<VConnectContract> = {}): VConnectContract {
  return {
    polisnummer: 'V000000013',
    productcode: 'AUTO',
    productnaam: 'Autoverzekering',
    tak: '51',
    systeem: 'VC',
    status: '1',
    ingangsdatum: '20200401',
    einddatum: null,
    hoofdvervaldag: '20270401',
    partijen: [
      { rol: '003', partijId: 'P1' },
      { rol: '013', partijId: 'P1' },
      { rol: '004', partijId: 'P2' },
      { rol: '002', partijId: 'B1' },
    ],
    premie: { bedragCent: 10_917, frequentie: '4', ...DEBIT },
    risico: VEHICLE,
    waarborgen: [
      {
        code: '510',
        verzekerdBedragCent: null,
        vrijstelling: { soort: 'JONGE_BESTUURDER', bedragCent: 62_000, percentage: null },
      },
      {
        code: '540',
        verzekerdBedragCent: 2_500_000,
        vrijstelling: { soort: 'KLASSIEK', bedragCent: null, percentage: 3 },
      },
    ],
    bonusMalus: 11,
    ...overrides,
  };
}

function shown(record: ReturnType<typeof toNonLifeContract>): NonLifeContract {
  if (!record.shown) throw new Error(`expected a shown contract, got ${record.reason}`);
  return record;
}

function hidden(record: ReturnType<typeof toNonLifeContract>): HiddenNonLifeContract {
  if (record.shown) throw new Error('expected a hidden contract');
  return record;
}

describe('V-Connect mapping', () => {
  it('maps a motor contract: codes, YYYYMMDD dates, cents, parties, vehicle, guarantees and deductibles', () => {
    expect(toNonLifeContract(contract())).toEqual({
      shown: true,
      id: 'V000000013',
      contractNumber: 'V000000013',
      kind: 'MOTOR',
      branch: 'MOTOR_LIABILITY',
      status: 'RUNNING',
      startDate: '2020-04-01',
      endDate: null,
      renewalDate: '2027-04-01',
      premium: { amount: '109.17', currency: 'EUR' },
      premiumFrequency: 'MONTHLY',
      annualPremium: { amount: '1310.04', currency: 'EUR' },
      // Only the last four digits of the account leave the mapper.
      payment: { method: 'DIRECT_DEBIT', debitedAccount: 'BE** **** **** 7034', structuredCommunication: null },
      insuredObject: {
        type: 'vehicle',
        licensePlate: '1-ABC-123',
        vin: 'WVWZZZ1KZ8W123456',
        make: 'Volkswagen',
        model: 'Golf',
        firstRegistrationDate: '2019-03-15',
        use: 'PRIVATE_AND_COMMUTING',
      },
      guarantees: [
        {
          code: '510',
          kind: 'MOTOR_LIABILITY',
          insuredAmount: null,
          deductible: { kind: 'YOUNG_DRIVER', amount: { amount: '620.00', currency: 'EUR' }, percentage: null },
        },
        {
          code: '540',
          kind: 'FULL_OMNIUM',
          insuredAmount: { amount: '25000.00', currency: 'EUR' },
          deductible: { kind: 'CLASSIC', amount: null, percentage: '3' },
        },
      ],
      bonusMalusDegree: 11,
      policyholderId: 'P1',
      insuredIds: ['P1'],
      intermediaryId: 'B1',
    });
  });

  it('never counts a named driver (004) as insured', () => {
    expect(shown(toNonLifeContract(contract())).insuredIds).not.toContain('P2');
  });

  it.each([
    ['AUTO', '51', 'MOTOR', 'MOTOR_LIABILITY'],
    ['MOTO', '51', 'MOTORCYCLE', 'MOTOR_LIABILITY'],
    ['WONING', '11', 'FIRE', 'FIRE'],
    ['BAGEZIN', '41', 'FAMILY_LIABILITY', 'GENERAL_LIABILITY'],
    ['ONGEVAL', '12', 'PRIVATE_LIFE_ACCIDENT', 'ACCIDENT'],
    ['RECHTSB', '96', 'LEGAL_ASSISTANCE', 'LEGAL_PROTECTION'],
  ])('shows product %s (branch %s) as %s in branch %s', (productcode, tak, kind, branch) => {
    const household: Risico = { objecttype: '040', voertuig: null, gebouw: null, gezin: { aantalPersonen: 3 } };
    const risico =
      NON_LIFE_PRODUCTS[productcode as keyof typeof NON_LIFE_PRODUCTS].objectType === '001' ? VEHICLE : household;
    const record = shown(
      toNonLifeContract(contract({ productcode, tak, risico, bonusMalus: risico === VEHICLE ? 14 : null })),
    );
    expect(record).toMatchObject({ kind, branch });
  });

  it('maps every branch code V-Connect uses', () => {
    const branches = Object.fromEntries(
      ['11', '12', '13', '14', '41', '51', '54', '96'].map((tak) => [
        tak,
        shown(toNonLifeContract(contract({ tak }))).branch,
      ]),
    );
    expect(branches).toEqual({
      '11': 'FIRE',
      '12': 'ACCIDENT',
      '13': 'BICYCLE',
      '14': 'PLEASURE_CRAFT',
      '41': 'GENERAL_LIABILITY',
      '51': 'MOTOR_LIABILITY',
      '54': 'MOTOR_OWN_DAMAGE',
      '96': 'LEGAL_PROTECTION',
    });
  });

  it.each([
    ['JACHT', 'BA Jacht', 'VC', 'NICHE_PRODUCT'],
    ['BOOT', 'Pleziervaartuigen', 'VC', 'NICHE_PRODUCT'],
    ['FIETS', 'Fietsverzekering', 'VC', 'NOT_YET_SUPPORTED'],
    ['AUTO_OUD', 'Autoverzekering (oud contract)', 'LEG', 'LEGACY_SYSTEM'],
    ['AUTO', 'Autoverzekering', 'LEG', 'LEGACY_SYSTEM'],
    ['CARAVAN', 'Caravanverzekering', 'VC', 'NOT_YET_SUPPORTED'],
  ] as const)('does not show product %s (%s, system %s): %s', (productcode, productnaam, systeem, reason) => {
    expect(toNonLifeContract(contract({ productcode, productnaam, systeem }))).toEqual({
      shown: false,
      contractNumber: 'V000000013',
      productCode: productcode,
      productName: productnaam,
      reason,
      renewalDate: '2027-04-01',
      policyholderId: 'P1',
      insuredIds: ['P1'],
      intermediaryId: 'B1',
    });
  });

  it("reads only a hidden contract's summary, so its details cannot make it unreadable", () => {
    const odd = contract({
      productcode: 'JACHT',
      tak: '99',
      status: '9',
      premie: { bedragCent: 100, frequentie: 'X', betaalwijze: '?', rekeningnummer: null, mededeling: null },
      risico: { objecttype: '999', voertuig: null, gebouw: null, gezin: null },
    });
    expect(hidden(toNonLifeContract(odd)).reason).toBe('NICHE_PRODUCT');
  });

  it.each([
    [
      'a motorcycle (MOTO)',
      { ...VEHICLE, voertuig: { ...VEHICLE.voertuig!, gebruik: 'MOTO' } },
      { type: 'vehicle', use: 'MOTORCYCLE' },
    ],
    [
      'a professional vehicle (PROF)',
      { ...VEHICLE, voertuig: { ...VEHICLE.voertuig!, gebruik: 'PROF' } },
      { type: 'vehicle', use: 'PROFESSIONAL' },
    ],
    [
      "an owner's house (010, 01, HUIS)",
      {
        objecttype: '010',
        voertuig: null,
        gebouw: {
          adres: { straat: 'Kerkstraat', huisnummer: '12', bus: null, postcode: '9000', gemeente: 'Gent', land: 'BE' },
          hoedanigheid: '01',
          soort: 'HUIS',
        },
        gezin: null,
      },
      {
        type: 'building',
        occupancy: 'OWNER',
        buildingType: 'HOUSE',
        insuredPart: 'BUILDING',
        address: {
          street: 'Kerkstraat',
          houseNumber: '12',
          box: null,
          postalCode: '9000',
          municipality: 'Gent',
          country: 'BE',
        },
      },
    ],
    [
      "a tenant's flat contents (011, 02, APP)",
      {
        objecttype: '011',
        voertuig: null,
        gebouw: {
          adres: {
            straat: 'Rue Haute',
            huisnummer: '3',
            bus: '2',
            postcode: '1000',
            gemeente: 'Bruxelles',
            land: 'BE',
          },
          hoedanigheid: '02',
          soort: 'APP',
        },
        gezin: null,
      },
      {
        type: 'building',
        occupancy: 'TENANT',
        buildingType: 'FLAT',
        insuredPart: 'CONTENTS',
        address: { box: '2', municipality: 'Bruxelles' },
      },
    ],
    [
      'a household (040)',
      { objecttype: '040', voertuig: null, gebouw: null, gezin: { aantalPersonen: 4 } },
      { type: 'household', numberOfPersons: 4 },
    ],
  ] as Array<[string, Risico, Record<string, unknown>]>)('maps the insured object: %s', (_name, risico, expected) => {
    const record = shown(toNonLifeContract(contract({ risico, bonusMalus: risico.objecttype === '001' ? 14 : null })));
    expect(record.insuredObject).toMatchObject(expected);
  });

  it('maps every Telebib2 A574 guarantee code the catalogue knows, and an unknown one to OTHER', () => {
    const codes = [...Object.keys(GUARANTEE_KIND), '999'];
    const record = shown(
      toNonLifeContract(
        contract({ waarborgen: codes.map((code) => ({ code, verzekerdBedragCent: 100_000, vrijstelling: null })) }),
      ),
    );
    expect(record.guarantees.map((g) => [g.code, g.kind])).toEqual([
      ...Object.entries(GUARANTEE_KIND),
      ['999', 'OTHER'],
    ]);
    // Every guarantee the legacy catalogue can put on a shown product is known.
    const used = Object.values(NON_LIFE_PRODUCTS)
      .filter((p) => ['AUTO', 'MOTO', 'WONING', 'BAGEZIN', 'ONGEVAL', 'RECHTSB'].includes(p.code))
      .flatMap((p) => [...p.baseGuarantees, ...p.optionalGuarantees]);
    expect(used.filter((code) => !(code in GUARANTEE_KIND))).toEqual([]);
  });

  it.each([
    [
      'a classic amount',
      { soort: 'KLASSIEK', bedragCent: 29_000, percentage: null },
      { kind: 'CLASSIC', amount: { amount: '290.00', currency: 'EUR' }, percentage: null },
    ],
    [
      'a classic percentage',
      { soort: 'KLASSIEK', bedragCent: null, percentage: 2.5 },
      { kind: 'CLASSIC', amount: null, percentage: '2.5' },
    ],
    [
      'a young-driver deductible',
      { soort: 'JONGE_BESTUURDER', bedragCent: 62_000, percentage: null },
      { kind: 'YOUNG_DRIVER', amount: { amount: '620.00', currency: 'EUR' }, percentage: null },
    ],
    [
      'an English deductible',
      { soort: 'ENGELS', bedragCent: 50_000, percentage: null },
      { kind: 'ENGLISH', amount: { amount: '500.00', currency: 'EUR' }, percentage: null },
    ],
  ])('maps %s', (_name, vrijstelling, expected) => {
    const record = shown(
      toNonLifeContract(contract({ waarborgen: [{ code: '540', verzekerdBedragCent: null, vrijstelling }] })),
    );
    expect(record.guarantees[0]?.deductible).toEqual(expected);
  });

  it.each([
    ['1', 'YEARLY', '109.17'],
    ['2', 'HALF_YEARLY', '218.34'],
    ['3', 'QUARTERLY', '436.68'],
    ['4', 'MONTHLY', '1310.04'],
    ['5', 'SINGLE', null],
  ])('maps premium frequency %s to %s with the yearly total', (frequentie, frequency, annual) => {
    const record = shown(toNonLifeContract(contract({ premie: { bedragCent: 10_917, frequentie, ...DEBIT } })));
    expect(record.premiumFrequency).toBe(frequency);
    expect(record.annualPremium?.amount ?? null).toBe(annual);
  });

  it('maps a premium paid by transfer (OVER) to its structured communication as banks print it, with no account', () => {
    const record = shown(
      toNonLifeContract(
        contract({
          premie: {
            bedragCent: 10_917,
            frequentie: '1',
            betaalwijze: 'OVER',
            rekeningnummer: null,
            mededeling: '090/9337/55493',
          },
        }),
      ),
    );
    expect(record.payment).toEqual({
      method: 'TRANSFER',
      debitedAccount: null,
      structuredCommunication: '+++090/9337/55493+++',
    });
  });

  describe('the next premium due date, from the renewal date and the frequency', () => {
    const running = { status: 'RUNNING', endDate: null } as const;
    it.each([
      // Yearly: the renewal date itself, while it is to come; the one a year on once it has passed.
      ['YEARLY', '2027-04-01', '2026-11-03', '2027-04-01'],
      ['YEARLY', '2026-11-01', '2026-11-03', '2027-11-01'],
      ['YEARLY', '2026-11-03', '2026-11-03', '2026-11-03'],
      // Split premiums fall every 6, 3 or 1 months from the renewal date, before it too.
      ['HALF_YEARLY', '2027-04-01', '2026-11-03', '2027-04-01'],
      ['HALF_YEARLY', '2027-02-01', '2026-11-03', '2027-02-01'],
      ['HALF_YEARLY', '2027-09-15', '2026-11-03', '2027-03-15'],
      ['QUARTERLY', '2027-04-01', '2026-11-03', '2027-01-01'],
      ['QUARTERLY', '2027-03-01', '2026-11-03', '2026-12-01'],
      ['QUARTERLY', '2027-02-03', '2026-11-03', '2026-11-03'],
      ['MONTHLY', '2027-04-01', '2026-11-03', '2026-12-01'],
      ['MONTHLY', '2027-04-05', '2026-11-03', '2026-11-05'],
      // A renewal date already past (V-Connect rolls it forward only at renewal).
      ['QUARTERLY', '2026-10-15', '2026-11-03', '2027-01-15'],
      // Across the year end.
      ['MONTHLY', '2027-06-01', '2026-12-15', '2027-01-01'],
      // A renewal on the 31st: the last day of a shorter month, and the 31st again after it.
      ['MONTHLY', '2027-01-31', '2027-02-01', '2027-02-28'],
      ['MONTHLY', '2027-01-31', '2027-03-01', '2027-03-31'],
      ['QUARTERLY', '2027-08-31', '2026-11-03', '2026-11-30'],
      ['HALF_YEARLY', '2027-08-31', '2028-01-10', '2028-02-29'],
    ] as const)('%s renewing on %s, asked on %s: %s', (premiumFrequency, renewalDate, today, expected) => {
      expect(nextPremiumDueDate({ ...running, premiumFrequency, renewalDate }, today)).toBe(expected);
    });

    it('has none for a single premium, an ended contract, or a payment on or after the end date', () => {
      const quarterly = { premiumFrequency: 'QUARTERLY', renewalDate: '2027-04-01' } as const;
      expect(
        nextPremiumDueDate({ ...running, premiumFrequency: 'SINGLE', renewalDate: '2027-04-01' }, '2026-11-03'),
      ).toBe(null);
      expect(nextPremiumDueDate({ ...quarterly, status: 'TERMINATED', endDate: '2026-10-01' }, '2026-11-03')).toBe(
        null,
      );
      expect(nextPremiumDueDate({ ...quarterly, status: 'CANCELLED', endDate: null }, '2026-11-03')).toBe(null);
      expect(nextPremiumDueDate({ ...quarterly, status: 'RUNNING', endDate: '2027-01-01' }, '2026-11-03')).toBe(null);
      expect(nextPremiumDueDate({ ...quarterly, status: 'RUNNING', endDate: '2027-01-02' }, '2026-11-03')).toBe(
        '2027-01-01',
      );
      // A suspended contract's premium is still due.
      expect(nextPremiumDueDate({ ...quarterly, status: 'SUSPENDED', endDate: null }, '2026-11-03')).toBe('2027-01-01');
    });
  });

  it.each([
    ['1', 'RUNNING'],
    ['2', 'TERMINATED'],
    ['3', 'CANCELLED'],
    ['4', 'SUSPENDED'],
  ])('maps status %s to %s', (status, expected) => {
    expect(shown(toNonLifeContract(contract({ status, einddatum: '20261231' }))).status).toBe(expected);
  });

  it.each([
    ['an unknown status', { status: '7' }],
    ['an unknown branch', { tak: '77' }],
    ['an unknown premium frequency', { premie: { bedragCent: 1, frequentie: '9', ...DEBIT } }],
    ['an unknown payment method', { premie: { bedragCent: 1, frequentie: '1', ...DEBIT, betaalwijze: 'CASH' } }],
    [
      'a direct debit without an account',
      { premie: { bedragCent: 1, frequentie: '1', ...DEBIT, rekeningnummer: null } },
    ],
    [
      'a direct debit from an IBAN with a wrong check',
      { premie: { bedragCent: 1, frequentie: '1', ...DEBIT, rekeningnummer: 'BE69539007547034' } },
    ],
    [
      'a transfer without a structured communication',
      { premie: { bedragCent: 1, frequentie: '1', betaalwijze: 'OVER', rekeningnummer: null, mededeling: null } },
    ],
    [
      'a transfer with a wrong check digit',
      {
        premie: {
          bedragCent: 1,
          frequentie: '1',
          betaalwijze: 'OVER',
          rekeningnummer: null,
          mededeling: '090/9337/55494',
        },
      },
    ],
    ['a date that does not exist', { ingangsdatum: '20250230' }],
    ['an unknown vehicle use', { risico: { ...VEHICLE, voertuig: { ...VEHICLE.voertuig!, gebruik: 'TAXI' } } }],
    ['a vehicle contract without its vehicle', { risico: { ...VEHICLE, voertuig: null } }],
    ['an unknown object type', { risico: { objecttype: '050', voertuig: null, gebouw: null, gezin: null } }],
    [
      'an unknown occupancy',
      {
        risico: {
          objecttype: '010',
          voertuig: null,
          gebouw: {
            adres: { straat: 's', huisnummer: '1', bus: null, postcode: '1000', gemeente: 'g', land: 'BE' },
            hoedanigheid: '03',
            soort: 'HUIS',
          },
          gezin: null,
        },
        bonusMalus: null,
      },
    ],
    [
      'a bonus-malus degree on a household contract',
      { risico: { objecttype: '040', voertuig: null, gebouw: null, gezin: { aantalPersonen: 2 } }, bonusMalus: 14 },
    ],
    [
      'a deductible that is both an amount and a percentage',
      {
        waarborgen: [
          {
            code: '540',
            verzekerdBedragCent: null,
            vrijstelling: { soort: 'KLASSIEK', bedragCent: 100, percentage: 2 },
          },
        ],
      },
    ],
    [
      'a deductible that is neither',
      {
        waarborgen: [
          {
            code: '540',
            verzekerdBedragCent: null,
            vrijstelling: { soort: 'KLASSIEK', bedragCent: null, percentage: null },
          },
        ],
      },
    ],
    [
      'an unknown deductible kind',
      {
        waarborgen: [
          {
            code: '540',
            verzekerdBedragCent: null,
            vrijstelling: { soort: 'RAAR', bedragCent: 100, percentage: null },
          },
        ],
      },
    ],
    ['no policyholder', { partijen: [{ rol: '002', partijId: 'B1' }] }],
    [
      'two intermediaries',
      {
        partijen: [
          { rol: '003', partijId: 'P1' },
          { rol: '002', partijId: 'B1' },
          { rol: '002', partijId: 'B2' },
        ],
      },
    ],
    ['a status code named like an inherited property', { status: 'constructor' }],
  ] as Array<[string, Partial<VConnectContract>]>)(
    'refuses to guess: %s makes the contract unreadable',
    (_name, overrides) => {
      expect(() => toNonLifeContract(contract(overrides))).toThrow();
    },
  );

  it('keeps the roles of each entry of a contract list, leaving out codes that give no right to it', () => {
    expect(
      toContractList({
        klantId: 'P2',
        contracten: [
          { polisnummer: 'V1', rollen: ['003', '013'] },
          { polisnummer: 'V2', rollen: ['004', '099'] },
        ],
      }),
    ).toEqual([
      { contractNumber: 'V1', roles: ['POLICYHOLDER', 'INSURED'] },
      { contractNumber: 'V2', roles: ['DRIVER'] },
    ]);
  });
});
