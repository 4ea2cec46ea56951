import { canSeeContract, contractViewOf } from '../../../platform/auth/access';
import { asGraphQLError } from '../../../platform/graphql/errors';
import type { CustomerResolvers } from '../generated/resolvers';
import type { NonLifeContract } from '../model';

/** Roles that make a non-life contract the customer's own: policyholder (003) and insured (013), never driver (004). */
const OWN_ROLES = new Set(['003', '013']);

export const Customer: CustomerResolvers = {
  __resolveReference: (reference) => reference,

  async nonLifeContracts(customer, _args, context) {
    const view = contractViewOf(context.viewer, customer.id);
    let numbers: string[];
    try {
      const list = (await context.loaders.contractList.load(customer.id)) ?? [];
      numbers = list.filter((entry) => view === 'broker' || entry.roles.some((role) => OWN_ROLES.has(role))).map((entry) => entry.contractNumber);
    } catch (error) {
      throw asGraphQLError(error);
    }
    const loaded = await context.loaders.contract.loadMany(numbers);
    const failure = loaded.find((result): result is Error => result instanceof Error);
    if (failure) throw asGraphQLError(failure);
    return loaded
      .filter((contract): contract is NonLifeContract => contract !== null && !(contract instanceof Error))
      .filter((contract) => contract.notShownReason === null && canSeeContract(context.viewer, contract))
      .sort((a, b) => a.contractNumber.localeCompare(b.contractNumber));
  },
};
