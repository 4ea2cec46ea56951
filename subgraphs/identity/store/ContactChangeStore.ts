import { randomUUID } from 'node:crypto';
import type { Database, Queryable } from '../../../platform/database/Database';
import type { CustomerMasterContactChange } from '../backend/CustomerMasterClient';
import type { ContactField } from '../model';
import type { BrokerFeedStore, ContactDetailsUpdate } from './BrokerFeedStore';

/**
 * Where a change stands: being applied to the customer master; applied and in the feeds of the
 * broker offices to be told (docs/requirements.md §4.4), until each has acknowledged it; delivered;
 * or refused by the master.
 */
export type ContactChangeState = 'applying' | 'pending-broker' | 'delivered' | 'failed';

export interface ContactChangeEvent {
  id: string;
  customerId: string;
  changedFields: ContactField[];
  /** The broker offices managing the customer's contracts when the change was made. */
  brokerIds: string[];
  state: ContactChangeState;
  createdAt: Date;
  appliedAt: Date | null;
}

/** An event still to be applied, with the body to send to the master again. */
export interface PendingContactChange {
  id: string;
  customerId: string;
  masterChange: CustomerMasterContactChange;
}

interface EventRow {
  id: string;
  customer_id: string;
  changed_fields: ContactField[];
  broker_ids: string[];
  state: ContactChangeState;
  created_at: Date;
  applied_at: Date | null;
  [column: string]: unknown;
}

interface PendingRow {
  id: string;
  customer_id: string;
  master_change: CustomerMasterContactChange;
  [column: string]: unknown;
}

const toEvent = (row: EventRow): ContactChangeEvent => ({
  id: row.id,
  customerId: row.customer_id,
  changedFields: row.changed_fields,
  brokerIds: row.broker_ids,
  state: row.state,
  createdAt: row.created_at,
  appliedAt: row.applied_at,
});

const toPending = (row: PendingRow): PendingContactChange => ({
  id: row.id,
  customerId: row.customer_id,
  masterChange: row.master_change,
});

/**
 * The outbox of contact changes (docs/requirements.md §4.5). A change is recorded `applying`, in the
 * transaction that makes it in identity's own tables, before the customer master is called; it
 * becomes `pending-broker` once the master applied it. Whoever applies an event holds a lease on
 * it, so a replica re-driving events left by a crash never takes one a live request is working on.
 */
export class ContactChangeStore {
  constructor(
    private readonly db: Database,
    private readonly feeds: BrokerFeedStore,
  ) {}

  async record(
    tx: Queryable,
    event: {
      customerId: string;
      accountId: string | null;
      changedFields: ContactField[];
      brokerIds: string[];
      masterChange: CustomerMasterContactChange;
      /** What the offices' feeds will say once the master applied it. */
      update: ContactDetailsUpdate;
      leaseSeconds: number;
    },
  ): Promise<PendingContactChange> {
    const { rows } = await tx.query<PendingRow>(
      `INSERT INTO identity.contact_change_events (id, customer_id, account_id, changed_fields, broker_ids, state, master_change, new_values, lease_until)
       VALUES ($1, $2, $3, $4::text[], $5::text[], 'applying', $6::jsonb, $7::jsonb, now() + make_interval(secs => $8))
       RETURNING id, customer_id, master_change`,
      [
        randomUUID(),
        event.customerId,
        event.accountId,
        event.changedFields,
        event.brokerIds,
        JSON.stringify(event.masterChange),
        JSON.stringify(event.update),
        event.leaseSeconds,
      ],
    );
    if (!rows[0]) throw new Error('The contact change just recorded is missing.');
    return toPending(rows[0]);
  }

  /** Takes up to `limit` events still `applying` whose lease ran out (their applier crashed or gave up), leasing them anew. */
  async claimAbandoned(limit: number, leaseSeconds: number): Promise<PendingContactChange[]> {
    const { rows } = await this.db.query<PendingRow>(
      `UPDATE identity.contact_change_events e SET lease_until = now() + make_interval(secs => $2), attempts = e.attempts + 1
       WHERE e.id IN (
         SELECT id FROM identity.contact_change_events
         WHERE state = 'applying' AND lease_until <= now()
         ORDER BY created_at LIMIT $1 FOR UPDATE SKIP LOCKED
       )
       RETURNING e.id, e.customer_id, e.master_change`,
      [limit, leaseSeconds],
    );
    return rows.map(toPending);
  }

  /**
   * The master applied it: in one transaction the change goes into the feed of each office to be
   * told and waits for their acknowledgements (delivered at once when there is none), and the body
   * sent and the new values are no longer kept here. False when it was no longer applying.
   */
  async markApplied(id: string): Promise<boolean> {
    return this.db.transaction(async (tx) => {
      const { rows } = await tx.query<{
        customer_id: string;
        broker_ids: string[];
        changed_fields: ContactField[];
        new_values: ContactDetailsUpdate | null;
      }>(
        `SELECT customer_id, broker_ids, changed_fields, new_values FROM identity.contact_change_events
         WHERE id = $1 AND state = 'applying' FOR UPDATE`,
        [id],
      );
      const event = rows[0];
      if (!event) return false;
      // Events recorded before the feed existed kept no values: their feed entry names the fields only.
      const change = event.new_values ?? { changedFields: event.changed_fields };
      // Offices in one order, so two changes for the same offices never wait on each other's feed locks.
      for (const brokerId of [...event.broker_ids].sort())
        await this.feeds.append(tx, {
          brokerId,
          kind: 'contact-details-changed',
          customerId: event.customer_id,
          contactChangeId: id,
          change,
        });
      const delivered = event.broker_ids.length === 0;
      await tx.query(
        `UPDATE identity.contact_change_events
         SET state = $2, master_change = NULL, new_values = NULL, applied_at = now(), delivered_at = CASE WHEN $3 THEN now() END
         WHERE id = $1`,
        [id, delivered ? 'delivered' : 'pending-broker', delivered],
      );
      return true;
    });
  }

  /** The master refused the change outright: it will not be sent again. */
  async markFailed(id: string, failure: string): Promise<void> {
    await this.db.query(
      `UPDATE identity.contact_change_events SET state = 'failed', master_change = NULL, new_values = NULL, failure = $2 WHERE id = $1 AND state = 'applying'`,
      [id, failure],
    );
  }

  /** Gives the event up for now: the next re-drive may take it at once. */
  async release(id: string): Promise<void> {
    await this.db.query(
      `UPDATE identity.contact_change_events SET lease_until = now() WHERE id = $1 AND state = 'applying'`,
      [id],
    );
  }

  /** The customer's latest changes, newest first. */
  async ofCustomers(customerIds: readonly string[], perCustomer: number): Promise<Map<string, ContactChangeEvent[]>> {
    const { rows } = await this.db.query<EventRow>(
      `SELECT id, customer_id, changed_fields, broker_ids, state, created_at, applied_at FROM (
         SELECT *, row_number() OVER (PARTITION BY customer_id ORDER BY created_at DESC, id) AS n
         FROM identity.contact_change_events WHERE customer_id = ANY($1::text[])
       ) latest WHERE n <= $2 ORDER BY created_at DESC, id`,
      [customerIds, perCustomer],
    );
    const byCustomer = new Map<string, ContactChangeEvent[]>();
    for (const row of rows) byCustomer.set(row.customer_id, [...(byCustomer.get(row.customer_id) ?? []), toEvent(row)]);
    return byCustomer;
  }
}
