import { badUserInput } from '../../../platform/graphql/errors';
import type { BrokerFeedEvent, BrokerFeedStore, PaperDeliveryDecided } from '../store/BrokerFeedStore';
import { feedPositionOf } from './cursor';

/** A paper-delivery decision as one office's feed shows it: whether that office asked is the office's own. */
export type PaperDecisionForOffice = PaperDeliveryDecided & { forOffice: string };

/** Most events one poll returns. */
export const MAX_FEED_PAGE = 100;

/** One page of an office's feed, as BrokerChangePage resolves it. */
export interface BrokerChangePageModel {
  events: BrokerFeedEvent[];
  /** The position the page was asked after. */
  afterPosition: number;
  hasMore: boolean;
  acknowledgedPosition: number;
}

function positionOf(cursor: string, argument: string): number {
  const position = feedPositionOf(cursor);
  if (position === undefined) throw badUserInput(`${argument} is not a cursor of this feed.`, argument);
  return position;
}

/** The events of the office's feed after `after`, oldest first. */
export async function readBrokerChanges(
  feeds: BrokerFeedStore,
  brokerId: string,
  request: { after?: string | null; first: number },
): Promise<BrokerChangePageModel> {
  if (!Number.isInteger(request.first) || request.first < 1 || request.first > MAX_FEED_PAGE)
    throw badUserInput(`first must be 1 to ${MAX_FEED_PAGE}.`, 'first');
  const afterPosition = request.after ? positionOf(request.after, 'after') : 0;
  const page = await feeds.page(brokerId, afterPosition, request.first);
  const last = page.events.at(-1)?.position ?? afterPosition;
  return {
    events: page.events,
    afterPosition,
    hasMore: last < page.lastPosition,
    acknowledgedPosition: page.acknowledgedPosition,
  };
}

/** Records that the office handled its feed up to the event of `upTo`; the position acknowledged. */
export async function acknowledgeBrokerChanges(
  feeds: BrokerFeedStore,
  brokerId: string,
  upTo: string,
): Promise<number> {
  const acknowledged = await feeds.acknowledge(brokerId, positionOf(upTo, 'upTo'));
  if (acknowledged === undefined) throw badUserInput("upTo lies beyond this office's feed.", 'upTo');
  return acknowledged;
}
