import type {
  BrokerChangeDetailResolvers,
  BrokerChangePageResolvers,
  BrokerChangeResolvers,
  PaperDeliveryDecidedResolvers,
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
  change: (event) =>
    event.kind === 'contact-details-changed' ? event.change : { ...event.change, forOffice: event.brokerId },
};

export const BrokerChangeDetail: BrokerChangeDetailResolvers = {
  __resolveType: (detail) => ('outcome' in detail ? 'PaperDeliveryDecided' : 'ContactDetailsUpdate'),
};

export const PaperDeliveryDecided: PaperDeliveryDecidedResolvers = {
  outcome: (decision) => (decision.outcome === 'approved' ? 'APPROVED' : 'REFUSED'),
  requestedByYourOffice: (decision) => decision.requestedByOffice === decision.forOffice,
};
