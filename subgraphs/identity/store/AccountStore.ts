import { randomUUID } from 'node:crypto';
import type { Database, Queryable } from '../../../platform/database/Database';
import { isUniqueViolation } from '../../../platform/database/DatabaseError';
import type { EmailAddress } from '../../../platform/emailAddress';

/** How a customer got into the zone. */
export type WayIn = 'ITSME' | 'EID' | 'PERSONAL_DATA';

export interface Account {
  id: string;
  customerId: string;
  registeredVia: WayIn;
  email: string | null;
  passwordHash: string | null;
  consentedAt: Date;
}

interface AccountRow {
  id: string;
  customer_id: string;
  registered_via: WayIn;
  email: string | null;
  password_hash: string | null;
  digital_documents_consent_at: Date;
  [column: string]: unknown;
}

const COLUMNS = 'id, customer_id, registered_via, email, password_hash, digital_documents_consent_at';

const toAccount = (row: AccountRow): Account => ({
  id: row.id,
  customerId: row.customer_id,
  registeredVia: row.registered_via,
  email: row.email,
  passwordHash: row.password_hash,
  consentedAt: row.digital_documents_consent_at,
});

/**
 * The unique index behind docs/requirements.md §1.5, on the address's key (platform/emailAddress.ts);
 * its violation is how a used e-mail address is detected.
 */
export const EMAIL_UNIQUE_INDEX = 'accounts_email_normalized_key';

/** Where a customer stands in getting into the zone. */
export interface RegistrationState {
  status: 'REGISTERED' | 'ACTIVATION_CODE_SENT' | 'ACTIVATION_CODE_EXPIRED' | 'NOT_REGISTERED';
  registeredWith: WayIn | null;
  registeredAt: Date | null;
  signInEmail: string | null;
  passwordSignIn: boolean;
  lastSignInAt: Date | null;
  activationCodeSentAt: Date | null;
  activationCodeValidUntil: Date | null;
}

interface RegistrationRow {
  customer_id: string;
  registered_via: WayIn | null;
  registered_at: Date | null;
  sign_in_email: string | null;
  password_sign_in: boolean;
  last_sign_in_at: Date | null;
  letter_sent_at: Date | null;
  letter_expires_at: Date | null;
  [column: string]: unknown;
}

function toRegistration(row: RegistrationRow): RegistrationState {
  const letterOpen = row.letter_sent_at !== null && row.registered_via === null;
  const status = row.registered_via
    ? 'REGISTERED'
    : !letterOpen
      ? 'NOT_REGISTERED'
      : (row.letter_expires_at?.getTime() ?? 0) > Date.now()
        ? 'ACTIVATION_CODE_SENT'
        : 'ACTIVATION_CODE_EXPIRED';
  return {
    status,
    registeredWith: row.registered_via,
    registeredAt: row.registered_at,
    signInEmail: row.sign_in_email,
    passwordSignIn: row.password_sign_in,
    lastSignInAt: row.last_sign_in_at,
    activationCodeSentAt: letterOpen ? row.letter_sent_at : null,
    activationCodeValidUntil: letterOpen ? row.letter_expires_at : null,
  };
}

export type PasswordRegistration =
  { outcome: 'registered'; account: Account } | { outcome: 'email-in-use' } | { outcome: 'already-registered' };

/** The zone's accounts: one per customer, at most one per e-mail address. */
export class AccountStore {
  constructor(private readonly db: Database) {}

  async byEmail(email: EmailAddress): Promise<Account | undefined> {
    const { rows } = await this.db.query<AccountRow>(
      `SELECT ${COLUMNS} FROM identity.accounts WHERE email_normalized = $1`,
      [email.key],
    );
    return rows[0] && toAccount(rows[0]);
  }

  async byId(id: string): Promise<Account | undefined> {
    const { rows } = await this.db.query<AccountRow>(`SELECT ${COLUMNS} FROM identity.accounts WHERE id = $1`, [id]);
    return rows[0] && toAccount(rows[0]);
  }

  async byCustomer(customerId: string): Promise<Account | undefined> {
    const { rows } = await this.db.query<AccountRow>(
      `SELECT ${COLUMNS} FROM identity.accounts WHERE customer_id = $1`,
      [customerId],
    );
    return rows[0] && toAccount(rows[0]);
  }

  /** When each of these customers consented to digital documents; customers without an account are absent. */
  async consentTimesOf(customerIds: readonly string[]): Promise<Map<string, Date>> {
    const { rows } = await this.db.query<{ customer_id: string; digital_documents_consent_at: Date }>(
      'SELECT customer_id, digital_documents_consent_at FROM identity.accounts WHERE customer_id = ANY($1::text[])',
      [customerIds],
    );
    return new Map(rows.map((row) => [row.customer_id, row.digital_documents_consent_at]));
  }

  /**
   * The customer's account, created with consent recorded now if there is none. An existing
   * account is returned as it is (its consent was recorded when it was created).
   */
  async ensureForIdentityProvider(customerId: string, wayIn: Exclude<WayIn, 'PERSONAL_DATA'>): Promise<Account> {
    await this.db.query(
      `INSERT INTO identity.accounts (id, customer_id, registered_via, digital_documents_consent_at) VALUES ($1, $2, $3, now())
       ON CONFLICT (customer_id) DO NOTHING`,
      [randomUUID(), customerId, wayIn],
    );
    const account = await this.byCustomer(customerId);
    if (!account) throw new Error('The account just ensured is missing.');
    return account;
  }

  /**
   * Gives the customer e-mail and password sign-in: a new account, or an account made with
   * itsme or eID that had none. The e-mail address's uniqueness is the database's to decide,
   * so two registrations racing for one address end with exactly one account.
   */
  async registerPassword(
    tx: Queryable,
    registration: { customerId: string; email: EmailAddress; passwordHash: string },
  ): Promise<PasswordRegistration> {
    try {
      const { rows } = await tx.query<AccountRow>(
        `INSERT INTO identity.accounts AS a (id, customer_id, registered_via, email, email_normalized, password_hash, digital_documents_consent_at, password_changed_at)
         VALUES ($1, $2, 'PERSONAL_DATA', $3, $4, $5, now(), now())
         ON CONFLICT (customer_id) DO UPDATE SET email = EXCLUDED.email, email_normalized = EXCLUDED.email_normalized,
           password_hash = EXCLUDED.password_hash, password_changed_at = now()
           WHERE a.password_hash IS NULL
         RETURNING ${COLUMNS}`,
        [
          randomUUID(),
          registration.customerId,
          registration.email.address,
          registration.email.key,
          registration.passwordHash,
        ],
      );
      return rows[0] ? { outcome: 'registered', account: toAccount(rows[0]) } : { outcome: 'already-registered' };
    } catch (error) {
      if (isUniqueViolation(error, EMAIL_UNIQUE_INDEX)) return { outcome: 'email-in-use' };
      throw error;
    }
  }

  /** Whether an account other than the customer's own signs in with this address (docs/requirements.md §1.5). */
  async emailUsedByOther(email: EmailAddress, customerId: string): Promise<boolean> {
    const { rows } = await this.db.query(
      'SELECT 1 FROM identity.accounts WHERE email_normalized = $1 AND customer_id <> $2',
      [email.key, customerId],
    );
    return rows.length > 0;
  }

  /**
   * The address an account with password sign-in signs in with; accounts made with itsme or eID
   * have none. The unique index decides between two accounts racing for one address.
   */
  async changeEmail(
    tx: Queryable,
    accountId: string,
    email: EmailAddress,
  ): Promise<'changed' | 'no-password-sign-in' | 'email-in-use'> {
    try {
      const { rowCount } = await tx.query(
        'UPDATE identity.accounts SET email = $2, email_normalized = $3 WHERE id = $1 AND email IS NOT NULL',
        [accountId, email.address, email.key],
      );
      return rowCount === 1 ? 'changed' : 'no-password-sign-in';
    } catch (error) {
      if (isUniqueViolation(error, EMAIL_UNIQUE_INDEX)) return 'email-in-use';
      throw error;
    }
  }

  /** Where each customer stands in getting into the zone, for the customer and the contact centre. */
  async registrationsOf(customerIds: readonly string[]): Promise<Map<string, RegistrationState>> {
    const { rows } = await this.db.query<RegistrationRow>(
      `SELECT c.customer_id, a.registered_via, a.created_at AS registered_at, a.email AS sign_in_email,
              coalesce(a.password_hash LIKE 'scrypt$%', false) AS password_sign_in,
              (SELECT max(s.created_at) FROM identity.sessions s WHERE s.account_id = a.id) AS last_sign_in_at,
              l.sent_at AS letter_sent_at, l.expires_at AS letter_expires_at
       FROM unnest($1::text[]) AS c(customer_id)
       LEFT JOIN identity.accounts a ON a.customer_id = c.customer_id
       LEFT JOIN identity.letter_codes l ON l.customer_id = c.customer_id AND l.purpose = 'ACTIVATION'
         AND l.sent_at IS NOT NULL AND l.superseded_at IS NULL AND l.used_at IS NULL`,
      [customerIds],
    );
    return new Map(rows.map((row) => [row.customer_id, toRegistration(row)]));
  }

  async setPassword(tx: Queryable, accountId: string, passwordHash: string): Promise<void> {
    await tx.query(
      'UPDATE identity.accounts SET password_hash = $2, password_changed_at = now() WHERE id = $1 AND email IS NOT NULL',
      [accountId, passwordHash],
    );
  }
}
