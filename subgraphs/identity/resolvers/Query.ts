import { requireSignedIn } from '../../../platform/auth/access';
import { forbidden } from '../../../platform/graphql/errors';
import { loadVisibleCustomer } from '../access';
import type { QueryResolvers } from '../generated/resolvers';
import { helpIn } from '../help/help';
import { loadVisibleOffice } from '../offices';
import { auditRecords } from './auditRecords';

export const Query: QueryResolvers = {
  async me(_parent, _args, context) {
    const viewer = requireSignedIn(context.viewer);
    if (viewer.role !== 'customer') throw forbidden('Only customers have a profile of their own.');
    return loadVisibleCustomer(context, viewer.customerId);
  },

  customer: (_parent, { id }, context) => loadVisibleCustomer(context, id),

  async myBrokerOffice(_parent, _args, context) {
    const viewer = requireSignedIn(context.viewer);
    if (viewer.role !== 'broker') throw forbidden('Only broker tokens have an office.');
    return loadVisibleOffice(context, viewer.brokerId);
  },

  help: (_parent, _args, context) => helpIn(context.language),

  auditRecords,
};
