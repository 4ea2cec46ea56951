import type { NonLifeContractResolvers } from '../generated/resolvers';
import { contractDocuments, contractReference } from './contracts';

export const NonLifeContract: NonLifeContractResolvers = {
  __resolveReference: (reference, context) => contractReference(context, reference.id, 'nonlife'),
  documents: (contract, args, context) => contractDocuments(context, contract, args),
};
