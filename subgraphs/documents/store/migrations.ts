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
  {
    version: 2,
    name: 'paper requests by brokers, decisions for the broker feeds, support document openings',
    sql: `
      -- A broker office may ask on its customer's behalf (docs/requirements.md §3.7): the office is recorded.
      ALTER TABLE documents.paper_delivery_requests ADD COLUMN requested_by_office text
        CHECK (char_length(requested_by_office) BETWEEN 1 AND 64);
      -- The outbox of decisions the broker offices must learn of: written in the transaction that
      -- records the decision, relayed to identity's feeds until identity has taken it (relayed_at).
      -- next_attempt_at is also the relay's lease: a relay pushes it forward before sending.
      CREATE TABLE documents.paper_decision_outbox (
        id uuid PRIMARY KEY,
        request_id uuid NOT NULL REFERENCES documents.paper_delivery_requests (id),
        customer_id text NOT NULL,
        outcome text NOT NULL CHECK (outcome IN ('approved', 'refused')),
        decided_at timestamptz NOT NULL,
        requested_by_office text,
        recorded_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        attempts integer NOT NULL DEFAULT 0,
        next_attempt_at timestamptz NOT NULL DEFAULT now(),
        relayed_at timestamptz
      );
      CREATE INDEX paper_decision_outbox_due ON documents.paper_decision_outbox (next_attempt_at) WHERE relayed_at IS NULL;
      -- The contact centre opens a customer's document only with a reason, recorded here (the
      -- audit trail records that it was opened, this table why); a staff member's download link
      -- works for a while after their reason is recorded.
      CREATE TABLE documents.support_document_openings (
        id uuid PRIMARY KEY,
        staff_id text NOT NULL,
        customer_id text NOT NULL,
        document_id text NOT NULL,
        reason text NOT NULL CHECK (char_length(reason) BETWEEN 1 AND 500),
        opened_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX support_document_openings_by_staff ON documents.support_document_openings (staff_id, document_id, opened_at DESC);
    `,
  },
  {
    version: 3,
    name: 'requests for documents not in the customer zone',
    sql: `
      -- A customer, their broker office or the contact centre asks for a document the zone does not
      -- offer (a type, a year, a contract); the contact centre sends it by e-mail or refuses it with
      -- a reason. The archive stays the system of record for documents: only the request lives here.
      CREATE TABLE documents.document_requests (
        id uuid PRIMARY KEY,
        customer_id text NOT NULL CHECK (char_length(customer_id) BETWEEN 1 AND 64),
        contract_number text NOT NULL CHECK (char_length(contract_number) BETWEEN 1 AND 64),
        document_type text NOT NULL CHECK (document_type IN ('TAX_CERTIFICATE', 'ANNUAL_OVERVIEW',
          'PROOF_OF_PREMIUM_PAYMENT', 'PROFIT_SHARING_CERTIFICATE', 'POLICY', 'GREEN_CARD', 'CLAIMS_HISTORY_CERTIFICATE')),
        year integer NOT NULL CHECK (year BETWEEN 1990 AND 2100),
        -- The asker's own words, if any.
        note text CHECK (char_length(note) BETWEEN 1 AND 500),
        status text NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'SENT_BY_EMAIL', 'REFUSED')),
        -- The token subject of whoever asked, their role, and the office when a broker asked.
        requested_by text NOT NULL CHECK (char_length(requested_by) BETWEEN 1 AND 200),
        requested_by_role text NOT NULL CHECK (requested_by_role IN ('customer', 'broker', 'support')),
        requested_by_office text CHECK (char_length(requested_by_office) BETWEEN 1 AND 64),
        -- Times are kept to the millisecond, as JavaScript and the page cursors hold them.
        requested_at timestamptz NOT NULL DEFAULT date_trunc('milliseconds', now()),
        decided_by text,
        decided_at timestamptz,
        decision_note text CHECK (char_length(decision_note) BETWEEN 1 AND 500),
        CONSTRAINT document_requests_decision CHECK ((status = 'PENDING') = (decided_at IS NULL AND decided_by IS NULL)),
        CONSTRAINT document_requests_office CHECK ((requested_by_role = 'broker') = (requested_by_office IS NOT NULL)),
        -- A refusal always says why.
        CONSTRAINT document_requests_refusal_reason CHECK (status <> 'REFUSED' OR decision_note IS NOT NULL)
      );
      -- Asked twice: one pending request per customer, contract, type and year, decided by the
      -- database, so concurrent requests end with one row. Once decided, it may be asked again.
      CREATE UNIQUE INDEX document_requests_pending_key ON documents.document_requests (customer_id, contract_number, document_type, year)
        WHERE status = 'PENDING';
      CREATE INDEX document_requests_by_customer ON documents.document_requests (customer_id, requested_at DESC, id DESC);
      CREATE INDEX document_requests_by_status ON documents.document_requests (status, requested_at, id);
    `,
  },
];
