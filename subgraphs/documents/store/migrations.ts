import type { Migration } from '../../../platform/database/migrate';

/** The documents subgraph's PostgreSQL schema. */
export const DOCUMENTS_SCHEMA = 'documents';

/**
 * Versioned and append-only: a released migration is never edited (start-up refuses a changed
 * one); changes come as the next version. Only the product's own state lives here:
 * the archive stays the system of record for documents. Comments reworded after release keep
 * the released text's checksum in `releasedChecksums`.
 */
export const DOCUMENTS_MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    releasedChecksums: ['181971c0533e400fa4a46f289193f5062e5e608e4610e724fbaef95b8fda3da6'],
    name: 'paper-delivery requests',
    sql: `
      CREATE TABLE documents.paper_delivery_requests (
        id uuid PRIMARY KEY,
        customer_id text NOT NULL CHECK (char_length(customer_id) BETWEEN 1 AND 64),
        reason text NOT NULL CHECK (char_length(reason) BETWEEN 1 AND 500),
        status text NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'APPROVED', 'REFUSED')),
        requested_by text NOT NULL,
        -- Times are kept to the millisecond, as JavaScript and the page cursors hold them.
        requested_at timestamptz NOT NULL DEFAULT date_trunc('milliseconds', now()),
        decided_by text,
        decided_at timestamptz,
        decision_note text CHECK (char_length(decision_note) <= 500),
        CONSTRAINT paper_delivery_requests_decision CHECK ((status = 'PENDING') = (decided_at IS NULL AND decided_by IS NULL))
      );
      -- docs/requirements.md §3.7, asked twice: one open request (pending or approved) per customer, decided by
      -- the database, so concurrent requests end with one row. A refused request closes; the
      -- customer may ask again.
      CREATE UNIQUE INDEX paper_delivery_requests_open_key ON documents.paper_delivery_requests (customer_id) WHERE status IN ('PENDING', 'APPROVED');
      CREATE INDEX paper_delivery_requests_by_customer ON documents.paper_delivery_requests (customer_id, requested_at DESC, id DESC);
      CREATE INDEX paper_delivery_requests_by_status ON documents.paper_delivery_requests (status, requested_at, id);
    `,
  },
];
