import { partiesOf } from '../../platform/audit/contractParties';
import { requireSignedIn } from '../../platform/auth/access';
import { forbidden } from '../../platform/graphql/errors';
import { loadCustomerContracts as loadContractsOf } from '../../platform/auth/customerContracts';
import { canOpenContract, mayReadAnyContract } from './access';
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

/** One contract the caller may see; FORBIDDEN alike for unknown and not-yours, so contract numbers cannot be probed. */
export async function loadVisibleContract(context: LifeContext, id: string): Promise<LifeContract> {
  // Callers who can see no contract at all (support staff) are refused before Life Connect is asked.
  if (!mayReadAnyContract(requireSignedIn(context.viewer))) throw forbidden();
  const contract = await context.loaders.contract.load(id);
  if (!contract || !canOpenContract(context.viewer, contract)) throw forbidden();
  await context.audit.read('LifeContract', partiesOf([contract]));
  return contract;
}
