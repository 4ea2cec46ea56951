import { canSeeContract, requireSignedIn } from '../../../platform/auth/access';
import { asGraphQLError, forbidden } from '../../../platform/graphql/errors';
import type { LifeContractResolvers } from '../generated/resolvers';
import { productLabel } from '../labels';

export const LifeContract: LifeContractResolvers = {
  async __resolveReference(reference, context) {
    requireSignedIn(context.viewer);
    const contract = await context.loaders.contract.load(reference.id).catch((error: unknown) => {
      throw asGraphQLError(error);
    });
    // Unknown and not-yours look the same, so contract numbers cannot be probed.
    if (!contract || !canSeeContract(context.viewer, contract)) throw forbidden();
    return contract;
  },

  product: (contract, _args, context) => ({
    kind: contract.kind,
    label: productLabel(contract.productCode, contract.productName, context.language),
  }),
};
