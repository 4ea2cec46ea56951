import { canSeeContract, requireSignedIn } from '../../../platform/auth/access';
import { asGraphQLError, forbidden } from '../../../platform/graphql/errors';
import type { NonLifeContractResolvers } from '../generated/resolvers';
import { kindLabel } from '../labels';

export const NonLifeContract: NonLifeContractResolvers = {
  async __resolveReference(reference, context) {
    requireSignedIn(context.viewer);
    const contract = await context.loaders.contract.load(reference.id).catch((error: unknown) => {
      throw asGraphQLError(error);
    });
    if (!contract || contract.notShownReason !== null || !canSeeContract(context.viewer, contract)) throw forbidden();
    return contract;
  },

  product: (contract, _args, context) => {
    if (!contract.kind) throw new Error(`Contract ${contract.contractNumber} is not shown in the portal.`);
    return { kind: contract.kind, label: kindLabel(contract.kind, context.language) };
  },
};
