import { loadVisibleContract } from '../visibleContracts';
import type { QueryResolvers } from '../generated/resolvers';

export const Query: QueryResolvers = {
  lifeContract: (_parent, { id }, context) => loadVisibleContract(context, id),
};
