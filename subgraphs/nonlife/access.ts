import { canSeeContract, contractViewOf, type ContractOwnership } from '../../platform/auth/access';
import type { Viewer } from '../../platform/auth/viewer';
import type { NonLifeContract, NonLifeContractListEntry, NonLifeContractRecord } from './model';

/**
 * The non-life subgraph's authorization rules, on top of platform/auth/access.ts, decided from
 * the token and each record's own ownership fields on every read, cached or not.
 */

/** Roles that make a non-life contract the customer's own: policyholder (003) and insured (013), never driver (004). */
const OWN_ROLES: ReadonlySet<string> = new Set(['003', '013']);

/** The contract numbers on a customer's V-Connect list that may be theirs (the records decide). */
export function ownContractNumbers(list: readonly NonLifeContractListEntry[]): string[] {
  return list.filter((entry) => entry.roles.some((role) => OWN_ROLES.has(role))).map((entry) => entry.contractNumber);
}

/** Whether the record names the customer as policyholder or insured; a named driver is neither. */
export function isCustomersContract(contract: ContractOwnership, customerId: string): boolean {
  return contract.policyholderId === customerId || contract.insuredIds.includes(customerId);
}

/**
 * Who may ask for a customer's non-life contracts at all: the customer themselves or a broker
 * (who then sees only what their office manages); support staff and other customers get
 * FORBIDDEN, anonymous callers UNAUTHENTICATED.
 */
export function requireContractsView(viewer: Viewer, customerId: string): void {
  contractViewOf(viewer, customerId);
}

/** Of a customer's records, those the viewer may see: the customer's own, and for a broker only their office's. */
export function visibleContractsOf<T extends NonLifeContractRecord>(viewer: Viewer, customerId: string, records: readonly T[]): T[] {
  return records.filter((record) => isCustomersContract(record, customerId) && canSeeContract(viewer, record));
}

/** A contract opened by id (root field or `_entities`): only a shown contract the viewer may see. */
export function canOpenContract(viewer: Viewer, record: NonLifeContractRecord | null): record is NonLifeContract {
  return record !== null && record.shown && canSeeContract(viewer, record);
}
