import { loadVisibleCustomer } from '../access';
import type { CustomerResolvers } from '../generated/resolvers';

export const Customer: CustomerResolvers = {
  __resolveReference: (reference, context) => loadVisibleCustomer(context, reference.id),
};
