import { partiesOf } from '../../platform/audit/contractParties';
import { requireSignedIn } from '../../platform/auth/access';
import { asGraphQLError, forbidden } from '../../platform/graphql/errors';
import { authorizeContractsOf, canReadContract, mayReadAnyContract, ownContractNumbers } from './access';
import type { LifeContext } from './context';
import type { LifeContract } from './model';

/**
 * Every life contract of a customer that the caller may see, shown in the portal or not, newest
 * (highest number) first. Both `lifeContracts` and `lifeContractsNotShown` read through it, so
 * within one request Life Connect is asked once.
 */
export async function loadCustomerContracts(context: LifeContext, customerId: string): Promise<LifeContract[]> {
  authorizeContractsOf(context.viewer, customerId);
  let numbers: string[];
  try {
    numbers = ownContractNumbers((await context.loaders.contractList.load(customerId)) ?? []);
  } catch (error) {
    throw asGraphQLError(error);
  }
  const loaded = await context.loaders.contract.loadMany(numbers);
  const failure = loaded.find((result): result is Error => result instanceof Error);
  if (failure) throw asGraphQLError(failure);
  const visible = loaded
    .filter((contract): contract is LifeContract => contract !== null && !(contract instanceof Error))
    .filter((contract) => canReadContract(context.viewer, contract))
    .sort((a, b) => b.contractNumber.localeCompare(a.contractNumber));
  await context.audit.read('LifeContract', partiesOf(visible));
  return visible;
}

/** One contract the caller may see; FORBIDDEN alike for unknown and not-yours, so contract numbers cannot be probed. */
export async function loadVisibleContract(context: LifeContext, id: string): Promise<LifeContract> {
  // Callers who can see no contract at all (support staff) are refused before Life Connect is asked.
  if (!mayReadAnyContract(requireSignedIn(context.viewer))) throw forbidden();
  let contract: LifeContract | null;
  try {
    contract = await context.loaders.contract.load(id);
  } catch (error) {
    throw asGraphQLError(error);
  }
  if (!contract || !canReadContract(context.viewer, contract)) throw forbidden();
  await context.audit.read('LifeContract', partiesOf([contract]));
  return contract;
}
