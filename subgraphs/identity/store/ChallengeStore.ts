import { randomUUID } from 'node:crypto';
import type { Database } from '../../../platform/database/Database';

export interface Challenge {
  id: string;
  accountId: string;
  codeHash: string;
  /** False once used, replaced by a newer sign-in, closed after a lockout, or expired. */
  open: boolean;
}

interface ChallengeRow {
  id: string;
  account_id: string;
  code_hash: string;
  open: boolean;
  [column: string]: unknown;
}

/** The SMS step of password sign-ins: one open challenge per account, the newest. */
export class ChallengeStore {
  constructor(private readonly db: Database) {}

  async open(challenge: { accountId: string; handleHash: string; codeHash: string; ttlSeconds: number }): Promise<{ id: string; expiresAt: Date }> {
    const id = randomUUID();
    const expiresAt = await this.db.transaction(async (tx) => {
      await tx.query('UPDATE identity.sign_in_challenges SET closed_at = now() WHERE account_id = $1 AND closed_at IS NULL', [challenge.accountId]);
      const { rows } = await tx.query<{ expires_at: Date }>(
        `INSERT INTO identity.sign_in_challenges (id, handle_hash, account_id, code_hash, expires_at)
         VALUES ($1, $2, $3, $4, now() + make_interval(secs => $5)) RETURNING expires_at`,
        [id, challenge.handleHash, challenge.accountId, challenge.codeHash, challenge.ttlSeconds],
      );
      return rows[0]?.expires_at;
    });
    if (!expiresAt) throw new Error('The challenge just opened is missing.');
    return { id, expiresAt };
  }

  async byHandle(handleHash: string): Promise<Challenge | undefined> {
    const { rows } = await this.db.query<ChallengeRow>(
      `SELECT id, account_id, code_hash, (closed_at IS NULL AND expires_at > now()) AS open
       FROM identity.sign_in_challenges WHERE handle_hash = $1`,
      [handleHash],
    );
    const row = rows[0];
    return row && { id: row.id, accountId: row.account_id, codeHash: row.code_hash, open: row.open };
  }

  /** Closes the challenge if still open; false when another request closed it first. */
  async close(id: string): Promise<boolean> {
    const { rowCount } = await this.db.query('UPDATE identity.sign_in_challenges SET closed_at = now() WHERE id = $1 AND closed_at IS NULL AND expires_at > now()', [id]);
    return rowCount === 1;
  }

  async closeAllOf(accountId: string): Promise<void> {
    await this.db.query('UPDATE identity.sign_in_challenges SET closed_at = now() WHERE account_id = $1 AND closed_at IS NULL', [accountId]);
  }
}
