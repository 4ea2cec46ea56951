import { randomUUID } from 'node:crypto';
import type { Database } from '../../../platform/database/Database';
import { isUniqueViolation } from '../../../platform/database/DatabaseError';
import type { EmailAddress } from '../../../platform/emailAddress';

export interface StaffAccount {
  id: string;
  email: string;
  /** E.164: where the sign-in codes go. */
  mobile: string;
  passwordHash: string;
  createdAt: Date;
  disabledAt: Date | null;
}

interface StaffRow {
  id: string;
  email: string;
  mobile: string;
  password_hash: string;
  created_at: Date;
  disabled_at: Date | null;
  [column: string]: unknown;
}

const COLUMNS = 'id, email, mobile, password_hash, created_at, disabled_at';

const toStaff = (row: StaffRow): StaffAccount => ({
  id: row.id,
  email: row.email,
  mobile: row.mobile,
  passwordHash: row.password_hash,
  createdAt: row.created_at,
  disabledAt: row.disabled_at,
});

/** On the address's key (platform/emailAddress.ts), like the customers' accounts. */
export const STAFF_EMAIL_UNIQUE_INDEX = 'staff_accounts_email_normalized_key';

/** Contact-centre staff accounts, created and disabled by an administrator (scripts/staff.ts). */
export class StaffStore {
  constructor(private readonly db: Database) {}

  async create(staff: {
    email: EmailAddress;
    mobile: string;
    passwordHash: string;
  }): Promise<{ outcome: 'created'; staff: StaffAccount } | { outcome: 'email-in-use' }> {
    try {
      const { rows } = await this.db.query<StaffRow>(
        `INSERT INTO identity.staff_accounts (id, email, email_normalized, mobile, password_hash) VALUES ($1, $2, $3, $4, $5) RETURNING ${COLUMNS}`,
        [randomUUID(), staff.email.address, staff.email.key, staff.mobile, staff.passwordHash],
      );
      if (!rows[0]) throw new Error('The staff account just created is missing.');
      return { outcome: 'created', staff: toStaff(rows[0]) };
    } catch (error) {
      if (isUniqueViolation(error, STAFF_EMAIL_UNIQUE_INDEX)) return { outcome: 'email-in-use' };
      throw error;
    }
  }

  /** An account that may sign in: known and not disabled. */
  async activeByEmail(email: EmailAddress): Promise<StaffAccount | undefined> {
    const { rows } = await this.db.query<StaffRow>(
      `SELECT ${COLUMNS} FROM identity.staff_accounts WHERE email_normalized = $1 AND disabled_at IS NULL`,
      [email.key],
    );
    return rows[0] && toStaff(rows[0]);
  }

  async activeById(id: string): Promise<StaffAccount | undefined> {
    const { rows } = await this.db.query<StaffRow>(
      `SELECT ${COLUMNS} FROM identity.staff_accounts WHERE id = $1 AND disabled_at IS NULL`,
      [id],
    );
    return rows[0] && toStaff(rows[0]);
  }

  async list(): Promise<StaffAccount[]> {
    const { rows } = await this.db.query<StaffRow>(
      `SELECT ${COLUMNS} FROM identity.staff_accounts ORDER BY email_normalized, created_at`,
    );
    return rows.map(toStaff);
  }

  /** Stops the account signing in; false when there is no such active account. */
  async disable(email: EmailAddress): Promise<boolean> {
    const { rowCount } = await this.db.query(
      'UPDATE identity.staff_accounts SET disabled_at = now() WHERE email_normalized = $1 AND disabled_at IS NULL',
      [email.key],
    );
    return rowCount === 1;
  }

  /** A new password for an active account; false when there is none. */
  async setPassword(email: EmailAddress, passwordHash: string): Promise<boolean> {
    const { rowCount } = await this.db.query(
      'UPDATE identity.staff_accounts SET password_hash = $2, password_changed_at = now() WHERE email_normalized = $1 AND disabled_at IS NULL',
      [email.key, passwordHash],
    );
    return rowCount === 1;
  }
}
