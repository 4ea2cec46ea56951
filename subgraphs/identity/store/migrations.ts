import type { Migration } from '../../../platform/database/migrate';

/** The identity subgraph's PostgreSQL schema. */
export const IDENTITY_SCHEMA = 'identity';

/**
 * Versioned and append-only: a released migration is never edited (start-up refuses a changed
 * one); changes come as the next version. Every table is the product's own state (DESIGN.md,
 * "State"); nothing here copies the customer master.
 */
export const IDENTITY_MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'accounts, letter and SMS codes, sessions, refresh tokens, attempt limits',
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
      -- Seed II.5: one account per e-mail address, whatever its case, decided by the database.
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
];
