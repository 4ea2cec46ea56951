import { randomUUID } from 'node:crypto';
import type { Database, Queryable } from '../../../platform/database/Database';
import { isUniqueViolation } from '../../../platform/database/DatabaseError';

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

/** The unique index behind seed II.5; its violation is how a used e-mail address is detected. */
export const EMAIL_UNIQUE_INDEX = 'accounts_email_key';

export type PasswordRegistration = { outcome: 'registered'; account: Account } | { outcome: 'email-in-use' } | { outcome: 'already-registered' };

/** The zone's accounts: one per customer, at most one per e-mail address. */
export class AccountStore {
  constructor(private readonly db: Database) {}

  async byEmail(email: string): Promise<Account | undefined> {
    const { rows } = await this.db.query<AccountRow>(`SELECT ${COLUMNS} FROM identity.accounts WHERE lower(email) = lower($1)`, [email]);
    return rows[0] && toAccount(rows[0]);
  }

  async byId(id: string): Promise<Account | undefined> {
    const { rows } = await this.db.query<AccountRow>(`SELECT ${COLUMNS} FROM identity.accounts WHERE id = $1`, [id]);
    return rows[0] && toAccount(rows[0]);
  }

  async byCustomer(customerId: string): Promise<Account | undefined> {
    const { rows } = await this.db.query<AccountRow>(`SELECT ${COLUMNS} FROM identity.accounts WHERE customer_id = $1`, [customerId]);
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
  async registerPassword(tx: Queryable, registration: { customerId: string; email: string; passwordHash: string }): Promise<PasswordRegistration> {
    try {
      const { rows } = await tx.query<AccountRow>(
        `INSERT INTO identity.accounts AS a (id, customer_id, registered_via, email, password_hash, digital_documents_consent_at, password_changed_at)
         VALUES ($1, $2, 'PERSONAL_DATA', $3, $4, now(), now())
         ON CONFLICT (customer_id) DO UPDATE SET email = EXCLUDED.email, password_hash = EXCLUDED.password_hash, password_changed_at = now()
           WHERE a.password_hash IS NULL
         RETURNING ${COLUMNS}`,
        [randomUUID(), registration.customerId, registration.email, registration.passwordHash],
      );
      return rows[0] ? { outcome: 'registered', account: toAccount(rows[0]) } : { outcome: 'already-registered' };
    } catch (error) {
      if (isUniqueViolation(error, EMAIL_UNIQUE_INDEX)) return { outcome: 'email-in-use' };
      throw error;
    }
  }

  async setPassword(tx: Queryable, accountId: string, passwordHash: string): Promise<void> {
    await tx.query('UPDATE identity.accounts SET password_hash = $2, password_changed_at = now() WHERE id = $1 AND email IS NOT NULL', [accountId, passwordHash]);
  }
}
