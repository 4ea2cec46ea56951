import { isoDate, productKind, toContractList, toLifeContract } from '../backend/mapper';
import type { LifeConnectPolicy } from '../backend/LifeConnectClient';

/** How An Peeters pays: by direct debit (D) from her account. */
const DEBIT = { BetWijzeCd: 'D', RekNr: 'BE68539007547034', GestMed: '' };

/** A policy as LifeConnectClient hands it over (parsed and validated XML): An Peeters' pension savings. */
function policy(overrides: Partial<LifeConnectPolicy> = {}): LifeConnectPolicy {
  return {
    PolNr: 'L000000010',
    ProdCd: 'PS21',
    ProdNm: 'Pensioensparen Tak 21',
    PolTypeCd: '110',
    Tak: '21',
    FiscRegCd: '6',
    StatCd: '1',
    IngDat: '01042020',
    EindDat: '',
    VervDat: '01032043',
    Partijen: {
      Partij: [
        { RolCd: '003', PartijId: 'P00000001', PartijType: 'NP', Naam: 'An Peeters' },
        { RolCd: '013', PartijId: 'P00000001', PartijType: 'NP', Naam: 'An Peeters' },
        { RolCd: '002', PartijId: 'B00001', PartijType: 'RP', Naam: 'Verzekeringskantoor Peeters & Partners' },
      ],
    },
    Premie: { BedragCt: '10917', FreqCd: '4', VolgVervDat: '15122026', ...DEBIT },
    Reserve: { BedragCt: '4748750', WaardeDat: '31122025' },
    AfkoopWaardeCt: '4511313',
    GewRentBp: '225',
    Winstdeelname: { VerworvenCt: '81234', DitJaarCt: '12000', PctBp: '35' },
    Fondsen: '',
    Begunstigden: {
      Begunstigde: [
        { Gebeurtenis: 'OVERLIJDEN', ClausuleCd: '5', Rang: '2', AandeelBp: '10000', PartijId: '', Naam: '' },
        {
          Gebeurtenis: 'OVERLIJDEN',
          ClausuleCd: '4',
          Rang: '1',
          AandeelBp: '10000',
          PartijId: 'P00000002',
          Naam: 'Luc Peeters',
        },
        { Gebeurtenis: 'LEVEN', ClausuleCd: '2', Rang: '1', AandeelBp: '10000', PartijId: '', Naam: '' },
      ],
    },
    Waarborgen: {
      Waarborg: [
        { WaarborgCd: '120', Hoofd: 'N', VerzBedragCt: '15000000' },
        { WaarborgCd: '110', Hoofd: 'J', VerzBedragCt: '4748750' },
      ],
    },
    ...overrides,
  };
}

const guarantee = (code: string, main: boolean) => ({
  WaarborgCd: code,
  Hoofd: main ? ('J' as const) : ('N' as const),
  VerzBedragCt: '100000',
});

describe('Life Connect mapping', () => {
  it('maps a branch 21 pension contract field by field: codes to enums, DDMMYYYY to ISO dates, cents to decimal strings, basis points to percentages', () => {
    expect(toLifeContract(policy())).toEqual({
      id: 'L000000010',
      contractNumber: 'L000000010',
      productCode: 'PS21',
      productName: 'Pensioensparen Tak 21',
      kind: 'PENSION',
      branch: 'BRANCH_21',
      policyType: 'INDIVIDUAL_LIFE',
      fiscalRegime: 'PENSION_SAVINGS',
      status: 'RUNNING',
      startDate: '2020-04-01',
      endDate: null,
      expiryDate: '2043-03-01',
      policyholderId: 'P00000001',
      insuredIds: ['P00000001'],
      intermediaryId: 'B00001',
      policyholder: { id: 'P00000001', kind: 'PERSON', name: 'An Peeters' },
      insured: [{ id: 'P00000001', kind: 'PERSON', name: 'An Peeters' }],
      premium: { amount: { amount: '109.17', currency: 'EUR' }, frequency: 'MONTHLY', nextDueDate: '2026-12-15' },
      // Only the last four digits of the account leave the mapper.
      payment: { method: 'DIRECT_DEBIT', debitedAccount: 'BE** **** **** 7034', structuredCommunication: null },
      reserve: { amount: '47487.50', currency: 'EUR' },
      reserveValuationDate: '2025-12-31',
      surrenderValue: { amount: '45113.13', currency: 'EUR' },
      guaranteedRate: '2.25',
      profitSharing: {
        acquired: { amount: '812.34', currency: 'EUR' },
        thisYear: { amount: '120.00', currency: 'EUR' },
        rate: '0.35',
      },
      funds: [],
      // Survival first, then death by rank.
      beneficiaries: [
        { event: 'SURVIVAL', clause: 'THE_POLICYHOLDER', rank: 1, share: '100.00', name: null },
        { event: 'DEATH', clause: 'SPOUSE_OR_COHABITANT', rank: 1, share: '100.00', name: 'Luc Peeters' },
        { event: 'DEATH', clause: 'CHILDREN', rank: 2, share: '100.00', name: null },
      ],
      // The main guarantee first.
      guarantees: [
        { kind: 'MIXED_LIFE', isMain: true, insuredAmount: { amount: '47487.50', currency: 'EUR' } },
        { kind: 'TEMPORARY_DEATH_COVER', isMain: false, insuredAmount: { amount: '150000.00', currency: 'EUR' } },
      ],
      notShownReason: null,
    });
  });

  it.each([
    ['', 'NONE'],
    ['4', 'LONG_TERM_SAVINGS'],
    ['6', 'PENSION_SAVINGS'],
    ['15', 'VAPZ'],
    ['19', 'SOCIAL_VAPZ'],
    ['16', 'IPT'],
    ['17', 'IPT'],
    ['21', 'POZ'],
  ])('maps fiscal regime code %j (Telebib2 list 1400) to %s', (code, regime) => {
    expect(toLifeContract(policy({ FiscRegCd: code })).fiscalRegime).toBe(regime);
  });

  it.each([
    ['21', 'BRANCH_21'],
    ['23', 'BRANCH_23'],
    ['26', 'BRANCH_26'],
  ])('maps branch %s to %s', (tak, branch) => {
    expect(toLifeContract(policy({ Tak: tak, FiscRegCd: '' })).branch).toBe(branch);
  });

  it.each([
    ['110', 'INDIVIDUAL_LIFE'],
    ['115', 'UNIVERSAL_LIFE'],
    ['120', 'UNIT_LINKED'],
    ['161', 'INDIVIDUAL_PENSION_COMMITMENT'],
    ['166', 'INDIVIDUAL_PENSION_COMMITMENT'],
    ['221', 'GUARANTEED_INCOME'],
  ])('maps policy type %s (A502) to %s', (code, type) => {
    expect(toLifeContract(policy({ PolTypeCd: code })).policyType).toBe(type);
  });

  it.each([
    ['1', 'RUNNING'],
    ['2', 'TERMINATED'],
    ['3', 'CANCELLED'],
    ['4', 'SUSPENDED'],
  ])('maps status %s (A003) to %s', (code, status) => {
    expect(toLifeContract(policy({ StatCd: code })).status).toBe(status);
  });

  it.each([
    ['1', 'YEARLY'],
    ['2', 'HALF_YEARLY'],
    ['3', 'QUARTERLY'],
    ['4', 'MONTHLY'],
    ['5', 'SINGLE'],
  ])('maps premium frequency %s (A325) to %s', (code, frequency) => {
    expect(
      toLifeContract(policy({ Premie: { BedragCt: '100', FreqCd: code, VolgVervDat: '', ...DEBIT } })).premium
        .frequency,
    ).toBe(frequency);
  });

  it.each([
    ['1', 'THE_INSURED'],
    ['2', 'THE_POLICYHOLDER'],
    ['4', 'SPOUSE_OR_COHABITANT'],
    ['5', 'CHILDREN'],
    ['7', 'POLICYHOLDER_OR_LEGAL_HEIRS'],
    ['C', 'LEGAL_HEIRS'],
  ])('maps beneficiary clause %s (list 1910) to %s', (code, clause) => {
    const mapped = toLifeContract(
      policy({
        Begunstigden: {
          Begunstigde: [
            { Gebeurtenis: 'LEVEN', ClausuleCd: code, Rang: '1', AandeelBp: '5000', PartijId: '', Naam: '' },
          ],
        },
      }),
    );
    expect(mapped.beneficiaries).toEqual([{ event: 'SURVIVAL', clause, rank: 1, share: '50.00', name: null }]);
  });

  it.each([
    ['110', 'MIXED_LIFE'],
    ['120', 'TEMPORARY_DEATH_COVER'],
    ['121', 'DEBT_BALANCE_COVER'],
    ['280', 'GUARANTEED_INCOME'],
  ])('maps guarantee %s (A574) to %s', (code, kind) => {
    expect(
      toLifeContract(policy({ Waarborgen: { Waarborg: [guarantee('110', true), guarantee(code, false)] } }))
        .guarantees[1]?.kind,
    ).toBe(kind);
  });

  describe('product kind', () => {
    it.each([
      ['pension savings (regime 6)', { FiscRegCd: '6' }, 'PENSION'],
      ['VAPZ (regime 15)', { FiscRegCd: '15' }, 'PENSION'],
      [
        'social VAPZ with death cover and guaranteed income as supplementary guarantees',
        {
          FiscRegCd: '19',
          Waarborgen: { Waarborg: [guarantee('110', true), guarantee('120', false), guarantee('280', false)] },
        },
        'PENSION',
      ],
      ['IPT (regime 16, policy type 161)', { FiscRegCd: '16', PolTypeCd: '161' }, 'PENSION'],
      ['POZ (regime 21)', { FiscRegCd: '21' }, 'PENSION'],
      ['long-term savings (regime 4)', { FiscRegCd: '4' }, 'SAVINGS'],
      ['branch 21 savings without a regime', { FiscRegCd: '' }, 'SAVINGS'],
      ['universal life (policy type 115)', { FiscRegCd: '', PolTypeCd: '115' }, 'SAVINGS'],
      ['capitalisation (branch 26, no guarantee)', { FiscRegCd: '', Tak: '26', Waarborgen: '' as const }, 'SAVINGS'],
      ['unit-linked (branch 23)', { FiscRegCd: '', Tak: '23', PolTypeCd: '120' }, 'INVESTMENT'],
      [
        'standalone temporary death cover (main guarantee 120)',
        { FiscRegCd: '', Waarborgen: { Waarborg: [guarantee('120', true)] } },
        'DEATH_COVER',
      ],
      [
        'debt-balance cover (main guarantee 121)',
        { FiscRegCd: '', Waarborgen: { Waarborg: [guarantee('121', true)] } },
        'DEATH_COVER',
      ],
      [
        'standalone guaranteed income (main guarantee 280, policy type 221)',
        { FiscRegCd: '', PolTypeCd: '221', Waarborgen: { Waarborg: [guarantee('280', true)] } },
        'GUARANTEED_INCOME',
      ],
    ])('classifies %s', (_name, overrides, kind) => {
      expect(toLifeContract(policy(overrides)).kind).toBe(kind);
    });

    it('puts a standalone cover before its fiscal regime and a pension regime before branch 23', () => {
      expect(productKind('BRANCH_21', 'INDIVIDUAL_LIFE', 'PENSION_SAVINGS', 'TEMPORARY_DEATH_COVER')).toBe(
        'DEATH_COVER',
      );
      expect(productKind('BRANCH_21', 'GUARANTEED_INCOME', 'NONE', undefined)).toBe('GUARANTEED_INCOME');
      expect(productKind('BRANCH_23', 'UNIT_LINKED', 'PENSION_SAVINGS', 'MIXED_LIFE')).toBe('PENSION');
    });

    it('marks only standalone death cover and guaranteed income as not shown yet', () => {
      expect(toLifeContract(policy({ Waarborgen: { Waarborg: [guarantee('121', true)] } })).notShownReason).toBe(
        'NOT_YET_SUPPORTED',
      );
      expect(
        toLifeContract(policy({ PolTypeCd: '221', Waarborgen: { Waarborg: [guarantee('280', true)] } })).notShownReason,
      ).toBe('NOT_YET_SUPPORTED');
      // A pension contract carrying death cover and guaranteed income as supplementary guarantees is shown.
      expect(
        toLifeContract(
          policy({
            Waarborgen: { Waarborg: [guarantee('110', true), guarantee('120', false), guarantee('280', false)] },
          }),
        ).notShownReason,
      ).toBeNull();
    });
  });

  it('maps an IPT held by a company: the company is the policyholder, the manager the insured', () => {
    const ipt = toLifeContract(
      policy({
        FiscRegCd: '16',
        PolTypeCd: '161',
        Partijen: {
          Partij: [
            { RolCd: '003', PartijId: 'E00000003', PartijType: 'RP', Naam: 'Dubois SRL' },
            { RolCd: '013', PartijId: 'P00000003', PartijType: 'NP', Naam: 'Sophie Dubois' },
            { RolCd: '002', PartijId: 'B00001', PartijType: 'RP', Naam: 'Verzekeringskantoor Peeters & Partners' },
          ],
        },
      }),
    );
    expect(ipt).toMatchObject({
      policyholderId: 'E00000003',
      insuredIds: ['P00000003'],
      policyholder: { id: 'E00000003', kind: 'COMPANY', name: 'Dubois SRL' },
      insured: [{ id: 'P00000003', kind: 'PERSON', name: 'Sophie Dubois' }],
      fiscalRegime: 'IPT',
      policyType: 'INDIVIDUAL_PENSION_COMMITMENT',
      kind: 'PENSION',
    });
  });

  it('maps capitalisation (branch 26): nobody insured, no beneficiaries, no guarantees, no branch 21 figures', () => {
    const capitalisation = toLifeContract(
      policy({
        Tak: '26',
        FiscRegCd: '',
        Partijen: {
          Partij: [
            { RolCd: '003', PartijId: 'P00000003', PartijType: 'NP', Naam: 'Sophie Dubois' },
            { RolCd: '002', PartijId: 'B00001', PartijType: 'RP', Naam: 'X' },
          ],
        },
        GewRentBp: '',
        Winstdeelname: { VerworvenCt: '', DitJaarCt: '', PctBp: '' },
        Begunstigden: '',
        Waarborgen: '',
        Premie: { BedragCt: '2500000', FreqCd: '5', VolgVervDat: '', ...DEBIT },
      }),
    );
    expect(capitalisation).toMatchObject({
      branch: 'BRANCH_26',
      kind: 'SAVINGS',
      insured: [],
      insuredIds: [],
      beneficiaries: [],
      guarantees: [],
      guaranteedRate: null,
      profitSharing: null,
    });
    expect(capitalisation.premium).toEqual({
      amount: { amount: '25000.00', currency: 'EUR' },
      frequency: 'SINGLE',
      nextDueDate: null,
    });
  });

  it('maps branch 23 funds exactly: value = units × unit price to the cent, unit prices in euros, shares adding up to 100, largest first', () => {
    const investment = toLifeContract(
      policy({
        Tak: '23',
        FiscRegCd: '',
        PolTypeCd: '120',
        GewRentBp: '',
        Winstdeelname: { VerworvenCt: '', DitJaarCt: '', PctBp: '' },
        Fondsen: {
          Fonds: [
            // 10.000000 × 12345.6789 ct = 123456.789 ct → €1234.57
            {
              FondsCd: 'VIV-BD-EURO',
              FondsNm: 'Euro Bond Fund',
              Eenheden: '10.000000',
              EenheidsPrijsCt: '12345.6789',
              KoersDat: '31122025',
            },
            // 33.333333 × 30000.0000 ct = 999999.99 ct → €10000.00
            {
              FondsCd: 'VIV-EQ-WORLD',
              FondsNm: 'World Equity Fund',
              Eenheden: '33.333333',
              EenheidsPrijsCt: '30000.0000',
              KoersDat: '31122025',
            },
          ],
        },
      }),
    );
    expect(investment.kind).toBe('INVESTMENT');
    expect(investment.guaranteedRate).toBeNull();
    expect(investment.profitSharing).toBeNull();
    expect(investment.funds).toEqual([
      {
        code: 'VIV-EQ-WORLD',
        name: 'World Equity Fund',
        units: '33.333333',
        unitPrice: { amount: '300.000000', currency: 'EUR', date: '2025-12-31' },
        value: { amount: '10000.00', currency: 'EUR' },
        share: '89.01',
      },
      {
        code: 'VIV-BD-EURO',
        name: 'Euro Bond Fund',
        units: '10.000000',
        unitPrice: { amount: '123.456789', currency: 'EUR', date: '2025-12-31' },
        value: { amount: '1234.57', currency: 'EUR' },
        share: '10.99',
      },
    ]);
  });

  it('maps a premium paid by transfer (O) to its structured communication as banks print it, with no account', () => {
    const transfer = toLifeContract(
      policy({
        Premie: {
          BedragCt: '10917',
          FreqCd: '1',
          VolgVervDat: '',
          BetWijzeCd: 'O',
          RekNr: '',
          GestMed: '090933755493',
        },
      }),
    );
    expect(transfer.payment).toEqual({
      method: 'TRANSFER',
      debitedAccount: null,
      structuredCommunication: '+++090/9337/55493+++',
    });
  });

  it('keeps the account out of what it says when it refuses a payment', () => {
    const bad = policy({
      Premie: { BedragCt: '1', FreqCd: '1', VolgVervDat: '', ...DEBIT, RekNr: 'BE69539007547034' },
    });
    const message = (() => {
      try {
        toLifeContract(bad);
        return 'no error';
      } catch (error) {
        return (error as Error).message;
      }
    })();
    expect(message).toBe('a direct debit without a valid account');
  });

  it('maps end dates, empty amounts and an empty next due date to null', () => {
    const ended = toLifeContract(
      policy({
        StatCd: '2',
        EindDat: '15062025',
        VervDat: '',
        AfkoopWaardeCt: '',
        Reserve: { BedragCt: '', WaardeDat: '' },
        Premie: { BedragCt: '5000', FreqCd: '1', VolgVervDat: '', ...DEBIT },
      }),
    );
    expect(ended).toMatchObject({
      status: 'TERMINATED',
      endDate: '2025-06-15',
      expiryDate: null,
      surrenderValue: null,
      reserve: null,
      reserveValuationDate: null,
      premium: { nextDueDate: null },
    });
  });

  describe('refuses what it cannot map faithfully instead of guessing', () => {
    it.each([
      ['an unknown status', { StatCd: '9' }, /status/],
      ['an unknown branch', { Tak: '22' }, /branch/],
      ['an unknown fiscal regime', { FiscRegCd: '99' }, /fiscal regime/],
      ['an unknown policy type', { PolTypeCd: '999' }, /policy type/],
      [
        'an unknown premium frequency',
        { Premie: { BedragCt: '1', FreqCd: '7', VolgVervDat: '', ...DEBIT } },
        /frequency/,
      ],
      ['an unknown guarantee', { Waarborgen: { Waarborg: [guarantee('999', true)] } }, /guarantee/],
      [
        'an unknown beneficiary clause',
        {
          Begunstigden: {
            Begunstigde: [
              { Gebeurtenis: 'LEVEN' as const, ClausuleCd: 'Z', Rang: '1', AandeelBp: '10000', PartijId: '', Naam: '' },
            ],
          },
        },
        /clause/,
      ],
      [
        'a beneficiary rank of 0',
        {
          Begunstigden: {
            Begunstigde: [
              { Gebeurtenis: 'LEVEN' as const, ClausuleCd: '1', Rang: '0', AandeelBp: '10000', PartijId: '', Naam: '' },
            ],
          },
        },
        /rank/,
      ],
      ['a date that does not exist', { IngDat: '31022025' }, /date/],
      [
        'half a profit-sharing record',
        { Winstdeelname: { VerworvenCt: '100', DitJaarCt: '', PctBp: '' } },
        /profit sharing/,
      ],
      [
        'a policy without an intermediary',
        { Partijen: { Partij: [{ RolCd: '003', PartijId: 'P1', PartijType: 'NP' as const, Naam: 'X' }] } },
        /intermediary/,
      ],
      ['a code that is an object property name', { StatCd: 'constructor' }, /status/],
      [
        'an unknown payment method',
        { Premie: { BedragCt: '1', FreqCd: '1', VolgVervDat: '', ...DEBIT, BetWijzeCd: 'X' } },
        /payment method/,
      ],
      [
        'a direct debit without an account',
        { Premie: { BedragCt: '1', FreqCd: '1', VolgVervDat: '', ...DEBIT, RekNr: '' } },
        /direct debit/,
      ],
      [
        'a direct debit from an IBAN with a wrong check',
        { Premie: { BedragCt: '1', FreqCd: '1', VolgVervDat: '', ...DEBIT, RekNr: 'BE69539007547034' } },
        /direct debit/,
      ],
      [
        'a transfer without a structured communication',
        { Premie: { BedragCt: '1', FreqCd: '1', VolgVervDat: '', BetWijzeCd: 'O', RekNr: '', GestMed: '' } },
        /structured communication/,
      ],
      [
        'a transfer with a wrong check digit',
        {
          Premie: { BedragCt: '1', FreqCd: '1', VolgVervDat: '', BetWijzeCd: 'O', RekNr: '', GestMed: '090933755494' },
        },
        /structured communication/,
      ],
    ])('%s', (_name, overrides, message) => {
      expect(() => toLifeContract(policy(overrides))).toThrow(message);
    });
  });

  it('reads DDMMYYYY dates, leap days included', () => {
    expect(isoDate('29022024')).toBe('2024-02-29');
    expect(() => isoDate('29022025')).toThrow();
    expect(() => isoDate('2025-01-01')).toThrow();
  });

  it("keeps a customer's roles per contract from the list", () => {
    expect(
      toContractList({
        PartijId: 'P00000002',
        Gevonden: 'J',
        Contract: [
          { PolNr: 'L000000010', RolCd: ['014'] },
          { PolNr: 'L000000012', RolCd: ['013'] },
        ],
      }),
    ).toEqual([
      { contractNumber: 'L000000010', roles: ['BENEFICIARY'] },
      { contractNumber: 'L000000012', roles: ['INSURED'] },
    ]);
  });
});
