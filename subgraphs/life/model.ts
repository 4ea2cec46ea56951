import type { PremiumPaymentRecord } from '../../platform/backend/premiumPayment';
import type { Money } from '../../platform/money';
import type { PartyRole } from '../../platform/partyRoles';
import type { ContractOwnership } from '../../platform/auth/access';
import type {
  BeneficiaryClause,
  BeneficiaryEvent,
  ContractStatus,
  FiscalRegime,
  FundHolding,
  LifeBranch,
  LifeGuaranteeKind,
  LifePartyKind,
  LifePolicyType,
  LifePremium,
  LifeProductKind,
  ProfitSharing,
} from './generated/resolvers';

/** A customer as other subgraphs reference it. */
export interface CustomerReference {
  id: string;
}

/** The policyholder or an insured person, as Life Connect names them on the policy. */
export interface LifeParty {
  id: string;
  kind: LifePartyKind;
  name: string;
}

/** A beneficiary designation with the name as written in the clause; who may read the name is decided per caller. */
export interface LifeBeneficiaryRecord {
  event: BeneficiaryEvent;
  clause: BeneficiaryClause;
  rank: number;
  /** Percentage as a decimal string. */
  share: string;
  name: string | null;
}

export interface LifeGuaranteeRecord {
  kind: LifeGuaranteeKind;
  isMain: boolean;
  insuredAmount: Money | null;
}

/** Why the portal does not show a contract yet; only standalone death cover and guaranteed income today. */
export type LifeNotShownReason = 'NOT_YET_SUPPORTED';

/**
 * A life contract as the life subgraph caches and resolves it: mapped from Life Connect,
 * language-neutral (codes and enums, no labels), with the ownership fields access is decided on.
 * Fields named as in the schema are served as they are; labels and caller-dependent parts
 * (parties' profiles, beneficiaries' names) are resolved per request.
 */
export interface LifeContract extends ContractOwnership {
  id: string;
  contractNumber: string;
  /** Life Connect's product code: the key of the localised product label. */
  productCode: string;
  /** The product name Life Connect holds (Dutch), the label of last resort. */
  productName: string;
  kind: LifeProductKind;
  branch: LifeBranch;
  policyType: LifePolicyType;
  fiscalRegime: FiscalRegime;
  status: ContractStatus;
  startDate: string;
  endDate: string | null;
  expiryDate: string | null;
  policyholder: LifeParty;
  insured: LifeParty[];
  premium: LifePremium;
  /** How the premium is paid, the account already masked; frequency and due date are `premium`'s. */
  payment: PremiumPaymentRecord;
  reserve: Money | null;
  reserveValuationDate: string | null;
  surrenderValue: Money | null;
  guaranteedRate: string | null;
  profitSharing: ProfitSharing | null;
  funds: FundHolding[];
  beneficiaries: LifeBeneficiaryRecord[];
  guarantees: LifeGuaranteeRecord[];
  /** Set when the portal does not show this kind of contract yet (standalone death cover or guaranteed income). */
  notShownReason: LifeNotShownReason | null;
}

/** A contract in a customer's Life Connect list, with the customer's roles on it. */
export interface LifeContractListEntry {
  contractNumber: string;
  roles: PartyRole[];
}
