import { partiesOf } from '../../platform/audit/contractParties';
import { loadCustomerContracts as loadContractsOf, openContractById } from '../../platform/auth/customerContracts';
import { canOpenContract } from './access';
import type { LifeContext } from './context';
import type { LifeContract } from './model';

/**
 * Every life contract of a customer that the caller may see, shown in the portal or not, newest
 * (highest number) first. Both `lifeContracts` and `lifeContractsNotShown` read through it, so
 * within one request Life Connect is asked once.
 */
export function loadCustomerContracts(context: LifeContext, customerId: string): Promise<LifeContract[]> {
  return loadContractsOf({
    viewer: context.viewer,
    audit: context.audit,
    resource: 'LifeContract',
    customerId,
    list: context.loaders.contractList,
    contracts: context.loaders.contract,
    order: (a, b) => b.contractNumber.localeCompare(a.contractNumber),
  });
}

/**
 * One contract the caller may see; FORBIDDEN alike for unknown, malformed and not-yours, in and
 * out of Life Connect's outages, so contract numbers cannot be probed (see openContractById).
 */
export async function loadVisibleContract(context: LifeContext, id: string): Promise<LifeContract> {
  const contract = await openContractById({
    viewer: context.viewer,
    id,
    list: context.loaders.contractList,
    contracts: context.loaders.contract,
    canOpen: (viewer, record): record is LifeContract => canOpenContract(viewer, record),
  });
  await context.audit.read('LifeContract', partiesOf([contract]));
  return contract;
}
