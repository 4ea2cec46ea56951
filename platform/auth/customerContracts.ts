import { partiesOf } from '../audit/contractParties';
import type { RequestAudit } from '../audit/RequestAudit';
import type { Read, RecordLoader } from '../cache/RecordCache';
import { forbidden } from '../graphql/errors';
import { holdsOrIsInsured, type PartyRole } from '../partyRoles';
import { canSeeContract, contractViewOf, requireSignedIn, type ContractOwnership } from './access';
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
 * the customer themselves, a broker or the contact centre may ask (FORBIDDEN / UNAUTHENTICATED
 * otherwise); a contract counts when its own record names the customer as holder or insured and
 * the viewer may see it (a broker: only their office's; the contact centre: what the customer sees). One contract the backend cannot give (and the cache cannot
 * cover) fails the whole list: a list silently missing a contract would look like missing cover.
 * Stale markers are recorded only for what the answer shows (the contracts, and the list when it
 * shows any), so another office's contracts served from cache during an outage leave no trace.
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
  const view = contractViewOf(viewer, customerId);
  const entries = await list.read(customerId);
  const loaded = await contracts.readMany(ownContractNumbers(entries.value ?? []));
  const failure = loaded.find((result): result is Error => result instanceof Error);
  if (failure) throw failure;
  const visible = loaded
    .filter(
      (read): read is Read<C> & { value: C } =>
        !(read instanceof Error) &&
        read.value !== null &&
        isCustomersContract(read.value, customerId) &&
        // The contact centre sees the customer's own view: every contract they hold or are insured on.
        (view === 'support' || canSeeContract(viewer, read.value)),
    )
    .sort((a, b) => order(a.value, b.value));
  for (const read of visible) contracts.shown(read);
  if (visible.length > 0) list.shown(entries);
  const shown = visible.map((read) => read.value);
  await audit.read(resource, partiesOf(shown));
  return shown;
}

export interface ContractByIdSource<R, C extends R> {
  viewer: Viewer;
  id: string;
  /** Customers' contract lists from the legacy system, by customer id. */
  list: RecordLoader<ContractListEntry[]>;
  /** The contracts themselves, by contract number. */
  contracts: RecordLoader<R>;
  /** Whether the viewer may open the record (the platform's contract rules and the subgraph's own). */
  canOpen: (viewer: Viewer, record: R) => record is C;
}

/**
 * One contract by id, or FORBIDDEN: the same answer, with nothing else, whether the id does not
 * exist, is not well formed or is not the caller's, in and out of outages.
 * - Only customers and brokers open contracts; anyone else is refused before anything is read.
 * - A customer's id is looked up only when it is on their own contract list, so for any other id
 *   neither its existence nor its cache state shows, and it costs no cache entry or backend call.
 * - A record the caller may not see is refused like an unknown id: FORBIDDEN while the backend
 *   answers, and the backend's failure while it fails (when only a stale copy stood in for it, or
 *   when asked again for a fresh one), which is what an id nothing is cached for gets; its stale
 *   marker is never recorded.
 */
export async function openContractById<R, C extends R>({
  viewer,
  id,
  list,
  contracts,
  canOpen,
}: ContractByIdSource<R, C>): Promise<C> {
  const signedIn = requireSignedIn(viewer);
  if (signedIn.role === 'customer') {
    const own = ownContractNumbers((await list.read(signedIn.customerId)).value ?? []);
    if (!own.includes(id)) throw forbidden();
  } else if (signedIn.role !== 'broker') {
    throw forbidden();
  }
  const read = await contracts.read(id);
  if (read.value === null || !canOpen(signedIn, read.value)) {
    throw (await contracts.failureOfRefusal(id, read)) ?? forbidden();
  }
  contracts.shown(read);
  return read.value;
}
