import type { LifeContractResolvers } from '../generated/resolvers';
import { contractDocuments, contractReference } from './contracts';

export const LifeContract: LifeContractResolvers = {
  __resolveReference: (reference, context) => contractReference(context, reference.id, 'life'),
  documents: (contract, args, context) => contractDocuments(context, contract, args),
};
