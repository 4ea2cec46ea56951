import { randomUUID } from 'node:crypto';
import type { Database, Queryable } from '../../../platform/database/Database';
import type { CustomerMasterContactChange } from '../backend/CustomerMasterClient';
import type { ContactField } from '../model';

/** Where a change stands: being applied to the customer master, applied and waiting for the broker feed (docs/requirements.md §4.4), or refused by the master. */
export type ContactChangeState = 'applying' | 'pending-broker' | 'failed';

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
  constructor(private readonly db: Database) {}

  async record(
    tx: Queryable,
    event: {
      customerId: string;
      accountId: string | null;
      changedFields: ContactField[];
      brokerIds: string[];
      masterChange: CustomerMasterContactChange;
      leaseSeconds: number;
    },
  ): Promise<PendingContactChange> {
    const { rows } = await tx.query<PendingRow>(
      `INSERT INTO identity.contact_change_events (id, customer_id, account_id, changed_fields, broker_ids, state, master_change, lease_until)
       VALUES ($1, $2, $3, $4::text[], $5::text[], 'applying', $6::jsonb, now() + make_interval(secs => $7))
       RETURNING id, customer_id, master_change`,
      [
        randomUUID(),
        event.customerId,
        event.accountId,
        event.changedFields,
        event.brokerIds,
        JSON.stringify(event.masterChange),
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

  /** The master applied it: the event waits for the broker feed, and the body sent is no longer kept. False when it was no longer applying. */
  async markApplied(id: string): Promise<boolean> {
    const { rowCount } = await this.db.query(
      `UPDATE identity.contact_change_events SET state = 'pending-broker', master_change = NULL, applied_at = now() WHERE id = $1 AND state = 'applying'`,
      [id],
    );
    return rowCount === 1;
  }

  /** The master refused the change outright: it will not be sent again. */
  async markFailed(id: string, failure: string): Promise<void> {
    await this.db.query(
      `UPDATE identity.contact_change_events SET state = 'failed', master_change = NULL, failure = $2 WHERE id = $1 AND state = 'applying'`,
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
