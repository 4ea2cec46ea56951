import { toLifeContract } from '../backend/mapper';
import type { LifeConnectPolicy } from '../backend/LifeConnectClient';

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
    VervDat: '01042043',
    Partijen: { Partij: [{ RolCd: '003', PartijId: 'P1' }, { RolCd: '013', PartijId: 'P1' }, { RolCd: '002', PartijId: 'B1' }] },
    Premie: { BedragCt: '10917', FreqCd: '4', VolgVervDat: '' },
    Reserve: { BedragCt: '4748750', WaardeDat: '31122025' },
    AfkoopWaardeCt: '4511313',
    GewRentBp: '225',
    Waarborgen: { Waarborg: [{ WaarborgCd: '110', Hoofd: 'J', VerzBedragCt: '100' }] },
    ...overrides,
  };
}

describe('Life Connect mapping', () => {
  it('maps codes, parties and cents into the model', () => {
    expect(toLifeContract(policy())).toEqual({
      id: 'L000000010',
      contractNumber: 'L000000010',
      productCode: 'PS21',
      productName: 'Pensioensparen Tak 21',
      kind: 'PENSION',
      status: 'RUNNING',
      policyholderId: 'P1',
      insuredIds: ['P1'],
      intermediaryId: 'B1',
      reserve: { amount: '47487.50', currency: 'EUR' },
      notShownReason: null,
    });
  });

  it.each([
    ['branch 23 without fiscal regime', { Tak: '23', FiscRegCd: '' }, 'INVESTMENT'],
    ['branch 21 without fiscal regime', { FiscRegCd: '' }, 'SAVINGS'],
    ['long-term savings (regime 4)', { FiscRegCd: '4' }, 'SAVINGS'],
    ['VAPZ (regime 15)', { FiscRegCd: '15' }, 'PENSION'],
    ['IPT (regime 16)', { FiscRegCd: '16', PolTypeCd: '161' }, 'PENSION'],
    ['standalone death cover (main guarantee 120)', { FiscRegCd: '', Waarborgen: { Waarborg: [{ WaarborgCd: '120', Hoofd: 'J' as const, VerzBedragCt: '1' }] } }, 'DEATH_COVER'],
    ['guaranteed income (policy type 221)', { FiscRegCd: '', PolTypeCd: '221', Waarborgen: { Waarborg: [{ WaarborgCd: '280', Hoofd: 'J' as const, VerzBedragCt: '1' }] } }, 'GUARANTEED_INCOME'],
  ])('classifies %s', (_name, overrides, kind) => {
    expect(toLifeContract(policy(overrides)).kind).toBe(kind);
  });

  it('marks standalone death cover and guaranteed income as not shown yet', () => {
    const death = toLifeContract(policy({ Waarborgen: { Waarborg: [{ WaarborgCd: '121', Hoofd: 'J', VerzBedragCt: '1' }] } }));
    expect(death.notShownReason).toBe('NOT_YET_SUPPORTED');
    expect(toLifeContract(policy()).notShownReason).toBeNull();
  });

  it('refuses an unknown status code instead of guessing', () => {
    expect(() => toLifeContract(policy({ StatCd: '9' }))).toThrow(/status/);
  });
});
