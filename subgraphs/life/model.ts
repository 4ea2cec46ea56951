import type { Money } from '../../platform/money';
import type { ContractOwnership } from '../../platform/auth/access';
import type { ContractStatus, LifeProductKind } from './generated/resolvers';

/** A customer as other subgraphs reference it. */
export interface CustomerReference {
  id: string;
}

/**
 * A life contract as the life subgraph caches and resolves it: mapped from Life Connect,
 * language-neutral (codes and enums, no labels), with the ownership fields access is decided on.
 */
export interface LifeContract extends ContractOwnership {
  id: string;
  contractNumber: string;
  /** Life Connect's product code: the key of the localised product label. */
  productCode: string;
  /** The product name Life Connect holds (Dutch), the label of last resort. */
  productName: string;
  kind: LifeProductKind;
  status: ContractStatus;
  reserve: Money | null;
  /** Set when the portal does not show this kind of contract yet (standalone death cover or guaranteed income). */
  notShownReason: 'NOT_YET_SUPPORTED' | null;
}

/** A contract in a customer's Life Connect list, with the customer's roles on it (Telebib2 X043). */
export interface LifeContractListEntry {
  contractNumber: string;
  roles: string[];
}
