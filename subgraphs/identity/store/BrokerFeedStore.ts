import type { PostalAddress } from '../../../platform/address';
import type { Database, Queryable } from '../../../platform/database/Database';
import type { ContactField } from '../model';

/** A customer's contact details changed: which fields, and their new values as the office may see them. */
export interface ContactDetailsUpdate {
  changedFields: ContactField[];
  email?: string;
  mobile?: string;
  postalAddress?: PostalAddress;
}

export type BrokerFeedEventKind = 'contact-details-changed';

export interface BrokerFeedEvent {
  brokerId: string;
  /** 1, 2, 3, … in the office's feed: gapless, in the order the changes were applied. */
  position: number;
  kind: BrokerFeedEventKind;
  customerId: string;
  change: ContactDetailsUpdate;
  occurredAt: Date;
}

export interface BrokerFeedPage {
  events: BrokerFeedEvent[];
  /** The position of the office's latest event (0 before the first). */
  lastPosition: number;
  /** Up to where the office has acknowledged its feed (0 before the first acknowledgement). */
  acknowledgedPosition: number;
}

interface EventRow {
  broker_id: string;
  position: string;
  kind: BrokerFeedEventKind;
  customer_id: string;
  change: ContactDetailsUpdate;
  occurred_at: Date;
  [column: string]: unknown;
}

interface FeedRow {
  last_position: string;
  acknowledged_position: string;
  [column: string]: unknown;
}

const toEvent = (row: EventRow): BrokerFeedEvent => ({
  brokerId: row.broker_id,
  position: Number(row.position),
  kind: row.kind,
  customerId: row.customer_id,
  change: row.change,
  occurredAt: row.occurred_at,
});

/**
 * Each broker office's feed of the changes it must learn of (docs/requirements.md §4.4). An event
 * is appended in the transaction that makes the change, at the office's next position: the
 * office's row is locked until that transaction ends, so positions have no gaps and an event is
 * never seen before one with a smaller position. Offices read their own feed only.
 */
export class BrokerFeedStore {
  constructor(private readonly db: Database) {}

  async append(
    tx: Queryable,
    event: {
      brokerId: string;
      kind: BrokerFeedEventKind;
      customerId: string;
      contactChangeId: string;
      change: ContactDetailsUpdate;
    },
  ): Promise<number> {
    const { rows } = await tx.query<{ last_position: string }>(
      `INSERT INTO identity.broker_feeds AS f (broker_id, last_position) VALUES ($1, 1)
       ON CONFLICT (broker_id) DO UPDATE SET last_position = f.last_position + 1
       RETURNING last_position`,
      [event.brokerId],
    );
    const position = Number(rows[0]?.last_position);
    await tx.query(
      `INSERT INTO identity.broker_feed_events (broker_id, position, kind, customer_id, contact_change_id, change)
       VALUES ($1, $2, $3, $4, $5, $6::jsonb)`,
      [event.brokerId, position, event.kind, event.customerId, event.contactChangeId, JSON.stringify(event.change)],
    );
    return position;
  }

  /** Up to `first` events of the office's feed after `afterPosition`, in order. */
  async page(brokerId: string, afterPosition: number, first: number): Promise<BrokerFeedPage> {
    const [events, feed] = await Promise.all([
      this.db.query<EventRow>(
        `SELECT broker_id, position, kind, customer_id, change, occurred_at FROM identity.broker_feed_events
         WHERE broker_id = $1 AND position > $2 ORDER BY position LIMIT $3`,
        [brokerId, afterPosition, first],
      ),
      this.db.query<FeedRow>(
        `SELECT last_position, acknowledged_position FROM identity.broker_feeds WHERE broker_id = $1`,
        [brokerId],
      ),
    ]);
    return {
      events: events.rows.map(toEvent),
      lastPosition: Number(feed.rows[0]?.last_position ?? 0),
      acknowledgedPosition: Number(feed.rows[0]?.acknowledged_position ?? 0),
    };
  }

  /**
   * The office has handled its feed up to `position`: acknowledgements only move forward, and a
   * contact change every office of which has acknowledged it is delivered. Undefined when the
   * position lies beyond the office's feed.
   */
  async acknowledge(brokerId: string, position: number): Promise<number | undefined> {
    return this.db.transaction(async (tx) => {
      const { rows } = await tx.query<{ acknowledged_position: string }>(
        `UPDATE identity.broker_feeds SET acknowledged_position = GREATEST(acknowledged_position, $2), acknowledged_at = now()
         WHERE broker_id = $1 AND last_position >= $2 RETURNING acknowledged_position`,
        [brokerId, position],
      );
      if (!rows[0]) return position === 0 ? 0 : undefined;
      await tx.query(
        `UPDATE identity.contact_change_events c SET state = 'delivered', delivered_at = now()
         WHERE c.state = 'pending-broker'
           AND c.id IN (SELECT contact_change_id FROM identity.broker_feed_events WHERE broker_id = $1 AND position <= $2)
           AND NOT EXISTS (
             SELECT 1 FROM identity.broker_feed_events e JOIN identity.broker_feeds f USING (broker_id)
             WHERE e.contact_change_id = c.id AND e.position > f.acknowledged_position
           )`,
        [brokerId, position],
      );
      return Number(rows[0].acknowledged_position);
    });
  }
}
