import { loadVisibleCustomer } from '../access';
import type { CustomerResolvers } from '../generated/resolvers';

export const Customer: CustomerResolvers = {
  __resolveReference: (reference, context) => loadVisibleCustomer(context, reference.id),

  // The customer was authorized when it was loaded (root field or reference), so its consent is too.
  digitalDocumentsConsentedAt: async (customer, _args, context) => (await context.consents.load(customer.id))?.toISOString() ?? null,
};
