/**
 * The legacy systems' records in one neutral form. Each backend serialises them in its own
 * awkward format; only the mocks see this module.
 */
import type { DocumentTypeCode, LifeProductCode, NonLifeProductCode } from './catalogue';

export type Language = 'nl' | 'fr' | 'de';

export interface Address {
  street: string;
  houseNumber: string;
  box: string | null;
  postalCode: string;
  municipality: string;
  country: 'BE';
}

export interface Person {
  id: string;
  index: number;
  firstName: string;
  lastName: string;
  gender: 'M' | 'F';
  /** YYYY-MM-DD */
  birthDate: string;
  nationalRegisterNumber: string;
  language: Language;
  address: Address;
  email: string;
  /** E.164 */
  mobile: string;
}

export interface Company {
  id: string;
  name: string;
  companyNumber: string;
  /** The person who manages the company (the insured of its IPT). */
  managerId: string;
  address: Address;
}

export interface Broker {
  id: string;
  name: string;
  fsmaNumber: string;
  email: string;
  phone: string;
  address: Address;
}

/** Who is who on a contract (Telebib2 X043 roles). */
export interface ContractParties {
  policyholderId: string;
  insuredIds: string[];
  intermediaryId: string;
  /** Persons named as beneficiaries (life) or drivers (motor): no right to see the contract. */
  beneficiaryIds: string[];
  driverIds: string[];
}

export interface Money {
  /** Whole cents: the legacy systems never use floating point for money. */
  cents: number;
}

/** How a contract's premiums are paid (the rule is in payment.ts). */
export interface PremiumPayment {
  /** By direct debit from `iban`, or by the payer's transfer carrying `structuredCommunication`. */
  method: 'debit' | 'transfer';
  /** The account debited (a direct debit only). */
  iban: string | null;
  /** +++ddd/dddd/ddddd+++, for a transfer only. */
  structuredCommunication: string | null;
}

export interface LifeBeneficiary {
  event: 'survival' | 'death';
  /** Telebib2 list 1910 clause. */
  clause: string;
  rank: number;
  /** Share in hundredths of a percent (10000 = 100 %). */
  shareBasisPoints: number;
  /** A named person: a party id and the name as written in the clause. */
  partyId: string | null;
  name: string | null;
}

export interface LifeGuarantee {
  /** Telebib2 A574 */
  code: string;
  main: boolean;
  insuredAmountCents: number;
}

export interface FundHolding {
  code: string;
  name: string;
  /** Units with 6 decimals, as a string. */
  units: string;
  /** Unit price in cents with 4 decimals (e.g. "12345.6789" = €123.456789), as a string. */
  unitPriceCents: string;
  /** YYYY-MM-DD */
  priceDate: string;
}

export interface LifeContract {
  contractNumber: string;
  product: LifeProductCode;
  /** Telebib2 A003 */
  status: string;
  startDate: string;
  endDate: string | null;
  expiryDate: string | null;
  parties: ContractParties;
  premiumCents: number;
  /** Telebib2 A325 */
  premiumFrequency: string;
  nextPremiumDueDate: string | null;
  payment: PremiumPayment;
  /** Null for a risk product, which builds no reserve (LifeProduct.savesReserve). */
  reserveCents: number | null;
  reserveValuationDate: string | null;
  surrenderValueCents: number | null;
  /** Branch 21: guaranteed rate in basis points (225 = 2.25 %). */
  guaranteedRateBasisPoints: number | null;
  profitSharingAcquiredCents: number | null;
  profitSharingThisYearCents: number | null;
  profitSharingRateBasisPoints: number | null;
  funds: FundHolding[];
  beneficiaries: LifeBeneficiary[];
  guarantees: LifeGuarantee[];
}

export interface Vehicle {
  plate: string;
  vin: string;
  make: string;
  model: string;
  firstRegistration: string;
  /** "PRIV" private and commuting, "MOTO" motorcycle, "PROF" professional. */
  use: 'PRIV' | 'MOTO' | 'PROF';
}

export interface Building {
  address: Address;
  /** 01 owner, 02 tenant */
  occupancy: '01' | '02';
  /** "HUIS" house, "APP" flat */
  kind: 'HUIS' | 'APP';
}

export interface NonLifeGuarantee {
  /** Telebib2 A574 */
  code: string;
  insuredAmountCents: number | null;
  deductible: {
    kind: 'classic' | 'young-driver' | 'english';
    amountCents: number | null;
    percent: number | null;
  } | null;
}

export interface NonLifeContract {
  contractNumber: string;
  product: NonLifeProductCode;
  status: string;
  startDate: string;
  endDate: string | null;
  renewalDate: string;
  parties: ContractParties;
  premiumCents: number;
  premiumFrequency: string;
  payment: PremiumPayment;
  /** Telebib2 A573: the product's, except a tenant's home contract, which insures contents and liability (011). */
  objectType: '001' | '010' | '011' | '040';
  vehicle: Vehicle | null;
  building: Building | null;
  familyMembers: number | null;
  guarantees: NonLifeGuarantee[];
  bonusMalus: number | null;
}

export interface ArchivedDocument {
  id: string;
  /**
   * The party the document is addressed to: the customer, or for an IPT's tax certificate the
   * company that pays and deducts the premiums.
   */
  customerId: string;
  contractNumber: string;
  type: DocumentTypeCode;
  /** Tax year or period the document covers. */
  year: number;
  issueDate: string;
  fileName: string;
}
