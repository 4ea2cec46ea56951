import type { LifeContractResolvers } from '../generated/resolvers';
import { contractDocuments, contractReference } from './contracts';

export const LifeContract: LifeContractResolvers = {
  __resolveReference: (reference, context) => contractReference(reference.id, 'life', context),
  documents: (contract, args, context) => contractDocuments(contract, args, context),
};
