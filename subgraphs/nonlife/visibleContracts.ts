import { partiesOf } from '../../platform/audit/contractParties';
import { loadCustomerContracts as loadContractsOf, openContractById } from '../../platform/auth/customerContracts';
import { canOpenContract } from './access';
import type { NonLifeContext } from './context';
import type { NonLifeContract, NonLifeContractRecord } from './model';

/**
 * Every V-Connect contract of the customer the caller may see, shown or not, by contract number.
 * Both `nonLifeContracts` and `contractsNotShown` read it, so one operation fetches each contract
 * once. One contract V-Connect cannot give (and the cache cannot cover) fails the whole list: a
 * list silently missing a contract would tell the customer they are not insured.
 */
export function loadCustomerContracts(context: NonLifeContext, customerId: string): Promise<NonLifeContractRecord[]> {
  return loadContractsOf({
    viewer: context.viewer,
    audit: context.audit,
    resource: 'NonLifeContract',
    customerId,
    list: context.loaders.contractList,
    contracts: context.loaders.contract,
    order: (a, b) => a.contractNumber.localeCompare(b.contractNumber),
  });
}

/**
 * One contract by id, for `Query.nonLifeContract` and `_entities`: FORBIDDEN alike when it does
 * not exist, is malformed, is not shown or is not the caller's, in and out of V-Connect's
 * outages, so ids cannot be probed (see openContractById).
 */
export async function loadVisibleContract(context: NonLifeContext, id: string): Promise<NonLifeContract> {
  const record = await openContractById({
    viewer: context.viewer,
    id,
    list: context.loaders.contractList,
    contracts: context.loaders.contract,
    canOpen: canOpenContract,
  });
  await context.audit.read('NonLifeContract', partiesOf([record]));
  return record;
}
