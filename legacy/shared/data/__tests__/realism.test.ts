import { contractElement } from '../../../life-connect/format';
import { contractDocument } from '../../../v-connect/format';
import { toNonLifeContract } from '../../../../subgraphs/nonlife/backend/mapper';
import type { VConnectContract } from '../../../../subgraphs/nonlife/backend/VConnectClient';
import type { LifeContract, NonLifeContract, Person } from '../records';
import { Universe } from '../universe';

/**
 * What a broker or an underwriter checks first in a portfolio, as invariants over ten thousand
 * generated customers (docs/demo-data.md, "Rules the data follows"). The figures are written out
 * here, not read from the generator, so a rule changed there fails here. Sources of the figures
 * are cited beside the generator's constants (legacy/shared/data/rules.ts, catalogue.ts).
 */

const CUSTOMERS = 10_000;
const SEED = 'customer-graph';
const REFERENCE_DATE = '2026-11-01';

interface Portfolio {
  universe: Universe;
  referenceDate: string;
  life: Array<{ contract: LifeContract; holder: Person }>;
  nonLife: Array<{ contract: NonLifeContract; holder: Person }>;
}

function portfolio(customers: number, referenceDate: string): Portfolio {
  const universe = new Universe({ customers, seed: SEED, referenceDate });
  const life: Portfolio['life'] = [];
  const nonLife: Portfolio['nonLife'] = [];
  for (let index = 0; index < customers; index++) {
    const holder = universe.person(index);
    for (const number of universe.heldContractNumbers(index, 'life'))
      life.push({ contract: universe.lifeContract(number)!, holder });
    for (const number of universe.heldContractNumbers(index, 'nonlife'))
      nonLife.push({ contract: universe.nonLifeContract(number)!, holder });
  }
  return { universe, referenceDate, life, nonLife };
}

/** Whole years from a birth date to a day (both YYYY-MM-DD). */
function ageOn(birthDate: string, day: string): number {
  const years = Number(day.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return day.slice(5) < birthDate.slice(5) ? years - 1 : years;
}

const PAYMENTS_PER_YEAR: Record<string, number> = { '1': 1, '2': 2, '3': 4, '4': 12 };
const yearlyOf = (contract: { premiumCents: number; premiumFrequency: string }): number =>
  contract.premiumCents * PAYMENTS_PER_YEAR[contract.premiumFrequency]!;

/** Failures as readable lines: the test prints the first few contracts that break a rule. */
function violations<T>(items: T[], broken: (item: T) => string | null): string[] {
  return items.flatMap((item) => {
    const message = broken(item);
    return message === null ? [] : [message];
  });
}
const expectNone = (found: string[]): void => expect(found.slice(0, 5)).toEqual([]);

const current = portfolio(CUSTOMERS, REFERENCE_DATE);

describe(`generated data a broker believes (${CUSTOMERS} customers, seed ${SEED}, ${REFERENCE_DATE})`, () => {
  it('has enough of every product to judge', () => {
    const count = (code: string) =>
      [...current.life, ...current.nonLife].filter(({ contract }) => contract.product === code).length;
    for (const code of ['PS21', 'VAPZ', 'VAPZS', 'IPT', 'CAP26', 'DEATH', 'DEBT', 'GI'])
      expect({ code, many: count(code) > 50 }).toEqual({ code, many: true });
    for (const code of ['AUTO', 'MOTO', 'WONING', 'BAGEZIN', 'ONGEVAL', 'RECHTSB', 'FIETS', 'JACHT'])
      expect({ code, many: count(code) > 50 }).toEqual({ code, many: true });
  });

  describe('pension savings and VAPZ', () => {
    // Pension savings, income years 2024 / 2025 / 2026: €1,020 or €1,310, then €1,050 or €1,350
    // (frozen for 2026 to 2029). VAPZ from 2024: €3,965.77, social VAPZ €4,562.82.
    it.each([
      ['2024-06-01', 131_000, 396_577, 456_282],
      ['2025-06-01', 135_000, 396_577, 456_282],
      [REFERENCE_DATE, 135_000, 396_577, 456_282],
    ])('in the income year of %s, stay under the fiscal ceilings', (referenceDate, pension, vapz, socialVapz) => {
      const { life } = referenceDate === REFERENCE_DATE ? current : portfolio(3_000, referenceDate);
      const ceiling: Record<string, number> = { PS21: pension, VAPZ: vapz, VAPZS: socialVapz };
      expectNone(
        violations(life, ({ contract }) => {
          const max = ceiling[contract.product];
          if (max === undefined) return null;
          if (contract.premiumFrequency === '5') return `${contract.contractNumber}: single premium`;
          return yearlyOf(contract) > max ? `${contract.contractNumber}: ${yearlyOf(contract)} > ${max}` : null;
        }),
      );
    });

    it('uses both pension-savings ceilings of 2026, €1,050 and €1,350, and amounts under them', () => {
      const yearly = new Set(
        current.life.filter(({ contract }) => contract.product === 'PS21').map((l) => yearlyOf(l.contract)),
      );
      expect(yearly.has(105_000)).toBe(true);
      expect(yearly.has(135_000)).toBe(true);
      expect([...yearly].some((cents) => cents < 105_000)).toBe(true);
    });

    it('starts pension contracts between 18 and 64, and pension savings for at least 10 years', () => {
      expectNone(
        violations(current.life, ({ contract, holder }) => {
          if (!['PS21', 'LTS21', 'VAPZ', 'VAPZS', 'IPT'].includes(contract.product)) return null;
          const age = ageOn(holder.birthDate, contract.startDate);
          if (age < 18 || age > 64) return `${contract.contractNumber}: started at ${age}`;
          if (contract.product === 'PS21' && ageOn(contract.startDate, contract.expiryDate!) < 10)
            return `${contract.contractNumber}: runs ${contract.startDate} to ${contract.expiryDate}`;
          return null;
        }),
      );
    });

    it('insures the one who takes the tax advantage: the holder, or for an IPT the manager', () => {
      expectNone(
        violations(current.life, ({ contract, holder }) =>
          ['PS21', 'LTS21', 'VAPZ', 'VAPZS', 'IPT'].includes(contract.product) &&
          JSON.stringify(contract.parties.insuredIds) !== JSON.stringify([holder.id])
            ? `${contract.contractNumber}: insures ${contract.parties.insuredIds.join(', ')}`
            : null,
        ),
      );
    });
  });

  it('holds every life contract from 18 at the earliest', () => {
    expectNone(
      violations(current.life, ({ contract, holder }) =>
        ageOn(holder.birthDate, contract.startDate) < 18
          ? `${contract.contractNumber}: started at ${ageOn(holder.birthDate, contract.startDate)}`
          : null,
      ),
    );
  });

  it('has no running life contract past its expiry date, and ends a terminated one on a day between its start and today', () => {
    const today = current.referenceDate;
    expectNone(
      violations(current.life, ({ contract }) => {
        const { contractNumber: n, status, startDate, endDate, expiryDate, nextPremiumDueDate } = contract;
        if (startDate >= today) return `${n}: starts ${startDate}`;
        if (status === '1') {
          if (endDate !== null) return `${n}: running with end date ${endDate}`;
          if (expiryDate !== null && expiryDate <= today) return `${n}: RUNNING, expired ${expiryDate}`;
          return null;
        }
        if (status !== '2') return `${n}: status ${status}`;
        if (endDate === null || endDate > today || endDate < startDate) return `${n}: terminated on ${endDate}`;
        return nextPremiumDueDate === null ? null : `${n}: terminated, a premium due ${nextPremiumDueDate}`;
      }),
    );
    const running = current.life.filter(({ contract }) => contract.status === '1').length;
    expect(running / current.life.length).toBeGreaterThan(0.7);
  });

  it('gives each branch its own policy type (Telebib2 A502) on the Life Connect wire', () => {
    const allowed: Record<string, string[]> = {
      // 110 individual life, 115 universal life, 161 IPT, 221 guaranteed income: branch 21.
      '21': ['110', '115', '161', '221'],
      // 120 unit-linked.
      '23': ['120'],
      // 126: capitalisation (a mock code), never "individual life, branch 21".
      '26': ['126'],
    };
    const partyName = () => ({ type: 'NP' as const, name: 'x' });
    expectNone(
      violations(current.life, ({ contract }) => {
        const wire = contractElement(contract, partyName);
        const branch = wire['lc:Tak'] as string;
        const type = wire['lc:PolTypeCd'] as string;
        return allowed[branch]?.includes(type) ? null : `${contract.contractNumber}: branch ${branch}, type ${type}`;
      }),
    );
  });

  it('builds a reserve only where the product saves: none for death, debt-balance and guaranteed-income cover', () => {
    const risk = new Set(['DEATH', 'DEBT', 'GI']);
    expectNone(
      violations(current.life, ({ contract: c }) => {
        const values = [
          c.reserveCents,
          c.reserveValuationDate,
          c.surrenderValueCents,
          c.guaranteedRateBasisPoints,
          c.profitSharingAcquiredCents,
        ];
        if (risk.has(c.product))
          return values.every((v) => v === null) && c.funds.length === 0 ? null : `${c.contractNumber}: a reserve`;
        return c.reserveCents !== null && c.reserveCents > 0 ? null : `${c.contractNumber}: no reserve`;
      }),
    );
  });

  it('keeps life premiums in the usual range of their product', () => {
    // Euros a year (a single premium for capitalisation).
    const range: Record<string, [number, number]> = {
      LTS21: [300, 2_000],
      SAV21: [300, 6_000],
      UL115: [300, 6_000],
      INV23: [300, 6_000],
      IPT: [1_000, 20_000],
      DEATH: [100, 900],
      DEBT: [150, 1_200],
      GI: [400, 2_500],
      CAP26: [5_000, 100_000],
    };
    expectNone(
      violations(current.life, ({ contract }) => {
        const bounds = range[contract.product];
        if (!bounds) return null;
        const payments = contract.premiumFrequency === '5' ? 1 : PAYMENTS_PER_YEAR[contract.premiumFrequency]!;
        const yearly = contract.premiumCents * payments;
        // Monthly and quarterly premiums are rounded down to the cent: up to a cent a payment less.
        return yearly >= bounds[0] * 100 - payments && yearly <= bounds[1] * 100
          ? null
          : `${contract.contractNumber} (${contract.product}): ${yearly} a year`;
      }),
    );
  });

  it('sends the tax certificate of an IPT to the company that pays and deducts the premiums', () => {
    const ipt = current.life.filter(({ contract }) => contract.product === 'IPT');
    expect(ipt.length).toBeGreaterThan(0);
    for (const { contract, holder } of ipt.slice(0, 200)) {
      expect(contract.parties.policyholderId).toBe(`E${holder.id.slice(1)}`);
      const documents = current.universe
        .documentsOf(holder.index)
        .filter((d) => d.contractNumber === contract.contractNumber);
      const recipients = new Set(documents.filter((d) => d.type === '102').map((d) => d.customerId));
      expect([...recipients]).toEqual([contract.parties.policyholderId]);
      const others = new Set(documents.filter((d) => d.type !== '102').map((d) => d.customerId));
      expect([...others]).toEqual([holder.id]);
    }
  });

  it("addresses every other life document to the contract's holder", () => {
    const holders = [...new Set(current.life.map(({ holder }) => holder.index))];
    const ipt = new Set(
      current.life.filter(({ contract }) => contract.product === 'IPT').map((l) => l.contract.contractNumber),
    );
    expectNone(
      violations(holders, (index) => {
        const wrong = current.universe
          .documentsOf(index)
          .find(
            (d) =>
              d.contractNumber.startsWith('L') &&
              !(ipt.has(d.contractNumber) && d.type === '102') &&
              d.customerId !== current.universe.personId(index),
          );
        return wrong ? `${wrong.id} to ${wrong.customerId}` : null;
      }),
    );
  });

  it('prices non-life contracts per product and payment frequency', () => {
    // Euros a year. Family liability: €60–150 (Bobex); the others the market's usual range.
    const range: Record<string, [number, number]> = {
      AUTO: [300, 1_800],
      AUTO_OUD: [300, 1_800],
      MOTO: [150, 900],
      WONING: [250, 900],
      WONING_TENANT: [100, 350],
      BAGEZIN: [60, 150],
      ONGEVAL: [60, 300],
      RECHTSB: [90, 350],
      FIETS: [50, 300],
      JACHT: [40, 150],
      BOOT: [150, 800],
    };
    // A split premium costs more: half-yearly +2 %, quarterly +3 %, monthly +5 %.
    const surcharge: Record<string, number> = { '1': 0, '2': 0.02, '3': 0.03, '4': 0.05 };
    expectNone(
      violations(current.nonLife, ({ contract }) => {
        const payments = PAYMENTS_PER_YEAR[contract.premiumFrequency];
        if (payments === undefined) return `${contract.contractNumber}: frequency ${contract.premiumFrequency}`;
        const key = contract.building?.occupancy === '02' ? `${contract.product}_TENANT` : contract.product;
        const [min, max] = range[key]!;
        const factor = (1 + surcharge[contract.premiumFrequency]!) / payments;
        const low = Math.floor(min * 100 * factor);
        const high = Math.ceil(max * 100 * factor);
        return contract.premiumCents >= low && contract.premiumCents <= high
          ? null
          : `${contract.contractNumber} (${key}, frequency ${contract.premiumFrequency}): ${contract.premiumCents} not in ${low}–${high}`;
      }),
    );
  });

  it('enters drivers on the bonus-malus scale at 11 for private use and motorcycles, 14 for professional use', () => {
    const entry: Record<string, number> = { PRIV: 11, MOTO: 11, PROF: 14 };
    const today = current.referenceDate;
    expectNone(
      violations(current.nonLife, ({ contract, holder }) => {
        const n = contract.contractNumber;
        if (!contract.vehicle) return contract.bonusMalus === null ? null : `${n}: a degree without a vehicle`;
        const degree = contract.bonusMalus;
        if (degree === null || degree < 0 || degree > 22) return `${n}: degree ${degree}`;
        const start = entry[contract.vehicle.use]!;
        // At most one claim-free year a year since the licence at 18; the generator draws at most one at-fault claim (+5).
        const drivingYears = Math.max(0, Number(today.slice(0, 4)) - Number(holder.birthDate.slice(0, 4)) - 18);
        return degree >= Math.max(0, start - drivingYears) && degree <= start + 5
          ? null
          : `${n} (${contract.vehicle.use}, ${drivingYears} years driving): degree ${degree}`;
      }),
    );
    const degrees = (use: string) =>
      new Set(
        current.nonLife
          .filter(({ contract }) => contract.vehicle?.use === use)
          .map(({ contract }) => contract.bonusMalus),
      );
    expect(degrees('PRIV').has(11)).toBe(true);
    expect(degrees('PROF').has(14)).toBe(true);
  });

  it("insures an owner's building, and a tenant's contents and liability towards the owner", () => {
    const homes = current.nonLife.filter(({ contract }) => contract.product === 'WONING');
    expect(new Set(homes.map(({ contract }) => contract.building?.occupancy))).toEqual(new Set(['01', '02']));
    expectNone(
      violations(homes, ({ contract }) => {
        const wire = contractDocument(contract) as unknown as VConnectContract;
        const mapped = toNonLifeContract(wire);
        const object = mapped.shown ? mapped.insuredObject : null;
        const part = object?.type === 'building' ? `${object.occupancy} ${object.insuredPart}` : 'no building';
        return ['OWNER BUILDING', 'TENANT CONTENTS'].includes(part) ? null : `${contract.contractNumber}: ${part}`;
      }),
    );
  });

  it('gives no motor contract an occupants cover (531): compulsory liability already pays the passengers', () => {
    expectNone(
      violations(current.nonLife, ({ contract }) =>
        contract.guarantees.some((g) => g.code === '531') ? `${contract.contractNumber}: occupants cover` : null,
      ),
    );
  });
});
