import type { PostalAddress } from '../../platform/address';
import type { ContractOwnership } from '../../platform/auth/access';
import type { PremiumPaymentRecord } from '../../platform/backend/premiumPayment';
import type { Money } from '../../platform/money';
import type { PartyRole } from '../../platform/partyRoles';
import type {
  BuildingInsuredPart,
  BuildingType,
  ContractStatus,
  DeductibleKind,
  GuaranteeKind,
  NonLifeBranch,
  NonLifeProductKind,
  Occupancy,
  PremiumFrequency,
  VehicleUse,
} from './generated/resolvers';

/**
 * A customer as other subgraphs reference it; `lifeContractsNotShown` and its seal only when the
 * gateway resolved them for `contractsNotShown`.
 */
export interface CustomerReference {
  id: string;
  lifeContractsNotShown?: unknown;
  lifeContractsNotShownSeal?: unknown;
}

/** Why a contract that exists in V-Connect is not shown in the portal. */
export type NotShownReason = 'NICHE_PRODUCT' | 'LEGACY_SYSTEM' | 'NOT_YET_SUPPORTED';

export interface InsuredVehicle {
  type: 'vehicle';
  licensePlate: string;
  vin: string;
  make: string;
  model: string;
  firstRegistrationDate: string;
  use: VehicleUse;
}

/** The address of an insured building. */
export type RiskAddress = PostalAddress;

export interface InsuredBuilding {
  type: 'building';
  address: RiskAddress;
  occupancy: Occupancy;
  buildingType: BuildingType;
  insuredPart: BuildingInsuredPart;
}

export interface InsuredHousehold {
  type: 'household';
  numberOfPersons: number;
}

export type InsuredObject = InsuredVehicle | InsuredBuilding | InsuredHousehold;

export interface Deductible {
  kind: DeductibleKind;
  amount: Money | null;
  /** A decimal string, e.g. "3" for 3 %. */
  percentage: string | null;
}

/** A guarantee as mapped from V-Connect; its label and what it covers are localised when resolved. */
export interface NonLifeGuarantee {
  code: string;
  kind: GuaranteeKind;
  insuredAmount: Money | null;
  deductible: Deductible | null;
}

/**
 * A non-life contract the portal shows, as the non-life subgraph caches and resolves it: mapped
 * from V-Connect, language-neutral, with the ownership fields access is decided on.
 */
export interface NonLifeContract extends ContractOwnership {
  shown: true;
  id: string;
  contractNumber: string;
  kind: NonLifeProductKind;
  branch: NonLifeBranch;
  status: ContractStatus;
  startDate: string;
  endDate: string | null;
  renewalDate: string;
  premium: Money;
  premiumFrequency: PremiumFrequency;
  annualPremium: Money | null;
  /** How the premium is paid, the account already masked; the next due date is worked out per request (`nextPremiumDueDate`). */
  payment: PremiumPaymentRecord;
  insuredObject: InsuredObject;
  guarantees: NonLifeGuarantee[];
  bonusMalusDegree: number | null;
}

/**
 * A contract V-Connect holds that the portal does not show: only what "I can't find my contract"
 * needs, so a niche product's details can never fail or leak through the shown contracts' mapping.
 */
export interface HiddenNonLifeContract extends ContractOwnership {
  shown: false;
  contractNumber: string;
  productCode: string;
  /** V-Connect's own (Dutch) product name, for products the subgraph has no label for. */
  productName: string;
  reason: NotShownReason;
  renewalDate: string;
}

/** What the contract cache holds per contract number. */
export type NonLifeContractRecord = NonLifeContract | HiddenNonLifeContract;

/** A contract in a customer's V-Connect list, with the customer's roles on it. */
export interface NonLifeContractListEntry {
  contractNumber: string;
  roles: PartyRole[];
}
