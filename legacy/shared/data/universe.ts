import { belgianIban, companyNumber, nationalRegisterNumber } from '../../../platform/belgium';
import {
  DOCUMENT_TYPES,
  LIFE_PRODUCTS,
  NON_LIFE_PRODUCTS,
  type DocumentTypeCode,
  type LifeProduct,
  type LifeProductCode,
  type NonLifeProduct,
  type NonLifeProductCode,
} from './catalogue';
import { DEMO_PROFILES, type ContractPlan, type DemoProfile } from './demo';
import * as names from './names';
import { premiumPayment } from './payment';
import { Rng, hash } from './random';
import type {
  Address,
  ArchivedDocument,
  Broker,
  Company,
  ContractParties,
  Language,
  LifeBeneficiary,
  LifeContract,
  NonLifeContract,
  Person,
  Vehicle,
} from './records';
import {
  BONUS_MALUS,
  CAPITALISATION_TERM_YEARS,
  PAYMENTS_PER_YEAR,
  PENSION_END_AGE,
  PENSION_MIN_YEARS,
  PENSION_SAVINGS_BASIC_CEILING,
  PENSION_SAVINGS_INCREASED_CEILING,
  PENSION_START_AGE,
  SOCIAL_VAPZ_CEILING,
  VAPZ_CEILING,
  ceilingFor,
  premiumPerPayment,
} from './rules';

/** Telebib2 X043 roles a person can have on a contract: policyholder, insured, beneficiary, driver. */
export type PartyRole = '003' | '013' | '014' | '004';

export interface ContractRoles {
  contractNumber: string;
  roles: PartyRole[];
  /** The broker office that manages the contract. */
  intermediaryId: string;
}

export interface UniverseOptions {
  customers: number;
  seed: string;
  /** Dates (valuations, due dates, tax years) are relative to this day, YYYY-MM-DD. */
  referenceDate: string;
}

const pad = (value: number, width: number): string => String(value).padStart(width, '0');
const isoDate = (date: Date): string => date.toISOString().slice(0, 10);
const addDays = (date: string, days: number): string =>
  isoDate(new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000));
const addYears = (date: string, years: number): string => `${Number(date.slice(0, 4)) + years}${date.slice(4)}`;
const daysBetween = (from: string, to: string): number =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

/** Pension contracts and guaranteed income: started by 64, ending at 65 (PENSION_START_AGE, PENSION_END_AGE). */
const PENSION_PRODUCTS: ReadonlySet<LifeProductCode> = new Set(['PS21', 'LTS21', 'VAPZ', 'VAPZS', 'IPT', 'GI']);

const LIFE_WEIGHTS: Array<[LifeProductCode, number]> = [
  ['PS21', 30],
  ['LTS21', 14],
  ['SAV21', 10],
  ['INV23', 15],
  ['UL115', 5],
  ['VAPZ', 5],
  ['VAPZS', 4],
  ['IPT', 4],
  ['CAP26', 2],
  ['DEATH', 5],
  ['DEBT', 3],
  ['GI', 3],
];
const NON_LIFE_WEIGHTS: Array<[NonLifeProductCode, number]> = [
  ['AUTO', 30],
  ['WONING', 25],
  ['BAGEZIN', 20],
  ['RECHTSB', 8],
  ['ONGEVAL', 7],
  ['MOTO', 5],
  ['AUTO_OUD', 2],
  ['FIETS', 2],
  ['JACHT', 1],
];
const PORTFOLIO_SIZES = [60, 120, 200, 300, 520];
/** B00001 is the large demo office (500+ customers), B00002 the small one. */
const DEMO_BLOCK_SIZES = [650, 40];

/** Birth dates run over these days; the multiplier (prime, coprime with the count) scatters them. */
const FIRST_BIRTH_DATE = '1950-01-01';
const BIRTH_DAYS = 20_089;
const BIRTH_MULTIPLIER = 7_919;
const BIRTH_INVERSE = modularInverse(BIRTH_MULTIPLIER, BIRTH_DAYS);

/**
 * Register counters run 001-998; generated persons use slot s for counters 2s+1 (men) and 2s+2
 * (women). The last slot (997, 998) is kept for demo persons with a fixed birth date, so their
 * numbers never equal a generated person's, which caps the data set below that slot.
 */
const DEMO_COUNTER_SLOT = 498;
export const MAX_CUSTOMERS = 10_000_000;
if (MAX_CUSTOMERS > DEMO_COUNTER_SLOT * BIRTH_DAYS)
  throw new Error('MAX_CUSTOMERS would reach the demo register counters');

function modularInverse(value: number, modulus: number): number {
  let [oldR, r] = [value, modulus];
  let [oldS, s] = [1, 0];
  while (r !== 0) {
    const q = Math.floor(oldR / r);
    [oldR, r] = [r, oldR - q * r];
    [oldS, s] = [s, oldS - q * s];
  }
  if (oldR !== 1) throw new Error('multiplier and day count must be coprime');
  return ((oldS % modulus) + modulus) % modulus;
}

function weighted<T>(rng: Rng, table: Array<[T, number]>): T {
  const total = table.reduce((sum, [, weight]) => sum + weight, 0);
  let roll = rng.next() * total;
  for (const [item, weight] of table) {
    roll -= weight;
    if (roll < 0) return item;
  }
  return table[table.length - 1]![0];
}

/**
 * Generated customers at index i with i % SECOND_BROKER_MODULUS === SECOND_BROKER_REMAINDER hold
 * one non-life contract through the next office. The two demo offices get none of them, so
 * B00002 stays small; An Peeters (a demo plan) is their customer in common.
 */
const SECOND_BROKER_MODULUS = 13;
const SECOND_BROKER_REMAINDER = 5;
const FIRST_BROKER_WITH_DRAWN_SECOND_BROKERS = DEMO_BLOCK_SIZES.length;

/**
 * The whole legacy world, derived on demand from the seed: persons, companies, brokers,
 * contracts and archived documents. Only the broker portfolio boundaries are precomputed
 * (one number per broker office), so a million customers cost what ten thousand do.
 */
export class Universe {
  readonly customerCount: number;
  private readonly seed: string;
  private readonly referenceDate: string;
  /** Index of the first customer of each broker's block; one entry more than there are brokers. */
  private readonly blockStarts: number[];

  constructor(options: UniverseOptions) {
    if (!Number.isInteger(options.customers) || options.customers < 1 || options.customers > MAX_CUSTOMERS) {
      throw new RangeError(`customers must be a whole number between 1 and ${MAX_CUSTOMERS}`);
    }
    this.customerCount = options.customers;
    this.seed = options.seed;
    this.referenceDate = options.referenceDate;
    this.blockStarts = [0];
    let next = 0;
    let broker = 0;
    while (next < this.customerCount) {
      const size =
        DEMO_BLOCK_SIZES[broker] ?? PORTFOLIO_SIZES[hash(this.seed, 'block', broker) % PORTFOLIO_SIZES.length]!;
      next = Math.min(this.customerCount, next + size);
      this.blockStarts.push(next);
      broker++;
    }
  }

  get brokerCount(): number {
    return this.blockStarts.length - 1;
  }

  // ---- identifiers -------------------------------------------------------------------------

  personId(index: number): string {
    return `P${pad(index + 1, 8)}`;
  }

  personIndex(id: string): number | undefined {
    const match = /^P(\d{8})$/.exec(id);
    if (!match) return undefined;
    const index = Number(match[1]) - 1;
    return index >= 0 && index < this.customerCount ? index : undefined;
  }

  companyId(managerIndex: number): string {
    return `E${pad(managerIndex + 1, 8)}`;
  }

  brokerId(broker: number): string {
    return `B${pad(broker + 1, 5)}`;
  }

  brokerIndex(id: string): number | undefined {
    const match = /^B(\d{5})$/.exec(id);
    if (!match) return undefined;
    const index = Number(match[1]) - 1;
    return index >= 0 && index < this.brokerCount ? index : undefined;
  }

  private contractNumber(kind: 'life' | 'nonlife', holderIndex: number, seq: number): string {
    return `${kind === 'life' ? 'L' : 'V'}${pad(holderIndex + 1, 8)}${seq}`;
  }

  private parseContractNumber(
    number: string,
  ): { kind: 'life' | 'nonlife'; holderIndex: number; seq: number } | undefined {
    const match = /^([LV])(\d{8})(\d)$/.exec(number);
    if (!match) return undefined;
    const holderIndex = Number(match[2]) - 1;
    if (holderIndex < 0 || holderIndex >= this.customerCount) return undefined;
    return { kind: match[1] === 'L' ? 'life' : 'nonlife', holderIndex, seq: Number(match[3]) };
  }

  /** Households are pairs (0,1), (2,3), …; blocks have even sizes so a pair shares its broker. */
  partnerIndex(index: number): number | undefined {
    const partner = index ^ 1;
    return partner < this.customerCount ? partner : undefined;
  }

  // ---- brokers -----------------------------------------------------------------------------

  brokerOf(index: number): number {
    let low = 0;
    let high = this.brokerCount - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.blockStarts[mid]! <= index) low = mid;
      else high = mid - 1;
    }
    return low;
  }

  /** Whether a generated customer draws a contract at a second office (demo customers have theirs in their plans). */
  private drawsSecondBroker(index: number): boolean {
    return (
      index % SECOND_BROKER_MODULUS === SECOND_BROKER_REMAINDER &&
      this.brokerOf(index) >= FIRST_BROKER_WITH_DRAWN_SECOND_BROKERS
    );
  }

  private secondBrokerOf(index: number): number {
    return (this.brokerOf(index) + 1) % this.brokerCount;
  }

  private intermediaryOf(holderIndex: number, plan: ContractPlan): number {
    return plan.secondBroker ? this.secondBrokerOf(holderIndex) : this.brokerOf(holderIndex);
  }

  /** The offices managing a contract the person holds (or manages for their company) or is insured on. */
  brokersOf(index: number): Set<number> {
    const offices = new Set<number>();
    for (const plan of this.plans(index)) offices.add(this.intermediaryOf(index, plan));
    const partner = this.partnerIndex(index);
    if (partner !== undefined) {
      const id = this.personId(index);
      for (const plan of this.plans(partner))
        if (this.planParties(partner, plan).insuredIds.includes(id)) offices.add(this.intermediaryOf(partner, plan));
    }
    return offices;
  }

  broker(index: number): Broker {
    const rng = Rng.of(this.seed, 'broker', index);
    const lastName = rng.pick(rng.chance(0.6) ? names.LAST_NAMES_NL : names.LAST_NAMES_FR);
    const town = rng.pick([...names.MUNICIPALITIES_NL, ...names.MUNICIPALITIES_FR]);
    const name =
      index === 0
        ? 'Verzekeringskantoor Peeters & Partners'
        : index === 1
          ? 'Bureau Lambert Assurances'
          : `${rng.chance(0.5) ? 'Verzekeringen' : 'Assurances'} ${lastName}`;
    return {
      id: this.brokerId(index),
      name,
      fsmaNumber: companyNumber(hash(this.seed, 'fsma', index) % 10_000_000),
      email: `kantoor${index + 1}@makelaar.example`,
      phone: `+3250${pad(hash(this.seed, 'brokerphone', index) % 1_000_000, 6)}`,
      address: {
        street: rng.pick(town.streets),
        houseNumber: String(rng.int(1, 200)),
        box: null,
        postalCode: town.postalCode,
        municipality: town.name,
        country: 'BE',
      },
    };
  }

  /**
   * Customer indexes holding or insured on at least one contract the office manages, in index
   * order. Only the office's own block and the block before it (whose second-office contracts
   * come here) are read, so the cost follows the portfolio's size, not the data set's.
   */
  portfolioOf(broker: number): number[] {
    const previous = (broker - 1 + this.brokerCount) % this.brokerCount;
    const candidates = new Set<number>();
    for (const block of [previous, broker]) {
      for (let i = this.blockStarts[block]!; i < this.blockStarts[block + 1]!; i++) candidates.add(i);
    }
    return [...candidates].filter((i) => this.brokersOf(i).has(broker)).sort((a, b) => a - b);
  }

  // ---- persons and companies ---------------------------------------------------------------

  person(index: number): Person {
    const demo = DEMO_PROFILES[index];
    const source = demo?.sameAs ?? index;
    const rng = Rng.of(this.seed, 'person', source);
    const language: Language = demo?.language ?? (rng.chance(0.6) ? 'nl' : rng.chance(0.95) ? 'fr' : 'de');
    const gender: 'M' | 'F' = demo?.gender ?? (source % 2 === 0 ? 'F' : 'M');
    const firstNames = {
      nl: gender === 'M' ? names.FIRST_NAMES_MALE_NL : names.FIRST_NAMES_FEMALE_NL,
      fr: gender === 'M' ? names.FIRST_NAMES_MALE_FR : names.FIRST_NAMES_FEMALE_FR,
      de: gender === 'M' ? names.FIRST_NAMES_MALE_DE : names.FIRST_NAMES_FEMALE_DE,
    }[language];
    const lastNames = { nl: names.LAST_NAMES_NL, fr: names.LAST_NAMES_FR, de: names.LAST_NAMES_DE }[language];
    const householdRng = Rng.of(this.seed, 'household', source >> 1);
    const lastName = demo?.lastName ?? householdRng.pick(lastNames);
    const firstName = demo?.firstName ?? rng.pick(firstNames);
    const { birthDate, counter } = this.birthOf(source, gender);
    const address = this.homeAddress(source >> 1, language);
    const emailLocal = `${firstName}.${lastName}`
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z.]/g, '');
    return {
      id: this.personId(index),
      index,
      firstName,
      lastName,
      gender,
      birthDate,
      nationalRegisterNumber: nationalRegisterNumber(birthDate, counter),
      language,
      address,
      email: demo?.email ?? `${emailLocal}.${source + 1}@klant.example`,
      mobile: `+324${rng.int(70, 99)}${pad(rng.int(0, 999_999), 6)}`,
    };
  }

  private homeAddress(household: number, language: Language): Address {
    const rng = Rng.of(this.seed, 'address', household);
    const towns =
      language === 'fr'
        ? names.MUNICIPALITIES_FR
        : language === 'de'
          ? names.MUNICIPALITIES_DE
          : names.MUNICIPALITIES_NL;
    const town = rng.pick(towns);
    return {
      street: rng.pick(town.streets),
      houseNumber: String(rng.int(1, 250)),
      box: rng.chance(0.2) ? String(rng.int(1, 12)) : null,
      postalCode: town.postalCode,
      municipality: town.name,
      country: 'BE',
    };
  }

  personById(id: string): Person | undefined {
    const index = this.personIndex(id);
    return index === undefined ? undefined : this.person(index);
  }

  /**
   * Every person record carrying this national register number. More than one is the data-quality
   * problem of docs/requirements.md §1.3 ("found several times"); the demo profiles include such a pair.
   */
  personsByNationalRegisterNumber(nrn: string): Person[] {
    const candidates = new Set<number>();
    const index = this.indexFromBirth(nrn);
    if (index !== undefined) candidates.add(index);
    for (const [demoIndex, demo] of Object.entries(DEMO_PROFILES)) {
      if (Number(demoIndex) < this.customerCount && (demo.birthDate || demo.sameAs !== undefined))
        candidates.add(Number(demoIndex));
    }
    return [...candidates]
      .sort((a, b) => a - b)
      .map((i) => this.person(i))
      .filter((person) => person.nationalRegisterNumber === nrn);
  }

  /** Every person born on this day (YYYY-MM-DD): the birth date leads back to a few indices, one per register slot. */
  personsBornOn(birthDate: string): Person[] {
    const day = Math.round(
      (Date.parse(`${birthDate}T00:00:00Z`) - Date.parse(`${FIRST_BIRTH_DATE}T00:00:00Z`)) / 86_400_000,
    );
    const candidates = new Set<number>();
    if (Number.isInteger(day) && day >= 0 && day < BIRTH_DAYS) {
      const offset = (day * BIRTH_INVERSE) % BIRTH_DAYS;
      for (let index = offset; index < this.customerCount; index += BIRTH_DAYS) candidates.add(index);
    }
    for (const [demoIndex, demo] of Object.entries(DEMO_PROFILES))
      if (Number(demoIndex) < this.customerCount && (demo.birthDate || demo.sameAs !== undefined))
        candidates.add(Number(demoIndex));
    return [...candidates]
      .sort((a, b) => a - b)
      .map((i) => this.person(i))
      .filter((person) => person.birthDate === birthDate);
  }

  /**
   * The persons whose generated e-mail address this is (`first.last.<index + 1>@klant.example`), or
   * a demo profile's (two records of one person share theirs). Addresses changed since are the
   * customer master's to know, not the universe's.
   */
  personsByGeneratedEmail(email: string): Person[] {
    const wanted = email.trim().toLowerCase();
    const numbered = /\.(\d{1,9})@klant\.example$/.exec(wanted);
    const candidates = Object.keys(DEMO_PROFILES).map(Number);
    if (numbered) candidates.unshift(Number(numbered[1]) - 1);
    return candidates
      .filter((index) => index >= 0 && index < this.customerCount)
      .map((index) => this.person(index))
      .filter((person) => person.email.toLowerCase() === wanted);
  }

  /**
   * Birth date and register counter are a bijection of the index (a multiplicative permutation
   * of the day, the counter carrying the rest), so a national register number leads back to
   * its person without any index in memory.
   */
  private birthOf(index: number, gender: 'M' | 'F'): { birthDate: string; counter: number } {
    const fixed = DEMO_PROFILES[index]?.birthDate;
    if (fixed) return { birthDate: fixed, counter: DEMO_COUNTER_SLOT * 2 + (gender === 'M' ? 1 : 2) };
    const slot = Math.floor(index / BIRTH_DAYS);
    const day = ((index % BIRTH_DAYS) * BIRTH_MULTIPLIER) % BIRTH_DAYS;
    return { birthDate: addDays(FIRST_BIRTH_DATE, day), counter: slot * 2 + (gender === 'M' ? 1 : 2) };
  }

  private indexFromBirth(nrn: string): number | undefined {
    if (!/^\d{11}$/.test(nrn)) return undefined;
    const counter = Number(nrn.slice(6, 9));
    for (const century of ['19', '20']) {
      const birthDate = `${century}${nrn.slice(0, 2)}-${nrn.slice(2, 4)}-${nrn.slice(4, 6)}`;
      const day = Math.round(
        (Date.parse(`${birthDate}T00:00:00Z`) - Date.parse(`${FIRST_BIRTH_DATE}T00:00:00Z`)) / 86_400_000,
      );
      if (!Number.isInteger(day) || day < 0 || day >= BIRTH_DAYS) continue;
      const slot = Math.floor((counter - 1) / 2);
      const index = slot * BIRTH_DAYS + ((day * BIRTH_INVERSE) % BIRTH_DAYS);
      if (index < this.customerCount) return index;
    }
    return undefined;
  }

  company(managerIndex: number): Company {
    const manager = this.person(managerIndex);
    const suffix = manager.language === 'fr' ? 'SRL' : 'BV';
    return {
      id: this.companyId(managerIndex),
      name: `${manager.lastName} ${suffix}`,
      companyNumber: companyNumber(hash(this.seed, 'company', managerIndex) % 10_000_000),
      managerId: manager.id,
      address: manager.address,
    };
  }

  companyById(id: string): Company | undefined {
    const match = /^E(\d{8})$/.exec(id);
    if (!match) return undefined;
    const index = Number(match[1]) - 1;
    return index >= 0 &&
      index < this.customerCount &&
      this.plans(index).some((plan) => plan.kind === 'life' && LIFE_PRODUCTS[plan.product].companyHolder)
      ? this.company(index)
      : undefined;
  }

  /** The person's account, from which their premiums are debited (the subgraphs show its last four digits only). */
  ibanOf(index: number): string {
    return belgianIban(hash(this.seed, 'iban', index) % 10_000_000_000);
  }

  /** The account of the manager's company, from which the premiums of its IPT are debited. */
  companyIbanOf(managerIndex: number): string {
    return belgianIban(hash(this.seed, 'company-iban', managerIndex) % 10_000_000_000);
  }

  // ---- contracts ---------------------------------------------------------------------------

  /** The contracts a person holds (as policyholder, or as manager for their company's IPT). */
  plans(index: number): ContractPlan[] {
    const demo: DemoProfile | undefined = DEMO_PROFILES[index];
    if (demo) return demo.contracts;
    const rng = Rng.of(this.seed, 'plans', index);
    const plans: ContractPlan[] = [];
    if (rng.chance(0.55)) {
      const count = rng.int(1, 2);
      for (let i = 0; i < count; i++)
        plans.push({
          kind: 'life',
          product: weighted(rng, LIFE_WEIGHTS),
          insured: rng.chance(0.15) ? 'partner' : 'holder',
        });
    }
    const secondBroker = this.brokerCount > 1 && this.drawsSecondBroker(index);
    if (rng.chance(0.85) || secondBroker) {
      const count = rng.int(1, 4);
      for (let i = 0; i < count; i++)
        plans.push({ kind: 'nonlife', product: weighted(rng, NON_LIFE_WEIGHTS), insured: 'holder' });
    }
    if (secondBroker) {
      const last = plans.findLastIndex((plan) => plan.kind === 'nonlife');
      plans[last] = { ...plans[last]!, secondBroker: true } as ContractPlan;
    }
    return plans;
  }

  private planFor(
    number: string,
  ): { kind: 'life' | 'nonlife'; holderIndex: number; seq: number; plan: ContractPlan } | undefined {
    const parsed = this.parseContractNumber(number);
    if (!parsed) return undefined;
    const plan = this.plans(parsed.holderIndex)[parsed.seq];
    if (!plan || plan.kind !== parsed.kind) return undefined;
    return { ...parsed, plan };
  }

  /**
   * Who holds, who is insured and who manages, from the plan alone (no contract is derived): an
   * IPT is held by the manager's company and insures the manager; capitalisation insures nobody.
   */
  private planParties(
    holderIndex: number,
    plan: ContractPlan,
  ): { policyholderId: string; insuredIds: string[]; intermediaryId: string } {
    const partner = this.partnerIndex(holderIndex);
    const holder = this.personId(holderIndex);
    const life = plan.kind === 'life' ? LIFE_PRODUCTS[plan.product] : undefined;
    // A tax-favoured contract insures the one who takes the tax advantage: its holder (the manager, for an IPT).
    const insured =
      life?.branch === '26'
        ? []
        : plan.insured === 'partner' && partner !== undefined && !life?.companyHolder && life?.fiscalRegime === null
          ? [this.personId(partner)]
          : [holder];
    return {
      policyholderId: life?.companyHolder ? this.companyId(holderIndex) : holder,
      insuredIds: insured,
      intermediaryId: this.brokerId(this.intermediaryOf(holderIndex, plan)),
    };
  }

  private partiesFor(holderIndex: number, plan: ContractPlan, rng: Rng): ContractParties {
    const partner = this.partnerIndex(holderIndex);
    const driverIds =
      plan.kind === 'nonlife' &&
      NON_LIFE_PRODUCTS[plan.product].objectType === '001' &&
      partner !== undefined &&
      rng.chance(0.5)
        ? [this.personId(partner)]
        : [];
    return { ...this.planParties(holderIndex, plan), beneficiaryIds: [], driverIds };
  }

  lifeContract(number: string): LifeContract | undefined {
    const found = this.planFor(number);
    if (!found || found.plan.kind !== 'life') return undefined;
    const { holderIndex, plan } = found;
    const product: LifeProduct = LIFE_PRODUCTS[plan.product];
    const rng = Rng.of(this.seed, 'life', number);
    const parties = this.partiesFor(holderIndex, plan, rng);
    const demo = DEMO_PROFILES[holderIndex] !== undefined;
    const referenceYear = Number(this.referenceDate.slice(0, 4));
    const { startDate, expiryDate } = this.lifeTerm(plan.product, holderIndex, demo, rng);
    const startYear = Number(startDate.slice(0, 4));
    // Status follows the dates: a contract past its expiry date has ended there; a few others were surrendered.
    const expired = expiryDate !== null && expiryDate <= this.referenceDate;
    const surrendered = !expired && !demo && rng.chance(0.05);
    const endDate = expired
      ? expiryDate
      : surrendered
        ? addDays(startDate, rng.int(1, Math.max(1, daysBetween(startDate, this.referenceDate) - 1)))
        : null;
    const frequency = this.lifeFrequency(plan.product, rng);
    const yearlyPremium = this.lifeYearlyPremium(plan.product, referenceYear, rng);
    const perPayment =
      frequency === '5' ? yearlyPremium : Math.floor(yearlyPremium / PAYMENTS_PER_YEAR[frequency as '1' | '3' | '4']);
    const yearsPaid = Math.max(1, Number((endDate ?? this.referenceDate).slice(0, 4)) - startYear);
    const paid = frequency === '5' ? perPayment : yearlyPremium * yearsPaid;
    const growth = product.branch === '23' ? 1 + rng.next() * 0.6 - 0.1 : 1 + yearsPaid * 0.018;
    const reserveCents = product.savesReserve ? Math.round(paid * growth) : null;
    const valuationDate = product.savesReserve ? `${referenceYear - 1}-12-31` : null;
    const insuredAmount = this.mainInsuredAmount(product, reserveCents, rng);
    const guarantees = [
      ...(product.mainGuarantee
        ? [{ code: product.mainGuarantee, main: true, insuredAmountCents: insuredAmount }]
        : []),
      ...product.supplementaryGuarantees
        .filter((code) => (plan.supplementary ? plan.supplementary.includes(code) : rng.chance(0.6)))
        .map((code) => ({
          code,
          main: false,
          insuredAmountCents: code === '280' ? rng.int(12, 48) * 100_000 : rng.int(50, 250) * 100_000,
        })),
    ];
    // A guaranteed rate and profit sharing belong to branch 21 savings, never to a risk product.
    const branch21 = product.branch === '21' && product.savesReserve;
    const funds = product.branch === '23' && reserveCents !== null ? this.funds(rng, reserveCents, valuationDate!) : [];
    return {
      contractNumber: number,
      product: plan.product,
      status: endDate === null ? '1' : '2',
      startDate,
      endDate,
      expiryDate,
      parties: { ...parties, beneficiaryIds: [] },
      premiumCents: perPayment,
      premiumFrequency: frequency,
      nextPremiumDueDate: frequency === '5' || endDate !== null ? null : addDays(this.referenceDate, rng.int(1, 90)),
      payment: premiumPayment(
        this.seed,
        number,
        frequency,
        product.companyHolder ? this.companyIbanOf(holderIndex) : this.ibanOf(holderIndex),
      ),
      reserveCents,
      reserveValuationDate: valuationDate,
      surrenderValueCents:
        reserveCents === null ? null : Math.round(reserveCents * (product.branch === '21' ? 0.95 : 0.99)),
      guaranteedRateBasisPoints: branch21 ? rng.pick([0, 50, 100, 150, 225, 325]) : null,
      profitSharingAcquiredCents: branch21 ? Math.round(reserveCents! * 0.02 * rng.next()) : null,
      profitSharingThisYearCents: branch21 ? Math.round(reserveCents! * 0.004 * rng.next()) : null,
      profitSharingRateBasisPoints: branch21 ? rng.int(0, 60) : null,
      funds,
      beneficiaries: product.branch === '26' ? [] : this.beneficiaries(holderIndex, parties, rng, demo),
      guarantees,
    };
  }

  /**
   * Start and expiry of a life contract. The holder (the manager, for an IPT) was at least 18 at
   * the start; pension contracts and guaranteed income start by 64 (PENSION_START_AGE) and end
   * at 65, pension savings after at least 10 years; capitalisation runs its 8-year term; savings,
   * investment and death covers run a term of years. Demo contracts run past the reference date.
   */
  private lifeTerm(
    code: LifeProductCode,
    holderIndex: number,
    demo: boolean,
    rng: Rng,
  ): { startDate: string; expiryDate: string | null } {
    const referenceYear = Number(this.referenceDate.slice(0, 4));
    const birthYear = Number(this.person(holderIndex).birthDate.slice(0, 4));
    const pension = PENSION_PRODUCTS.has(code);
    // Born in year B, one is 18 on 1 January of B + 19 at the latest, and at most 64 during B + 64.
    const earliest = Math.max(
      referenceYear - (code === 'CAP26' ? CAPITALISATION_TERM_YEARS - 1 : 25),
      birthYear + PENSION_START_AGE.min + 1,
    );
    const latest = pension ? Math.min(referenceYear - 1, birthYear + PENSION_START_AGE.max) : referenceYear - 1;
    const startYear = earliest > latest ? latest : rng.int(earliest, latest);
    const month = pad(rng.int(1, 12), 2);
    const startDate = `${startYear}-${month}-01`;
    if (code === 'CAP26') return { startDate, expiryDate: addYears(startDate, CAPITALISATION_TERM_YEARS) };
    if (pension) {
      const atPensionAge = `${birthYear + PENSION_END_AGE}-${month}-01`;
      const minimum = code === 'PS21' || code === 'LTS21' ? addYears(startDate, PENSION_MIN_YEARS) : startDate;
      return { startDate, expiryDate: atPensionAge > minimum ? atPensionAge : minimum };
    }
    const [shortest, longest] = code === 'DEBT' ? [15, 25] : code === 'DEATH' ? [10, 25] : [8, 30];
    const years = rng.int(shortest, longest);
    return {
      startDate,
      expiryDate: addYears(startDate, demo ? Math.max(years, referenceYear - startYear + 1) : years),
    };
  }

  /** Pension savings, VAPZ and long-term savings are yearly or split, never a single premium; capitalisation is one. */
  private lifeFrequency(code: LifeProductCode, rng: Rng): string {
    if (code === 'CAP26') return '5';
    if (PENSION_PRODUCTS.has(code) || !LIFE_PRODUCTS[code].savesReserve) return rng.pick(['1', '1', '3', '4']);
    return rng.chance(0.15) ? '5' : rng.pick(['1', '1', '4', '3']);
  }

  /**
   * The yearly premium in cents (the single premium for capitalisation): pension savings at the
   * basic or increased ceiling of the income year or under it, VAPZ under its ceiling, the rest
   * in the product's usual range.
   */
  private lifeYearlyPremium(code: LifeProductCode, incomeYear: number, rng: Rng): number {
    if (code === 'PS21') {
      const basic = ceilingFor(PENSION_SAVINGS_BASIC_CEILING, incomeYear);
      const increased = ceilingFor(PENSION_SAVINGS_INCREASED_CEILING, incomeYear);
      return rng.pick([basic, basic, increased, rng.int(LIFE_PRODUCTS.PS21.yearlyPremium.min, basic / 100) * 100]);
    }
    if (code === 'VAPZ' || code === 'VAPZS') {
      const ceiling = ceilingFor(code === 'VAPZ' ? VAPZ_CEILING : SOCIAL_VAPZ_CEILING, incomeYear);
      return rng.chance(0.3)
        ? ceiling
        : rng.int(LIFE_PRODUCTS[code].yearlyPremium.min, Math.floor(ceiling / 100)) * 100;
    }
    const { min, max } = LIFE_PRODUCTS[code].yearlyPremium;
    // Single premiums and large yearly ones in round amounts of €50.
    return code === 'CAP26' ? rng.int(min / 50, (max ?? min) / 50) * 5_000 : rng.int(min, max ?? min) * 100;
  }

  /** The main guarantee's amount: a savings capital at least the reserve, a death capital, a loan, a yearly income. */
  private mainInsuredAmount(product: LifeProduct, reserveCents: number | null, rng: Rng): number {
    switch (product.mainGuarantee) {
      case '120':
        return rng.int(5, 50) * 500_000;
      case '121':
        return rng.int(16, 70) * 500_000;
      case '280':
        return rng.int(12, 48) * 100_000;
      default:
        return Math.max(reserveCents ?? 0, rng.int(10, 200) * 100_000);
    }
  }

  private funds(rng: Rng, reserveCents: number, priceDate: string) {
    const count = rng.int(1, 3);
    const chosen = [...names.FUNDS].sort(() => rng.next() - 0.5).slice(0, count);
    let remaining = reserveCents;
    return chosen.map((fund, i) => {
      const value = i === count - 1 ? remaining : Math.round((reserveCents / count) * (0.6 + rng.next() * 0.8));
      remaining -= value;
      const unitPrice = rng.int(5_000, 40_000) + rng.int(0, 9_999) / 10_000;
      const units = Math.max(value, 1) / unitPrice;
      return {
        code: fund.code,
        name: fund.name,
        units: units.toFixed(6),
        unitPriceCents: unitPrice.toFixed(4),
        priceDate,
      };
    });
  }

  /** Demo holders always name their partner (when not the insured), so the demo beneficiaries do not depend on the seed. */
  private beneficiaries(
    holderIndex: number,
    parties: ContractParties,
    rng: Rng,
    namePartner: boolean,
  ): LifeBeneficiary[] {
    const partner = this.partnerIndex(holderIndex);
    const survival: LifeBeneficiary = {
      event: 'survival',
      clause: parties.policyholderId.startsWith('E') ? '1' : '2',
      rank: 1,
      shareBasisPoints: 10_000,
      partyId: null,
      name: null,
    };
    const partnerPerson = partner === undefined ? undefined : this.person(partner);
    const partnerIsInsured = partnerPerson && parties.insuredIds.includes(partnerPerson.id);
    if (partnerPerson && !partnerIsInsured && (rng.chance(0.7) || namePartner)) {
      return [
        survival,
        {
          event: 'death',
          clause: '4',
          rank: 1,
          shareBasisPoints: 10_000,
          partyId: partnerPerson.id,
          name: `${partnerPerson.firstName} ${partnerPerson.lastName}`,
        },
        { event: 'death', clause: '5', rank: 2, shareBasisPoints: 10_000, partyId: null, name: null },
      ];
    }
    return [
      survival,
      {
        event: 'death',
        clause: rng.pick(['5', '7', 'C']),
        rank: 1,
        shareBasisPoints: 10_000,
        partyId: null,
        name: null,
      },
    ];
  }

  nonLifeContract(number: string): NonLifeContract | undefined {
    const found = this.planFor(number);
    if (!found || found.plan.kind !== 'nonlife') return undefined;
    const { holderIndex, plan } = found;
    const product: NonLifeProduct = NON_LIFE_PRODUCTS[plan.product];
    const rng = Rng.of(this.seed, 'nonlife', number);
    const parties = this.partiesFor(holderIndex, plan, rng);
    const holder = this.person(holderIndex);
    const startYear = Number(this.referenceDate.slice(0, 4)) - rng.int(0, 15) - (product.system === 'LEG' ? 12 : 0);
    const startDate = `${startYear}-${pad(rng.int(1, 12), 2)}-01`;
    const motor = product.objectType === '001';
    const models: ReadonlyArray<{ make: string; model: string; vinPrefix: string }> =
      plan.product === 'MOTO' ? names.MOTORCYCLES : names.VEHICLES;
    const model = rng.pick(models);
    const optional = product.optionalGuarantees
      .filter(() => rng.chance(0.5))
      .filter((code, _, all) => !(code === '550' && all.includes('540')));
    const youngDriver = motor && Number(holder.birthDate.slice(0, 4)) > Number(this.referenceDate.slice(0, 4)) - 26;
    const occupancy = product.objectType === '010' ? (plan.occupancy ?? (rng.chance(0.65) ? '01' : '02')) : null;
    const tenant = occupancy === '02';
    const frequency = rng.pick(['1', '1', '2', '3', '4'] as const);
    const range = (tenant ? product.yearlyPremium.tenant : undefined) ?? product.yearlyPremium;
    const yearlyPremiumCents = rng.int(range.min * 100, range.max * 100);
    const vehicle: Vehicle | null = motor
      ? {
          plate: `${rng.int(1, 2)}-${String.fromCharCode(65 + rng.int(0, 25), 65 + rng.int(0, 25), 65 + rng.int(0, 25))}-${pad(rng.int(0, 999), 3)}`,
          vin: `${model.vinPrefix}${pad(rng.int(0, 999_999_999), 9)}`.slice(0, 17),
          make: model.make,
          model: model.model,
          firstRegistration: `${startYear - rng.int(0, 4)}-${pad(rng.int(1, 12), 2)}-${pad(rng.int(1, 28), 2)}`,
          use: plan.product === 'MOTO' ? 'MOTO' : rng.chance(0.9) ? 'PRIV' : 'PROF',
        }
      : null;
    return {
      contractNumber: number,
      product: plan.product,
      status: DEMO_PROFILES[holderIndex] === undefined && rng.chance(0.04) ? '4' : '1',
      startDate,
      endDate: null,
      renewalDate:
        `${this.referenceDate.slice(0, 4)}-${startDate.slice(5)}` < this.referenceDate
          ? `${Number(this.referenceDate.slice(0, 4)) + 1}-${startDate.slice(5)}`
          : `${this.referenceDate.slice(0, 4)}-${startDate.slice(5)}`,
      parties,
      premiumCents: premiumPerPayment(yearlyPremiumCents, frequency),
      premiumFrequency: frequency,
      payment: premiumPayment(this.seed, number, frequency, this.ibanOf(holderIndex)),
      // A tenant insures their contents and their liability towards the owner, not the building.
      objectType: tenant ? '011' : product.objectType,
      vehicle,
      building:
        occupancy === null ? null : { address: holder.address, occupancy, kind: rng.chance(0.6) ? 'HUIS' : 'APP' },
      familyMembers: product.objectType === '040' ? rng.int(1, 5) : null,
      guarantees: [...product.baseGuarantees, ...optional].map((code) => ({
        code,
        insuredAmountCents: code === '510' || code === '411' ? null : rng.int(5, 500) * 100_000,
        deductible: this.deductible(code, youngDriver, rng),
      })),
      bonusMalus: vehicle ? this.bonusMalus(vehicle.use, holder.birthDate, rng) : null,
    };
  }

  /**
   * The degree on the bonus-malus scale (BONUS_MALUS): the entry degree of the vehicle's use,
   * one down per claim-free year since the licence (at 18 at the earliest), five up for an
   * at-fault claim, within the scale.
   */
  private bonusMalus(use: Vehicle['use'], birthDate: string, rng: Rng): number {
    const drivingYears = Math.max(
      0,
      Number(this.referenceDate.slice(0, 4)) - Number(birthDate.slice(0, 4)) - BONUS_MALUS.licenceAge,
    );
    const claimFreeYears = rng.int(0, Math.min(drivingYears, 25));
    const claims = rng.chance(0.1) ? 1 : 0;
    const degree =
      BONUS_MALUS.entry[use] + claimFreeYears * BONUS_MALUS.claimFreeYear + claims * BONUS_MALUS.atFaultClaim;
    return Math.max(BONUS_MALUS.best, Math.min(BONUS_MALUS.worst, degree));
  }

  private deductible(
    code: string,
    youngDriver: boolean,
    rng: Rng,
  ): NonLifeContract['guarantees'][number]['deductible'] {
    if (code === '510' && youngDriver) return { kind: 'young-driver', amountCents: 62_000, percent: null };
    if (code === '540' || code === '550')
      return rng.chance(0.3)
        ? { kind: 'english', amountCents: 50_000, percent: null }
        : { kind: 'classic', amountCents: null, percent: rng.pick([2, 3, 5]) };
    if (['311', '312', '340', '360', '411'].includes(code))
      return { kind: 'classic', amountCents: 29_000, percent: null };
    return null;
  }

  /** Contract numbers a person holds (as holder or company manager) of one kind. */
  heldContractNumbers(index: number, kind: 'life' | 'nonlife'): string[] {
    return this.plans(index)
      .map((plan, seq) => ({ plan, seq }))
      .filter(({ plan }) => plan.kind === kind)
      .map(({ seq }) => this.contractNumber(kind, index, seq));
  }

  /**
   * Every contract a person appears on, with their roles: held, insured on the partner's,
   * or named beneficiary or driver on the partner's (roles that give no right to see it).
   */
  contractRolesOf(index: number, kind: 'life' | 'nonlife'): ContractRoles[] {
    const id = this.personId(index);
    const result: ContractRoles[] = [];
    const consider = (holderIndex: number): void => {
      for (const number of this.heldContractNumbers(holderIndex, kind)) {
        const contract = kind === 'life' ? this.lifeContract(number) : this.nonLifeContract(number);
        if (!contract) continue;
        const roles: PartyRole[] = [];
        if (contract.parties.policyholderId === id) roles.push('003');
        if (contract.parties.insuredIds.includes(id)) roles.push('013');
        if (kind === 'life' && (contract as LifeContract).beneficiaries.some((b) => b.partyId === id))
          roles.push('014');
        if (contract.parties.driverIds.includes(id)) roles.push('004');
        if (roles.length > 0)
          result.push({ contractNumber: number, roles, intermediaryId: contract.parties.intermediaryId });
      }
    };
    consider(index);
    const partner = this.partnerIndex(index);
    if (partner !== undefined) consider(partner);
    return result;
  }

  /** The policy index entry of the customer master: who holds, who is insured, who manages. */
  policyIndexEntry(
    number: string,
  ): (ContractParties & { contractNumber: string; kind: 'life' | 'nonlife' }) | undefined {
    const parsed = this.parseContractNumber(number);
    if (!parsed) return undefined;
    const contract = parsed.kind === 'life' ? this.lifeContract(number) : this.nonLifeContract(number);
    if (!contract) return undefined;
    const beneficiaryIds =
      parsed.kind === 'life'
        ? (contract as LifeContract).beneficiaries.flatMap((b) => (b.partyId ? [b.partyId] : []))
        : [];
    return { contractNumber: number, kind: parsed.kind, ...contract.parties, beneficiaryIds };
  }

  // ---- documents ---------------------------------------------------------------------------

  documentsOf(index: number): ArchivedDocument[] {
    const docs: ArchivedDocument[] = [];
    const year = Number(this.referenceDate.slice(0, 4));
    for (const number of this.heldContractNumbers(index, 'life')) {
      const contract = this.lifeContract(number);
      if (!contract) continue;
      const product = LIFE_PRODUCTS[contract.product];
      const customerId = this.personId(index);
      const types: DocumentTypeCode[] = ['113', '901'];
      if (product.fiscalRegime) types.push('102');
      if (contract.profitSharingThisYearCents) types.push('902');
      // The tax certificate goes to whoever pays and deducts the premiums: for an IPT, the company.
      for (const type of types)
        for (const y of [year - 1, year - 2])
          docs.push(this.document(type === '102' ? contract.parties.policyholderId : customerId, number, type, y));
    }
    for (const number of this.heldContractNumbers(index, 'nonlife')) {
      const contract = this.nonLifeContract(number);
      if (!contract) continue;
      const customerId = this.personId(index);
      docs.push(this.document(customerId, number, '031', Number(contract.startDate.slice(0, 4))));
      if (contract.vehicle) {
        docs.push(this.document(customerId, number, '004', year));
        docs.push(this.document(customerId, number, '023', year - 1));
      }
    }
    return docs;
  }

  private document(customerId: string, contractNumber: string, type: DocumentTypeCode, year: number): ArchivedDocument {
    const issueDate =
      type === '031'
        ? `${year}-01-15`
        : type === '004'
          ? `${year}-01-02`
          : `${year + 1}-0${(hash(contractNumber, type) % 3) + 2}-15`;
    const slug = DOCUMENT_TYPES[type].name.toLowerCase().replace(/[^a-z]+/g, '-');
    return {
      id: `D${contractNumber}-${type}-${year}`,
      customerId,
      contractNumber,
      type,
      year,
      issueDate,
      fileName: `${slug}-${contractNumber}-${year}.pdf`,
    };
  }

  /** The documents addressed to a person or a company (an IPT's tax certificates), from the contracts they hold or manage. */
  documentsAddressedTo(partyId: string): ArchivedDocument[] {
    const index = this.personIndex(partyId) ?? (this.companyById(partyId) ? Number(partyId.slice(1)) - 1 : undefined);
    return index === undefined ? [] : this.documentsOf(index).filter((document) => document.customerId === partyId);
  }

  documentById(id: string): ArchivedDocument | undefined {
    const match = /^D([LV]\d{9})-(\d{3})-(\d{4})$/.exec(id);
    if (!match) return undefined;
    const parsed = this.parseContractNumber(match[1]!);
    if (!parsed) return undefined;
    return this.documentsOf(parsed.holderIndex).find((doc) => doc.id === id);
  }
}

export function referenceDateFor(now: Date): string {
  return `${now.getUTCFullYear()}-${pad(now.getUTCMonth() + 1, 2)}-01`;
}
