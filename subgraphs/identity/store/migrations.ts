import type { Migration } from '../../../platform/database/migrate';

/** The identity subgraph's PostgreSQL schema. */
export const IDENTITY_SCHEMA = 'identity';

/**
 * Versioned and append-only: a released migration is never edited (start-up refuses a changed
 * one); changes come as the next version. Every table is the product's own state; the customer
 * master keeps people and contracts, and nothing here copies it. Comments reworded after release
 * keep the released text's checksum in `releasedChecksums`.
 */
export const IDENTITY_MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'accounts, letter and SMS codes, sessions, refresh tokens, attempt limits',
    releasedChecksums: ['1363359d67afb57e957fa6d772b12a5d64a75747da479d06e9c03ac666d0ec2d'],
    sql: `
      CREATE TABLE identity.accounts (
        id uuid PRIMARY KEY,
        customer_id text NOT NULL,
        registered_via text NOT NULL CHECK (registered_via IN ('ITSME', 'EID', 'PERSONAL_DATA')),
        email text CHECK (char_length(email) <= 254),
        password_hash text,
        digital_documents_consent_at timestamptz NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        password_changed_at timestamptz,
        CONSTRAINT accounts_customer_key UNIQUE (customer_id),
        CONSTRAINT accounts_password_with_email CHECK ((email IS NULL) = (password_hash IS NULL))
      );
      -- docs/requirements.md §1.5: one account per e-mail address, whatever its case, decided by the database.
      CREATE UNIQUE INDEX accounts_email_key ON identity.accounts (lower(email));

      -- Codes sent by letter. A code is usable once it is sent, until it expires, is used, or a
      -- newer code for the same purpose supersedes it: at most one usable code per customer.
      CREATE TABLE identity.letter_codes (
        id uuid PRIMARY KEY,
        purpose text NOT NULL CHECK (purpose IN ('ACTIVATION', 'PASSWORD_RESET')),
        customer_id text NOT NULL,
        contract_number text,
        code_hash text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        sent_at timestamptz,
        expires_at timestamptz NOT NULL,
        superseded_at timestamptz,
        used_at timestamptz,
        CONSTRAINT letter_codes_activation_contract CHECK ((purpose = 'ACTIVATION') = (contract_number IS NOT NULL))
      );
      CREATE INDEX letter_codes_code ON identity.letter_codes (code_hash);
      CREATE UNIQUE INDEX letter_codes_one_open ON identity.letter_codes (customer_id, purpose)
        WHERE sent_at IS NOT NULL AND superseded_at IS NULL AND used_at IS NULL;

      -- The SMS step of a password sign-in. The handle is a bearer secret, stored hashed.
      CREATE TABLE identity.sign_in_challenges (
        id uuid PRIMARY KEY,
        handle_hash text NOT NULL UNIQUE,
        account_id uuid NOT NULL REFERENCES identity.accounts (id) ON DELETE CASCADE,
        code_hash text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        closed_at timestamptz
      );
      CREATE INDEX sign_in_challenges_open ON identity.sign_in_challenges (account_id) WHERE closed_at IS NULL;

      CREATE TABLE identity.sessions (
        id uuid PRIMARY KEY,
        account_id uuid NOT NULL REFERENCES identity.accounts (id) ON DELETE CASCADE,
        way_in text NOT NULL CHECK (way_in IN ('ITSME', 'EID', 'PERSONAL_DATA')),
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        revoked_at timestamptz,
        revoked_reason text
      );
      CREATE INDEX sessions_open ON identity.sessions (account_id) WHERE revoked_at IS NULL;

      -- Every refresh token of a session (its family), so a reused one can end the session.
      CREATE TABLE identity.refresh_tokens (
        token_hash text PRIMARY KEY,
        session_id uuid NOT NULL REFERENCES identity.sessions (id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        used_at timestamptz
      );
      CREATE INDEX refresh_tokens_session ON identity.refresh_tokens (session_id);

      -- Consecutive wrong attempts per subject (a keyed hash of an e-mail address, a contract
      -- number or an account), and the lockout they led to.
      CREATE TABLE identity.attempt_limits (
        subject text PRIMARY KEY,
        failures integer NOT NULL,
        last_failure_at timestamptz NOT NULL,
        locked_until timestamptz
      );
    `,
  },
  {
    version: 2,
    name: 'staff accounts, challenges per purpose and owner, broker clients, contact change events',
    releasedChecksums: ['ecdedcc65b44cf7492305c551974182e6281e986372362c31878309a7fb13abe'],
    sql: `
      -- Contact-centre staff (role support): password and a code by SMS to their work mobile.
      CREATE TABLE identity.staff_accounts (
        id uuid PRIMARY KEY,
        email text NOT NULL CHECK (char_length(email) <= 254),
        mobile text NOT NULL CHECK (mobile ~ '^\\+[0-9]{8,15}$'),
        password_hash text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        password_changed_at timestamptz NOT NULL DEFAULT now(),
        disabled_at timestamptz
      );
      CREATE UNIQUE INDEX staff_accounts_email_key ON identity.staff_accounts (lower(email));

      -- SMS codes now serve three purposes: a customer's sign-in, a customer confirming a change
      -- of e-mail or mobile (bound to that change), and a staff sign-in. A challenge belongs to
      -- a customer account or to a staff account.
      ALTER TABLE identity.sign_in_challenges
        ADD COLUMN purpose text NOT NULL DEFAULT 'SIGN_IN' CHECK (purpose IN ('SIGN_IN', 'CONTACT_CHANGE', 'STAFF_SIGN_IN')),
        ADD COLUMN binding_hash text,
        ADD COLUMN staff_id uuid REFERENCES identity.staff_accounts (id) ON DELETE CASCADE,
        ALTER COLUMN account_id DROP NOT NULL,
        ADD CONSTRAINT sign_in_challenges_one_owner CHECK ((account_id IS NULL) <> (staff_id IS NULL)),
        ADD CONSTRAINT sign_in_challenges_staff_purpose CHECK ((staff_id IS NOT NULL) = (purpose = 'STAFF_SIGN_IN'));
      CREATE INDEX sign_in_challenges_open_staff ON identity.sign_in_challenges (staff_id) WHERE closed_at IS NULL;

      -- OAuth 2.0 client credentials of brokers' systems, each bound to one broker office. The
      -- secret is 256 random bits, stored as its SHA-256.
      CREATE TABLE identity.broker_clients (
        client_id text PRIMARY KEY,
        broker_id text NOT NULL,
        secret_hash text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        last_used_at timestamptz,
        revoked_at timestamptz
      );
      CREATE INDEX broker_clients_broker ON identity.broker_clients (broker_id);

      -- A customer's change of contact details and the event for their broker offices (docs/requirements.md §4.4),
      -- an outbox: written before the customer master is called ('applying'), 'pending-broker'
      -- once the master applied it (the feed to brokers is not operational yet). The body sent to
      -- the master is kept only while it may have to be sent again.
      CREATE TABLE identity.contact_change_events (
        id uuid PRIMARY KEY,
        customer_id text NOT NULL,
        account_id uuid REFERENCES identity.accounts (id) ON DELETE SET NULL,
        changed_fields text[] NOT NULL CHECK (cardinality(changed_fields) > 0 AND changed_fields <@ ARRAY['EMAIL', 'MOBILE', 'POSTAL_ADDRESS']),
        broker_ids text[] NOT NULL,
        state text NOT NULL CHECK (state IN ('applying', 'pending-broker', 'failed')),
        master_change jsonb,
        attempts integer NOT NULL DEFAULT 0,
        lease_until timestamptz NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        applied_at timestamptz,
        failure text,
        CONSTRAINT contact_change_events_body_while_applying CHECK ((state = 'applying') = (master_change IS NOT NULL))
      );
      CREATE INDEX contact_change_events_applying ON identity.contact_change_events (lease_until) WHERE state = 'applying';
      CREATE INDEX contact_change_events_customer ON identity.contact_change_events (customer_id, created_at DESC);
    `,
  },
  {
    version: 3,
    name: 'e-mail addresses compared by a key computed in platform/emailAddress.ts',
    sql: `
      -- Accounts and staff accounts are found and kept unique by the key of their e-mail address
      -- (platform/emailAddress.ts: NFKC, printable ASCII only, A-Z folded to a-z), computed by the
      -- application and stored beside the address. lower(email) followed the server's locale and
      -- disagreed with the folding of the lockouts, so one account had many lockout counts.
      -- Existing addresses in printable ASCII get their key here, with the same folding; an
      -- address with other characters, refused as input from now on, gets none (its account
      -- signs in with itsme or eID, or the contact centre sets a new address); of addresses that
      -- now share a key (spellings the old index told apart), the oldest account keeps it.
      ALTER TABLE identity.accounts ADD COLUMN email_normalized text
        CONSTRAINT accounts_email_normalized_with_email CHECK (email_normalized IS NULL OR email IS NOT NULL);
      UPDATE identity.accounts a SET email_normalized = k.key
        FROM (SELECT id, key, row_number() OVER (PARTITION BY key ORDER BY created_at, id) AS n
                FROM (SELECT id, created_at, translate(email, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz') AS key
                        FROM identity.accounts WHERE email ~ '^[!-~]+$') AS ascii) AS k
       WHERE a.id = k.id AND k.n = 1;
      DROP INDEX identity.accounts_email_key;
      CREATE UNIQUE INDEX accounts_email_normalized_key ON identity.accounts (email_normalized);

      ALTER TABLE identity.staff_accounts ADD COLUMN email_normalized text;
      UPDATE identity.staff_accounts s SET email_normalized = k.key
        FROM (SELECT id, key, row_number() OVER (PARTITION BY key ORDER BY created_at, id) AS n
                FROM (SELECT id, created_at, translate(email, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz') AS key
                        FROM identity.staff_accounts WHERE email ~ '^[!-~]+$') AS ascii) AS k
       WHERE s.id = k.id AND k.n = 1;
      DROP INDEX identity.staff_accounts_email_key;
      CREATE UNIQUE INDEX staff_accounts_email_normalized_key ON identity.staff_accounts (email_normalized);
    `,
  },
  {
    version: 4,
    name: 'the change feed to broker offices',
    sql: `
      -- The feed to broker offices (docs/requirements.md §4.4): every change an office must learn
      -- of is an event at the next position of that office's feed, written in the transaction
      -- that records the change as applied. An office's row is locked while an event is added,
      -- so positions are gapless and commit in order; the office acknowledges up to a position.
      CREATE TABLE identity.broker_feeds (
        broker_id text PRIMARY KEY,
        last_position bigint NOT NULL CHECK (last_position >= 0),
        acknowledged_position bigint NOT NULL DEFAULT 0,
        acknowledged_at timestamptz,
        CONSTRAINT broker_feeds_acknowledged_written CHECK (acknowledged_position BETWEEN 0 AND last_position)
      );
      -- What changed, as the office may see it: the fields and their new values, never the whole record.
      CREATE TABLE identity.broker_feed_events (
        broker_id text NOT NULL REFERENCES identity.broker_feeds (broker_id),
        position bigint NOT NULL CHECK (position > 0),
        kind text NOT NULL CHECK (kind IN ('contact-details-changed')),
        customer_id text NOT NULL,
        contact_change_id uuid REFERENCES identity.contact_change_events (id),
        change jsonb NOT NULL,
        occurred_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (broker_id, position)
      );
      CREATE INDEX broker_feed_events_contact_change ON identity.broker_feed_events (contact_change_id);

      -- A change leaves 'pending-broker' once every office to be told has acknowledged it
      -- ('delivered'). Its new values are kept from recording until the feed has them.
      ALTER TABLE identity.contact_change_events DROP CONSTRAINT contact_change_events_state_check;
      ALTER TABLE identity.contact_change_events
        ADD CONSTRAINT contact_change_events_state_check CHECK (state IN ('applying', 'pending-broker', 'delivered', 'failed')),
        ADD COLUMN new_values jsonb,
        ADD COLUMN delivered_at timestamptz;
    `,
  },
  {
    version: 5,
    name: 'signed webhook deliveries of the broker feeds',
    sql: `
      -- An office's webhook (docs/mybroker.md#webhooks): one HTTPS endpoint per office, to which the
      -- events of its feed after delivered_position are posted in order, one request at a time.
      -- The signing secret must be usable to sign, so it cannot be hashed: it is stored encrypted
      -- (AES-256-GCM under a key derived from IDENTITY_HASH_KEY), never in the clear. A delivery
      -- in progress holds the row (lease_token until lease_until), so replicas share the offices
      -- and an office has one request in flight at a time; batch_last_position pins the events of
      -- a batch being retried, so a retry carries the same events under the same webhook id.
      CREATE TABLE identity.broker_webhooks (
        broker_id text PRIMARY KEY,
        id uuid NOT NULL UNIQUE,
        url text NOT NULL,
        secret_sealed text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        delivered_position bigint NOT NULL DEFAULT 0 CHECK (delivered_position >= 0),
        batch_last_position bigint,
        consecutive_failures integer NOT NULL DEFAULT 0,
        failing_since timestamptz,
        failing boolean NOT NULL DEFAULT false,
        next_attempt_at timestamptz NOT NULL DEFAULT now(),
        lease_token uuid,
        lease_until timestamptz,
        last_attempt_at timestamptz,
        last_status integer,
        last_outcome text
      );
      CREATE INDEX broker_webhooks_due ON identity.broker_webhooks (next_attempt_at);
      -- Every delivery attempt: when, which events, the answer's status and how long it took, or
      -- the kind of error. Never the body sent nor the body answered.
      CREATE TABLE identity.broker_webhook_attempts (
        id bigserial PRIMARY KEY,
        webhook_id uuid NOT NULL REFERENCES identity.broker_webhooks (id) ON DELETE CASCADE,
        attempted_at timestamptz NOT NULL DEFAULT now(),
        first_position bigint NOT NULL,
        last_position bigint NOT NULL,
        http_status integer,
        duration_ms integer NOT NULL,
        outcome text NOT NULL CHECK (outcome IN ('delivered', 'http-error', 'timeout', 'connection-error'))
      );
      CREATE INDEX broker_webhook_attempts_webhook ON identity.broker_webhook_attempts (webhook_id, id DESC);
    `,
  },
  {
    version: 6,
    name: 'paper-delivery decisions in the broker feeds',
    sql: `
      -- A paper-delivery decision (the documents subgraph's) is an event in the feed of each
      -- office managing one of the customer's contracts. The documents subgraph relays it from its
      -- outbox until identity has it: source_event_id, its outbox id, makes a second delivery a no-op.
      ALTER TABLE identity.broker_feed_events DROP CONSTRAINT broker_feed_events_kind_check;
      ALTER TABLE identity.broker_feed_events
        ADD CONSTRAINT broker_feed_events_kind_check CHECK (kind IN ('contact-details-changed', 'paper-delivery-decided')),
        ADD COLUMN source_event_id uuid;
      CREATE UNIQUE INDEX broker_feed_events_source ON identity.broker_feed_events (broker_id, source_event_id)
        WHERE source_event_id IS NOT NULL;
      CREATE INDEX broker_feed_events_source_any ON identity.broker_feed_events (source_event_id)
        WHERE source_event_id IS NOT NULL;
    `,
  },
  {
    version: 7,
    name: "the contact centre's actions on a customer's registration, with their reasons",
    sql: `
      -- What a staff member did for a customer (docs/accounts.md#the-contact-centres-tools): sent a
      -- new activation code, or lifted the lockouts of their sign-in. The reason the agent gave may
      -- hold personal data, so it is kept here, in identity's own state, and never in the audit
      -- trail (which records that the mutation was asked for, by whom, for whom) nor in a log line.
      CREATE TABLE identity.support_actions (
        id uuid PRIMARY KEY,
        customer_id text NOT NULL CHECK (char_length(customer_id) <= 64),
        staff_id text NOT NULL CHECK (char_length(staff_id) <= 200),
        action text NOT NULL CHECK (action IN ('resend-activation-code', 'lift-lockout')),
        outcome text NOT NULL CHECK (char_length(outcome) <= 64),
        reason text NOT NULL CHECK (char_length(reason) BETWEEN 1 AND 500),
        request_id text NOT NULL CHECK (char_length(request_id) <= 128),
        at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX support_actions_customer ON identity.support_actions (customer_id, at DESC);
    `,
  },
];
