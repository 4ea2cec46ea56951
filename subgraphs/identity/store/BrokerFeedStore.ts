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

/** The contact centre decided on a paper-delivery request of the customer's (as an office may see it: no free text). */
export interface PaperDeliveryDecided {
  outcome: 'approved' | 'refused';
  /** ISO 8601. */
  decidedAt: string;
  /** The office that asked on the customer's behalf; null when the customer asked. */
  requestedByOffice: string | null;
}

/** What an event says, by kind. */
export type BrokerFeedChange =
  | { kind: 'contact-details-changed'; change: ContactDetailsUpdate }
  | { kind: 'paper-delivery-decided'; change: PaperDeliveryDecided };

export type BrokerFeedEventKind = BrokerFeedChange['kind'];

export type BrokerFeedEvent = BrokerFeedChange & {
  brokerId: string;
  /** 1, 2, 3, … in the office's feed: gapless, in the order the changes were applied. */
  position: number;
  customerId: string;
  occurredAt: Date;
};

export interface BrokerFeedPage {
  events: BrokerFeedEvent[];
  /** The position of the office's latest event (0 before the first). */
  lastPosition: number;
  /** Up to where the office has acknowledged its feed (0 before the first acknowledgement). */
  acknowledgedPosition: number;
}

type EventRow = {
  [K in BrokerFeedChange as K['kind']]: { kind: K['kind']; change: K['change'] };
}[BrokerFeedEventKind] & {
  broker_id: string;
  position: string;
  customer_id: string;
  occurred_at: Date;
  [column: string]: unknown;
};

interface FeedRow {
  last_position: string;
  acknowledged_position: string;
  [column: string]: unknown;
}

const toEvent = (row: EventRow): BrokerFeedEvent => {
  const common = {
    brokerId: row.broker_id,
    position: Number(row.position),
    customerId: row.customer_id,
    occurredAt: row.occurred_at,
  };
  return row.kind === 'contact-details-changed'
    ? { ...common, kind: row.kind, change: row.change }
    : { ...common, kind: row.kind, change: row.change };
};

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
    event: BrokerFeedChange & {
      brokerId: string;
      customerId: string;
      /** The contact change it tells of (its state follows the acknowledgements). */
      contactChangeId?: string;
      /** Another service's id for it, which makes taking it again a no-op. */
      sourceEventId?: string;
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
      `INSERT INTO identity.broker_feed_events (broker_id, position, kind, customer_id, contact_change_id, change, source_event_id)
       VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7)`,
      [
        event.brokerId,
        position,
        event.kind,
        event.customerId,
        event.contactChangeId ?? null,
        JSON.stringify(event.change),
        event.sourceEventId ?? null,
      ],
    );
    return position;
  }

  /**
   * Appends another service's event to the feeds of these offices, all in one transaction; an
   * event taken before (by its id) is not appended again. Whether it was new.
   */
  async appendOnce(event: {
    sourceEventId: string;
    customerId: string;
    offices: readonly string[];
    change: PaperDeliveryDecided;
  }): Promise<boolean> {
    return this.db.transaction(async (tx) => {
      const known = await tx.query(`SELECT 1 FROM identity.broker_feed_events WHERE source_event_id = $1 LIMIT 1`, [
        event.sourceEventId,
      ]);
      if (known.rows.length > 0) return false;
      // Offices in one order, as for contact changes, so appends never wait on each other's feed locks.
      for (const brokerId of [...event.offices].sort())
        await this.append(tx, {
          brokerId,
          kind: 'paper-delivery-decided',
          customerId: event.customerId,
          sourceEventId: event.sourceEventId,
          change: event.change,
        });
      return true;
    });
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
