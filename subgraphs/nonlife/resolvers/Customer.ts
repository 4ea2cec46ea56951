import { contractViewOf } from '../../../platform/auth/access';
import type { CustomerResolvers } from '../generated/resolvers';
import { loadCustomerContracts } from '../visibleContracts';
import { lifeContractsNotShown } from '../lifeNotShown';
import type { HiddenNonLifeContract, NonLifeContract } from '../model';
import { nonLifeContractNotShown } from '../notShown';

export const Customer: CustomerResolvers = {
  __resolveReference: (reference) => reference,

  async nonLifeContracts(customer, _args, context) {
    return (await loadCustomerContracts(context, customer.id)).filter(
      (contract): contract is NonLifeContract => contract.shown,
    );
  },

  async contractsNotShown(customer, _args, context) {
    contractViewOf(context.viewer, customer.id);
    // Checked before anything is loaded, so a malformed or unsealed representation costs no backend call.
    const life = lifeContractsNotShown(customer, context);
    const today = new Date().toISOString().slice(0, 10);
    const nonLife = (await loadCustomerContracts(context, customer.id))
      .filter((contract): contract is HiddenNonLifeContract => !contract.shown)
      .map((contract) => nonLifeContractNotShown(contract, context.language, today));
    return [...(life ?? []), ...nonLife].sort((a, b) => a.contractNumber.localeCompare(b.contractNumber));
  },
};
