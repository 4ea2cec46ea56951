import type { NonLifeContractResolvers } from '../generated/resolvers';
import { kindLabel } from '../labels';
import { openContract } from '../visibleContracts';

export const NonLifeContract: NonLifeContractResolvers = {
  __resolveReference: (reference, context) => openContract(reference.id, context),

  product: (contract, _args, context) => ({
    kind: contract.kind,
    label: kindLabel(contract.kind, context.language),
    branch: contract.branch,
  }),
};
