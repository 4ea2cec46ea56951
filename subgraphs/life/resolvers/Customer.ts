import type { CustomerResolvers } from '../generated/resolvers';
import { loadCustomerContracts } from '../visibleContracts';
import { lifeContractNotShown } from '../notShown';

export const Customer: CustomerResolvers = {
  __resolveReference: (reference) => reference,

  async lifeContracts(customer, _args, context) {
    return (await loadCustomerContracts(context, customer.id)).filter((contract) => contract.notShownReason === null);
  },

  async lifeContractsNotShown(customer, _args, context) {
    return (await loadCustomerContracts(context, customer.id))
      .filter((contract) => contract.notShownReason !== null)
      .map((contract) => lifeContractNotShown(contract, context.language));
  },
};
