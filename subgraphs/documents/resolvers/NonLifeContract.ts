import type { NonLifeContractResolvers } from '../generated/resolvers';
import { contractDocuments, contractReference } from './contracts';

export const NonLifeContract: NonLifeContractResolvers = {
  __resolveReference: (reference, context) => contractReference(reference.id, 'nonlife', context),
  documents: (contract, args, context) => contractDocuments(contract, args, context),
};
