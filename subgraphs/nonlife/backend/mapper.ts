import {
  CONTRACT_STATUS,
  codeOf,
  lookupCode,
  partyRoleOf,
  partyRolesOf,
  PAYMENT_FREQUENCY,
} from '../../../platform/backend/telebib2';
import { premiumPaymentOf, type PaymentMethod } from '../../../platform/backend/premiumPayment';
import { euros } from '../../../platform/money';
import type {
  BuildingType,
  ContractStatus,
  DeductibleKind,
  GuaranteeKind,
  NonLifeBranch,
  NonLifeProductKind,
  Occupancy,
  PremiumFrequency,
  VehicleUse,
} from '../generated/resolvers';
import type {
  Deductible,
  HiddenNonLifeContract,
  InsuredObject,
  NonLifeContract,
  NonLifeContractListEntry,
  NonLifeContractRecord,
  NonLifeGuarantee,
  NotShownReason,
} from '../model';
import type { VConnectContract, VConnectContractList } from './VConnectClient';

/**
 * V-Connect's codes and the schema's enums. An unknown code on a shown contract makes that
 * contract unreadable (the caller sees a BACKEND_ERROR for it), never a guessed value; the one
 * exception is a guarantee code, which maps to OTHER so a new cover cannot hide a whole contract.
 */
const STATUS: Readonly<Record<string, ContractStatus>> = CONTRACT_STATUS;
const FREQUENCY: Readonly<Record<string, PremiumFrequency>> = PAYMENT_FREQUENCY;

const PAYMENTS_PER_YEAR: Record<PremiumFrequency, number | null> = {
  YEARLY: 1,
  HALF_YEARLY: 2,
  QUARTERLY: 4,
  MONTHLY: 12,
  SINGLE: null,
};

/** V-Connect's own payment method codes (`betaalwijze`). */
const PAYMENT_METHOD: Record<string, PaymentMethod> = { DOMI: 'DIRECT_DEBIT', OVER: 'TRANSFER' };

/** Months from one payment to the next; every payment falls on the renewal date's day of the month. */
const MONTHS_BETWEEN_PAYMENTS: Record<PremiumFrequency, number | null> = {
  YEARLY: 12,
  HALF_YEARLY: 6,
  QUARTERLY: 3,
  MONTHLY: 1,
  SINGLE: null,
};

/** The day `months` months after (or before) an ISO date, on the last day of a shorter month (31 January + 1 = 28/29 February). */
function addMonths(iso: string, months: number): string {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  const target = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(target / 12);
  const targetMonth = target - targetYear * 12;
  const lastDay = new Date(Date.UTC(targetYear, targetMonth + 1, 0)).getUTCDate();
  return `${String(targetYear).padStart(4, '0')}-${String(targetMonth + 1).padStart(2, '0')}-${String(Math.min(day, lastDay)).padStart(2, '0')}`;
}

/**
 * The next day a non-life premium is due, on or after `today` (YYYY-MM-DD, a day in Belgium).
 * V-Connect gives only the main renewal date: the premium falls due on it, and a split premium
 * every 6, 3 or 1 months from it, on its day of the month. Null for a single premium, for a
 * contract that has ended (terminated or cancelled), and when the next payment would fall on or
 * after the contract's end date.
 */
export function nextPremiumDueDate(
  contract: Pick<NonLifeContract, 'renewalDate' | 'premiumFrequency' | 'status' | 'endDate'>,
  today: string,
): string | null {
  const step = MONTHS_BETWEEN_PAYMENTS[contract.premiumFrequency];
  if (step === null || contract.status === 'TERMINATED' || contract.status === 'CANCELLED') return null;
  const [renewalYear, renewalMonth] = contract.renewalDate.split('-').map(Number) as [number, number];
  const [year, month] = today.split('-').map(Number) as [number, number];
  // The payment falling in or last before this month (counted from the renewal date, backwards
  // too), else the one after it; each counted from the renewal date itself, so a 31st stays a 31st.
  const payments = Math.floor(((year - renewalYear) * 12 + (month - renewalMonth)) / step);
  const inOrBeforeThisMonth = addMonths(contract.renewalDate, payments * step);
  const due =
    inOrBeforeThisMonth >= today ? inOrBeforeThisMonth : addMonths(contract.renewalDate, (payments + 1) * step);
  return contract.endDate !== null && due >= contract.endDate ? null : due;
}

const BRANCH: Record<string, NonLifeBranch> = {
  '11': 'FIRE',
  '12': 'ACCIDENT',
  '13': 'BICYCLE',
  '14': 'PLEASURE_CRAFT',
  '41': 'GENERAL_LIABILITY',
  '51': 'MOTOR_LIABILITY',
  '54': 'MOTOR_OWN_DAMAGE',
  '96': 'LEGAL_PROTECTION',
};

/** V-Connect product codes the portal shows, by kind. */
const SHOWN: Record<string, NonLifeProductKind> = {
  AUTO: 'MOTOR',
  MOTO: 'MOTORCYCLE',
  WONING: 'FIRE',
  BAGEZIN: 'FAMILY_LIABILITY',
  ONGEVAL: 'PRIVATE_LIFE_ACCIDENT',
  RECHTSB: 'LEGAL_ASSISTANCE',
};

/** V-Connect products the portal knowingly leaves out: niche products, or not supported yet. */
const NOT_SHOWN: Record<string, NotShownReason> = {
  JACHT: 'NICHE_PRODUCT',
  BOOT: 'NICHE_PRODUCT',
  FIETS: 'NOT_YET_SUPPORTED',
};

const USE: Record<string, VehicleUse> = { PRIV: 'PRIVATE_AND_COMMUTING', PROF: 'PROFESSIONAL', MOTO: 'MOTORCYCLE' };
const OCCUPANCY: Record<string, Occupancy> = { '01': 'OWNER', '02': 'TENANT' };
const BUILDING_TYPE: Record<string, BuildingType> = { HUIS: 'HOUSE', APP: 'FLAT' };
const DEDUCTIBLE_KIND: Record<string, DeductibleKind> = {
  KLASSIEK: 'CLASSIC',
  JONGE_BESTUURDER: 'YOUNG_DRIVER',
  ENGELS: 'ENGLISH',
};

/** Telebib2 A574 guarantee codes. */
export const GUARANTEE_KIND: Readonly<Record<string, Exclude<GuaranteeKind, 'OTHER'>>> = {
  '510': 'MOTOR_LIABILITY',
  '531': 'OCCUPANTS',
  '532': 'DRIVER',
  '540': 'FULL_OMNIUM',
  '550': 'MINI_OMNIUM',
  '551': 'VEHICLE_FIRE',
  '552': 'VEHICLE_THEFT',
  '553': 'VEHICLE_GLASS',
  '554': 'NATURAL_FORCES',
  '557': 'COLLISION_WITH_ANIMALS',
  '311': 'FIRE',
  '312': 'STORM_AND_HAIL',
  '317': 'NATURAL_DISASTERS',
  '340': 'WATER_DAMAGE',
  '350': 'GLASS_BREAKAGE',
  '360': 'THEFT',
  '411': 'FAMILY_LIABILITY',
  '201': 'PRIVATE_LIFE_ACCIDENT',
  '960': 'LEGAL_CIVIL_RECOVERY',
  '961': 'LEGAL_CRIMINAL_DEFENCE',
  '962': 'LEGAL_THIRD_PARTY_INSOLVENCY',
  '963': 'LEGAL_CONTRACT_DISPUTES',
  '964': 'LEGAL_TAX',
  '965': 'LEGAL_EMPLOYMENT',
  '966': 'LEGAL_FAMILY_AND_INHERITANCE',
};

/** YYYYMMDD to an ISO date, refusing dates that do not exist (20250230). */
export function isoDate(value: string): string {
  const iso = `${value.slice(0, 4)}-${value.slice(4, 6)}-${value.slice(6, 8)}`;
  const parsed = new Date(`${iso}T00:00:00Z`);
  if (!/^\d{8}$/.test(value) || Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== iso)
    throw new Error('invalid date');
  return iso;
}

function ownership(
  contract: VConnectContract,
): Pick<NonLifeContract, 'policyholderId' | 'insuredIds' | 'intermediaryId'> {
  const [holder, ...otherHolders] = contract.partijen.filter((p) => partyRoleOf(p.rol) === 'POLICYHOLDER');
  const [intermediary, ...otherIntermediaries] = contract.partijen.filter((p) => partyRoleOf(p.rol) === 'INTERMEDIARY');
  // Access is decided on these fields: a contract without exactly one holder and one office is unreadable, never guessed.
  if (!holder || !intermediary || otherHolders.length > 0 || otherIntermediaries.length > 0)
    throw new Error('a contract needs exactly one policyholder and one intermediary');
  return {
    policyholderId: holder.partijId,
    insuredIds: contract.partijen.filter((p) => partyRoleOf(p.rol) === 'INSURED').map((p) => p.partijId),
    intermediaryId: intermediary.partijId,
  };
}

/** Why a contract is not shown: legacy contracts whatever their product, then the product's own reason; an unknown product is not supported yet. */
function notShownReason(contract: VConnectContract): NotShownReason {
  if (contract.systeem === 'LEG') return 'LEGACY_SYSTEM';
  return lookupCode(NOT_SHOWN, contract.productcode) ?? 'NOT_YET_SUPPORTED';
}

function insuredObject(risico: VConnectContract['risico']): InsuredObject {
  switch (risico.objecttype) {
    case '001': {
      const vehicle = risico.voertuig;
      if (!vehicle) throw new Error('object type 001 without a vehicle');
      return {
        type: 'vehicle',
        licensePlate: vehicle.nummerplaat,
        vin: vehicle.chassisnummer,
        make: vehicle.merk,
        model: vehicle.model,
        firstRegistrationDate: isoDate(vehicle.eersteInschrijving),
        use: codeOf(USE, vehicle.gebruik, 'vehicle use'),
      };
    }
    case '010':
    case '011': {
      const building = risico.gebouw;
      if (!building) throw new Error(`object type ${risico.objecttype} without a building`);
      const { straat, huisnummer, bus, postcode, gemeente, land } = building.adres;
      return {
        type: 'building',
        address: {
          street: straat,
          houseNumber: huisnummer,
          box: bus,
          postalCode: postcode,
          municipality: gemeente,
          country: land,
        },
        occupancy: codeOf(OCCUPANCY, building.hoedanigheid, 'occupancy'),
        buildingType: codeOf(BUILDING_TYPE, building.soort, 'building kind'),
        insuredPart: risico.objecttype === '010' ? 'BUILDING' : 'CONTENTS',
      };
    }
    case '040': {
      if (!risico.gezin) throw new Error('object type 040 without a household');
      return { type: 'household', numberOfPersons: risico.gezin.aantalPersonen };
    }
    default:
      throw new Error('unknown object type');
  }
}

function deductible(vrijstelling: VConnectContract['waarborgen'][number]['vrijstelling']): Deductible | null {
  if (!vrijstelling) return null;
  const { bedragCent, percentage } = vrijstelling;
  if ((bedragCent === null) === (percentage === null))
    throw new Error('a deductible is either an amount or a percentage');
  return {
    kind: codeOf(DEDUCTIBLE_KIND, vrijstelling.soort, 'deductible kind'),
    amount: bedragCent === null ? null : euros(bedragCent),
    percentage: percentage === null ? null : String(percentage),
  };
}

function guarantee(waarborg: VConnectContract['waarborgen'][number]): NonLifeGuarantee {
  return {
    code: waarborg.code,
    kind: lookupCode(GUARANTEE_KIND, waarborg.code) ?? 'OTHER',
    insuredAmount: waarborg.verzekerdBedragCent === null ? null : euros(waarborg.verzekerdBedragCent),
    deductible: deductible(waarborg.vrijstelling),
  };
}

function shownContract(contract: VConnectContract, kind: NonLifeProductKind): NonLifeContract {
  const premiumFrequency = codeOf(FREQUENCY, contract.premie.frequentie, 'premium frequency');
  const paymentsPerYear = PAYMENTS_PER_YEAR[premiumFrequency];
  const object = insuredObject(contract.risico);
  if (contract.bonusMalus !== null && object.type !== 'vehicle')
    throw new Error('a bonus-malus degree belongs to a vehicle');
  return {
    shown: true,
    id: contract.polisnummer,
    contractNumber: contract.polisnummer,
    kind,
    branch: codeOf(BRANCH, contract.tak, 'branch'),
    status: codeOf(STATUS, contract.status, 'status'),
    startDate: isoDate(contract.ingangsdatum),
    endDate: contract.einddatum === null ? null : isoDate(contract.einddatum),
    renewalDate: isoDate(contract.hoofdvervaldag),
    premium: euros(contract.premie.bedragCent),
    premiumFrequency,
    annualPremium: paymentsPerYear === null ? null : euros(contract.premie.bedragCent * paymentsPerYear),
    // Masked here: the full IBAN goes no further than this function.
    payment: premiumPaymentOf(
      codeOf(PAYMENT_METHOD, contract.premie.betaalwijze, 'payment method'),
      contract.premie.rekeningnummer,
      contract.premie.mededeling,
    ),
    insuredObject: object,
    guarantees: contract.waarborgen.map(guarantee),
    bonusMalusDegree: contract.bonusMalus,
    ...ownership(contract),
  };
}

function hiddenContract(contract: VConnectContract, reason: NotShownReason): HiddenNonLifeContract {
  return {
    shown: false,
    contractNumber: contract.polisnummer,
    productCode: contract.productcode,
    productName: contract.productnaam,
    reason,
    renewalDate: isoDate(contract.hoofdvervaldag),
    ...ownership(contract),
  };
}

/** A V-Connect contract as the subgraph keeps it; throws (for this contract alone) on what it cannot read. */
export function toNonLifeContract(contract: VConnectContract): NonLifeContractRecord {
  const kind = contract.systeem === 'VC' ? lookupCode(SHOWN, contract.productcode) : undefined;
  return kind ? shownContract(contract, kind) : hiddenContract(contract, notShownReason(contract));
}

export function toContractList(list: VConnectContractList): NonLifeContractListEntry[] {
  return list.contracten.map((entry) => ({ contractNumber: entry.polisnummer, roles: partyRolesOf(entry.rollen) }));
}
