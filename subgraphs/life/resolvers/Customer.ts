import { sealLifeNotShown } from '../../../platform/contractsNotShownSeal';
import type { LifeContext } from '../context';
import type { ContractNotShown, CustomerResolvers } from '../generated/resolvers';
import { loadCustomerContracts } from '../visibleContracts';
import { lifeContractNotShown } from '../notShown';

/** The caller's life contracts of this customer that are not shown (both fields read one loader, so they agree). */
async function notShownOf(context: LifeContext, customerId: string): Promise<ContractNotShown[]> {
  return (await loadCustomerContracts(context, customerId))
    .filter((contract) => contract.notShownReason !== null)
    .map((contract) => lifeContractNotShown(contract, context.language));
}

export const Customer: CustomerResolvers = {
  __resolveReference: (reference) => reference,

  async lifeContracts(customer, _args, context) {
    return (await loadCustomerContracts(context, customer.id)).filter((contract) => contract.notShownReason === null);
  },

  lifeContractsNotShown: (customer, _args, context) => notShownOf(context, customer.id),

  async lifeContractsNotShownSeal(customer, _args, context) {
    const entries = await notShownOf(context, customer.id);
    return sealLifeNotShown(context.serviceSecret, customer.id, context.viewer, entries);
  },
};
