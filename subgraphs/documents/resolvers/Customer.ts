import { requireSignedIn } from '../../../platform/auth/access';
import { asGraphQLError, forbidden } from '../../../platform/graphql/errors';
import type { CustomerResolvers } from '../generated/resolvers';

export const Customer: CustomerResolvers = {
  __resolveReference: (reference) => reference,

  async documents(customer, _args, context) {
    const viewer = requireSignedIn(context.viewer);
    if (viewer.role !== 'customer' || viewer.customerId !== customer.id) throw forbidden();
    try {
      const documents = (await context.loaders.customerDocuments.load(customer.id)) ?? [];
      return documents.filter((document) => document.customerId === viewer.customerId).sort((a, b) => b.issueDate.localeCompare(a.issueDate) || a.id.localeCompare(b.id));
    } catch (error) {
      throw asGraphQLError(error);
    }
  },
};
