import type { Migration } from '../database/migrate';

/** The audit trail's PostgreSQL schema, in the database of the service that keeps it (identity). */
export const AUDIT_SCHEMA = 'audit';

/**
 * Versioned and append-only, like every schema's migrations. The records are append-only too:
 * a trigger refuses UPDATE, DELETE and TRUNCATE, so no code path of the application can alter
 * the trail (removing records after their retention period is a DBA's job, with the trigger
 * disabled for it).
 */
export const AUDIT_MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'audit records, append-only',
    sql: `
      CREATE TABLE audit.records (
        seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        id uuid NOT NULL,
        at timestamptz NOT NULL DEFAULT now(),
        actor_id text CHECK (char_length(actor_id) <= 200),
        actor_role text NOT NULL CHECK (actor_role IN ('anonymous', 'customer', 'broker', 'support')),
        broker_id text CHECK (char_length(broker_id) <= 64),
        customer_id text CHECK (char_length(customer_id) <= 64),
        action text NOT NULL CHECK (action IN ('READ', 'MUTATION')),
        resource text NOT NULL CHECK (char_length(resource) <= 200),
        operation_name text CHECK (char_length(operation_name) <= 200),
        request_id text NOT NULL CHECK (char_length(request_id) <= 128),
        service text NOT NULL CHECK (char_length(service) <= 64),
        CONSTRAINT records_id_key UNIQUE (id)
      );
      CREATE INDEX records_customer_seq ON audit.records (customer_id, seq DESC);

      CREATE FUNCTION audit.refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit records are append-only';
      END;
      $$;
      CREATE TRIGGER records_append_only BEFORE UPDATE OR DELETE ON audit.records FOR EACH ROW EXECUTE FUNCTION audit.refuse_change();
      CREATE TRIGGER records_no_truncate BEFORE TRUNCATE ON audit.records FOR EACH STATEMENT EXECUTE FUNCTION audit.refuse_change();
    `,
  },
  {
    version: 2,
    name: "the client's own request id beside the gateway's",
    // request_id was the client's x-request-id, which any client may choose (two brokers' requests
    // shared one): the gateway's own id keys the request now, and the client's is kept apart, as theirs.
    sql: `
      ALTER TABLE audit.records ADD COLUMN caller_request_id text CHECK (char_length(caller_request_id) <= 128);
    `,
  },
];
