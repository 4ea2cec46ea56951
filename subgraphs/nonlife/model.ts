import type { ContractOwnership } from '../../platform/auth/access';
import type { Money } from '../../platform/money';
import type { ContractStatus, NonLifeProductKind } from './generated/resolvers';

/** A customer as other subgraphs reference it. */
export interface CustomerReference {
  id: string;
}

/** Why a contract that exists in V-Connect is not shown in the portal. */
export type NotShownReason = 'NICHE_PRODUCT' | 'LEGACY_SYSTEM';

/**
 * A non-life contract as the non-life subgraph caches and resolves it: mapped from V-Connect,
 * language-neutral, with the ownership fields access is decided on.
 */
export interface NonLifeContract extends ContractOwnership {
  id: string;
  contractNumber: string;
  productCode: string;
  productName: string;
  /** Null for products the portal does not show (see notShownReason). */
  kind: NonLifeProductKind | null;
  notShownReason: NotShownReason | null;
  status: ContractStatus;
  premium: Money;
}

export interface NonLifeContractListEntry {
  contractNumber: string;
  roles: string[];
}
