import type { QueryResolvers } from '../generated/resolvers';
import { loadVisibleContract } from '../visibleContracts';

export const Query: QueryResolvers = {
  nonLifeContract: (_parent, { id }, context) => loadVisibleContract(context, id),
};
