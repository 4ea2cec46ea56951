import { requireSignedIn } from '../../../platform/auth/access';
import { forbidden } from '../../../platform/graphql/errors';
import { loadVisibleCustomer } from '../access';
import type { QueryResolvers } from '../generated/resolvers';
import { readBrokerChanges } from '../feed/brokerChanges';
import { message } from '../messages';
import type { Customer } from '../model';
import { helpAudienceFor, helpIn } from '../help/help';
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

  async findCustomer(_parent, { lookup }, context) {
    const viewer = requireSignedIn(context.viewer);
    if (viewer.role !== 'support') throw forbidden('Only the contact centre looks customers up.');
    const ids = await context.flows.matchingCustomers(lookup, context.requestId);
    const customers = (await context.loaders.customer.loadMany(ids)).filter(
      (customer): customer is Customer => customer !== null && !(customer instanceof Error),
    );
    if (customers.length === 0)
      return { __typename: 'NoCustomerFound', message: message('LOOKUP_NO_CUSTOMER', context.language) };
    if (customers.length > 1)
      return {
        __typename: 'SeveralCustomersFound',
        count: customers.length,
        message: message('LOOKUP_SEVERAL_CUSTOMERS', context.language),
      };
    const [customer] = customers as [Customer];
    return { __typename: 'CustomerFound', customer: await loadVisibleCustomer(context, customer.id) };
  },

  /** The events' new contact details are the customers' data: each customer on the page is a broker read in the audit trail. */
  async brokerChanges(_parent, { after, first }, context) {
    const viewer = requireSignedIn(context.viewer);
    if (viewer.role !== 'broker') throw forbidden('Only broker tokens have a change feed.');
    const page = await readBrokerChanges(context.flows.brokerFeeds, viewer.brokerId, { after, first: first ?? 50 });
    await context.audit.read('Customer', new Set(page.events.map((event) => event.customerId)));
    return page;
  },

  help: (_parent, { audience }, context) => helpIn(context.language, helpAudienceFor(context.viewer, audience)),

  auditRecords,
};
