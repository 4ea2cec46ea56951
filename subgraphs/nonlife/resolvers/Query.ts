import type { QueryResolvers } from '../generated/resolvers';
import { openContract } from '../visibleContracts';

export const Query: QueryResolvers = {
  nonLifeContract: (_parent, { id }, context) => openContract(id, context),
};
