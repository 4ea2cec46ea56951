import {
  backendClient,
  behaviour,
  silent,
  started,
  testUniverse,
  type Running,
} from '../../../legacy/__tests__/support';
import { LIFE_PRODUCTS, type LifeProductCode } from '../../../legacy/shared/data/catalogue';
import { createLifeConnect } from '../../../legacy/life-connect/server';
import type { LegacyService } from '../../../legacy/shared/service';
import { LifeConnectClient } from '../backend/LifeConnectClient';
import { toLifeContract } from '../backend/mapper';
import type { LifeContract } from '../model';

/**
 * Every product of the catalogue, as a real Life Connect serialises it (SOAP XML over HTTP), read
 * by the client and mapped: what the portal groups it as, its branch, fiscal regime and policy
 * type, and whether it is shown.
 */
const EXPECTED: Record<
  LifeProductCode,
  Pick<LifeContract, 'kind' | 'branch' | 'fiscalRegime' | 'policyType'> & { shown: boolean }
> = {
  PS21: {
    kind: 'PENSION',
    branch: 'BRANCH_21',
    fiscalRegime: 'PENSION_SAVINGS',
    policyType: 'INDIVIDUAL_LIFE',
    shown: true,
  },
  LTS21: {
    kind: 'SAVINGS',
    branch: 'BRANCH_21',
    fiscalRegime: 'LONG_TERM_SAVINGS',
    policyType: 'INDIVIDUAL_LIFE',
    shown: true,
  },
  SAV21: { kind: 'SAVINGS', branch: 'BRANCH_21', fiscalRegime: 'NONE', policyType: 'INDIVIDUAL_LIFE', shown: true },
  UL115: { kind: 'SAVINGS', branch: 'BRANCH_21', fiscalRegime: 'NONE', policyType: 'UNIVERSAL_LIFE', shown: true },
  INV23: { kind: 'INVESTMENT', branch: 'BRANCH_23', fiscalRegime: 'NONE', policyType: 'UNIT_LINKED', shown: true },
  VAPZ: { kind: 'PENSION', branch: 'BRANCH_21', fiscalRegime: 'VAPZ', policyType: 'INDIVIDUAL_LIFE', shown: true },
  VAPZS: {
    kind: 'PENSION',
    branch: 'BRANCH_21',
    fiscalRegime: 'SOCIAL_VAPZ',
    policyType: 'INDIVIDUAL_LIFE',
    shown: true,
  },
  IPT: {
    kind: 'PENSION',
    branch: 'BRANCH_21',
    fiscalRegime: 'IPT',
    policyType: 'INDIVIDUAL_PENSION_COMMITMENT',
    shown: true,
  },
  CAP26: { kind: 'SAVINGS', branch: 'BRANCH_26', fiscalRegime: 'NONE', policyType: 'CAPITALISATION', shown: true },
  DEATH: {
    kind: 'DEATH_COVER',
    branch: 'BRANCH_21',
    fiscalRegime: 'NONE',
    policyType: 'INDIVIDUAL_LIFE',
    shown: false,
  },
  DEBT: { kind: 'DEATH_COVER', branch: 'BRANCH_21', fiscalRegime: 'NONE', policyType: 'INDIVIDUAL_LIFE', shown: false },
  GI: {
    kind: 'GUARANTEED_INCOME',
    branch: 'BRANCH_21',
    fiscalRegime: 'NONE',
    policyType: 'GUARANTEED_INCOME',
    shown: false,
  },
};

describe('every Life Connect product through the XML and the mapping', () => {
  const universe = testUniverse(2_000);
  let service: Running<LegacyService>;
  let client: LifeConnectClient;
  const sample = new Map<LifeProductCode, string>();

  beforeAll(async () => {
    service = await started(createLifeConnect({ universe, behaviour: behaviour(), log: silent }));
    client = new LifeConnectClient(backendClient('life-connect', service.url));
    for (let index = 0; index < universe.customerCount && sample.size < Object.keys(LIFE_PRODUCTS).length; index++) {
      const numbers = universe.heldContractNumbers(index, 'life');
      universe
        .plans(index)
        .filter((plan) => plan.kind === 'life')
        .forEach((plan, i) => {
          if (!sample.has(plan.product)) sample.set(plan.product, numbers[i] as string);
        });
    }
  });
  afterAll(async () => {
    await service.stop();
  });

  it('finds a contract of every product in the data set', () => {
    expect([...sample.keys()].sort()).toEqual(Object.keys(LIFE_PRODUCTS).sort());
  });

  it.each(Object.entries(EXPECTED))('maps %s', async (product, expected) => {
    const number = sample.get(product as LifeProductCode) as string;
    const source = universe.lifeContract(number)!;
    const policy = (await client.contractDetails([number], 'req-catalogue')).get(number);
    expect(policy).toBeTruthy();
    const contract = toLifeContract(policy!);

    expect({
      kind: contract.kind,
      branch: contract.branch,
      fiscalRegime: contract.fiscalRegime,
      policyType: contract.policyType,
      shown: contract.notShownReason === null,
    }).toEqual(expected);
    expect(contract.reserve?.amount ?? null).toBe(
      source.reserveCents === null ? null : (source.reserveCents / 100).toFixed(2),
    );
    expect(contract.startDate).toBe(source.startDate);
    expect(contract.policyholderId).toBe(source.parties.policyholderId);
    expect(contract.policyholder.kind).toBe(
      LIFE_PRODUCTS[product as LifeProductCode].companyHolder ? 'COMPANY' : 'PERSON',
    );
    expect(contract.insuredIds).toEqual(source.parties.insuredIds);
    expect(contract.intermediaryId).toBe(source.parties.intermediaryId);
    expect(contract.guarantees.map((g) => g.isMain)).toEqual(
      source.guarantees.map((g) => g.main).sort((a, b) => Number(b) - Number(a)),
    );
    if (expected.branch === 'BRANCH_21' && expected.shown) {
      expect(contract.guaranteedRate).toBe((source.guaranteedRateBasisPoints! / 100).toFixed(2));
      expect(contract.profitSharing?.acquired.amount).toBe((source.profitSharingAcquiredCents! / 100).toFixed(2));
    }
    if (expected.branch === 'BRANCH_23') {
      expect(contract.funds.length).toBe(source.funds.length);
      expect(contract.funds.length).toBeGreaterThan(0);
      expect(contract.funds.reduce((sum, fund) => sum + Math.round(Number(fund.share) * 100), 0)).toBe(10_000);
    } else {
      expect(contract.funds).toEqual([]);
    }
    if (expected.branch === 'BRANCH_26') {
      expect(contract.insured).toEqual([]);
      expect(contract.beneficiaries).toEqual([]);
    }
  });
});
