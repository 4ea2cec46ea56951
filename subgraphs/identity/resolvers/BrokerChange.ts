import type {
  BrokerChangeDetailResolvers,
  BrokerChangePageResolvers,
  BrokerChangeResolvers,
} from '../generated/resolvers';
import { loadVisibleCustomer } from '../access';
import { encodeFeedCursor } from '../feed/cursor';

export const BrokerChangePage: BrokerChangePageResolvers = {
  changes: (page) => page.events,
  endCursor: (page) => {
    const position = page.events.at(-1)?.position ?? page.afterPosition;
    return position === 0 ? null : encodeFeedCursor(position);
  },
  acknowledgedCursor: (page) => (page.acknowledgedPosition === 0 ? null : encodeFeedCursor(page.acknowledgedPosition)),
};

export const BrokerChange: BrokerChangeResolvers = {
  cursor: (event) => encodeFeedCursor(event.position),
  occurredAt: (event) => event.occurredAt.toISOString(),
  customer: (event, _args, context) => loadVisibleCustomer(context, event.customerId),
  change: (event) => event.change,
};

/** One kind of change today; the union leaves room for the next (a paper-delivery decision). */
export const BrokerChangeDetail: BrokerChangeDetailResolvers = {
  __resolveType: () => 'ContactDetailsUpdate',
};
