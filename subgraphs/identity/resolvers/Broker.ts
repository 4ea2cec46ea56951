import { requireSignedIn } from '../../../platform/auth/access';
import { forbidden } from '../../../platform/graphql/errors';
import type { BrokerPortfolioResolvers, BrokerResolvers, PortfolioEdgeResolvers } from '../generated/resolvers';
import { loadVisibleOffice } from '../offices';

export const Broker: BrokerResolvers = {
  __resolveReference: (reference, context) => loadVisibleOffice(context, reference.id),

  contact: (broker) => ({ email: broker.email, phone: broker.phone, postalAddress: broker.address }),

  async portfolio(broker, { first, after, search }, context) {
    const viewer = requireSignedIn(context.viewer);
    if (viewer.role !== 'broker' || viewer.brokerId !== broker.id)
      throw forbidden('Only the office itself sees its portfolio.');
    return context.flows.portfolio(broker.id, { first: first ?? 20, after, search }, context.requestId);
  },

  /** The office's own developers manage it; the contact centre reads it to answer an office that asks. */
  webhook(broker, _args, context) {
    const viewer = requireSignedIn(context.viewer);
    const own = viewer.role === 'broker' && viewer.brokerId === broker.id;
    if (!own && viewer.role !== 'support')
      throw forbidden("Only the office itself and the contact centre see an office's webhook.");
    return context.flows.brokerWebhooks.status(broker.id).then((status) => status ?? null);
  },
};

export const BrokerPortfolio: BrokerPortfolioResolvers = {
  pageInfo: (page) => ({ hasNextPage: page.hasNextPage, endCursor: page.edges.at(-1)?.cursor ?? null }),
};

/** The office listed these customers as its own, which is what lets its broker see them; each read is audited first (one write per page). */
export const PortfolioEdge: PortfolioEdgeResolvers = {
  async node(edge, _args, context) {
    await context.audit.read('Customer', [edge.customerId]);
    const customer = await context.loaders.customer.load(edge.customerId);
    if (!customer) throw forbidden();
    return customer;
  },
};
