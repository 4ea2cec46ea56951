import { partiesOf } from '../audit/contractParties';
import type { RequestAudit } from '../audit/RequestAudit';
import type { RecordLoader } from '../cache/RecordCache';
import { holdsOrIsInsured, type PartyRole } from '../partyRoles';
import { canSeeContract, contractViewOf, type ContractOwnership } from './access';
import type { Viewer } from './viewer';

/** A contract on a customer's legacy list, with the customer's roles on it. */
export interface ContractListEntry {
  contractNumber: string;
  roles: readonly PartyRole[];
}

/** The contract numbers on a customer's list that may be theirs (the records themselves decide). */
export function ownContractNumbers(list: readonly ContractListEntry[]): string[] {
  return list.filter((entry) => holdsOrIsInsured(entry.roles)).map((entry) => entry.contractNumber);
}

/** Whether the record names the customer as policyholder or insured (an IPT's manager is its insured). */
export function isCustomersContract(contract: ContractOwnership, customerId: string): boolean {
  return contract.policyholderId === customerId || contract.insuredIds.includes(customerId);
}

export interface CustomerContractsSource<C extends ContractOwnership> {
  viewer: Viewer;
  /** The request's audit trail: a broker's read of the list is recorded before it is answered. */
  audit: RequestAudit;
  /** What the audit trail calls these records ('LifeContract', 'NonLifeContract'). */
  resource: string;
  customerId: string;
  /** The customer's contract list from the legacy system, by customer id. */
  list: RecordLoader<ContractListEntry[]>;
  /** The contracts themselves, by contract number. */
  contracts: RecordLoader<C>;
  /** The order the list is answered in. */
  order: (a: C, b: C) => number;
}

/**
 * Every contract of a customer that the viewer may see, as life and non-life both need it: only
 * the customer themselves or a broker may ask (FORBIDDEN / UNAUTHENTICATED otherwise); a contract
 * counts when its own record names the customer as holder or insured and the viewer may see it
 * (a broker: only their office's). One contract the backend cannot give (and the cache cannot
 * cover) fails the whole list: a list silently missing a contract would look like missing cover.
 * The read is recorded in the audit trail (for brokers and staff) with every party it reveals.
 */
export async function loadCustomerContracts<C extends ContractOwnership>({
  viewer,
  audit,
  resource,
  customerId,
  list,
  contracts,
  order,
}: CustomerContractsSource<C>): Promise<C[]> {
  contractViewOf(viewer, customerId);
  const numbers = ownContractNumbers((await list.load(customerId)) ?? []);
  const loaded = await contracts.loadMany(numbers);
  const failure = loaded.find((result): result is Error => result instanceof Error);
  if (failure) throw failure;
  const visible = loaded
    .filter(
      (record): record is C =>
        record !== null &&
        !(record instanceof Error) &&
        isCustomersContract(record, customerId) &&
        canSeeContract(viewer, record),
    )
    .sort(order);
  await audit.read(resource, partiesOf(visible));
  return visible;
}
