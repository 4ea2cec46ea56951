import type { BrokerFeedEvent } from '../../store/BrokerFeedStore';
import { encodeFeedCursor } from '../cursor';

interface ContactDetailsUpdateBody {
  __typename: 'ContactDetailsUpdate';
  changedFields: string[];
  email: string | null;
  mobile: string | null;
  postalAddress: {
    street: string;
    houseNumber: string;
    box: string | null;
    postalCode: string;
    municipality: string;
    country: string;
  } | null;
}

interface PaperDeliveryDecidedBody {
  __typename: 'PaperDeliveryDecided';
  outcome: 'APPROVED' | 'REFUSED';
  decidedAt: string;
  requestedByYourOffice: boolean;
}

/** One event as a delivery carries it: the fields of `BrokerChange` in the GraphQL feed, the customer by id. */
export interface WebhookChange {
  cursor: string;
  occurredAt: string;
  customerId: string;
  change: ContactDetailsUpdateBody | PaperDeliveryDecidedBody;
}

/** A delivery's body: the office, the events in feed order, and the cursor of the last one (what the delivery acknowledges). */
export interface WebhookBody {
  type: 'broker.changes';
  brokerId: string;
  changes: WebhookChange[];
  endCursor: string;
}

/** The change as the GraphQL feed shows it (field for field, `__typename` included). */
function detailOf(event: BrokerFeedEvent): WebhookChange['change'] {
  if (event.kind === 'paper-delivery-decided')
    return {
      __typename: 'PaperDeliveryDecided',
      outcome: event.change.outcome === 'approved' ? 'APPROVED' : 'REFUSED',
      decidedAt: event.change.decidedAt,
      requestedByYourOffice: event.change.requestedByOffice === event.brokerId,
    };
  const { change } = event;
  const address = change.postalAddress;
  return {
    __typename: 'ContactDetailsUpdate',
    changedFields: [...change.changedFields],
    email: change.email ?? null,
    mobile: change.mobile ?? null,
    postalAddress: address
      ? {
          street: address.street,
          houseNumber: address.houseNumber,
          box: address.box ?? null,
          postalCode: address.postalCode,
          municipality: address.municipality,
          country: address.country,
        }
      : null,
  };
}

function changeOf(event: BrokerFeedEvent): WebhookChange {
  return {
    cursor: encodeFeedCursor(event.position),
    occurredAt: event.occurredAt.toISOString(),
    customerId: event.customerId,
    change: detailOf(event),
  };
}

/** The JSON body of a delivery of these events (in order, at least one) of the office's feed. */
export function webhookBody(brokerId: string, events: readonly BrokerFeedEvent[]): string {
  const last = events.at(-1);
  if (!last) throw new Error('A delivery carries at least one event.');
  const body: WebhookBody = {
    type: 'broker.changes',
    brokerId,
    changes: events.map(changeOf),
    endCursor: encodeFeedCursor(last.position),
  };
  return JSON.stringify(body);
}
