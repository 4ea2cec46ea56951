import { randomUUID } from 'node:crypto';
import type { Database, Queryable } from '../../../platform/database/Database';
import { isUniqueViolation } from '../../../platform/database/DatabaseError';

export type LetterPurpose = 'ACTIVATION' | 'PASSWORD_RESET';

/** Where a code found by its hash stands. */
export type LetterCodeState = 'usable' | 'expired' | 'superseded' | 'used';

export interface LetterCode {
  id: string;
  customerId: string;
  state: LetterCodeState;
}

interface LetterCodeRow {
  id: string;
  customer_id: string;
  state: LetterCodeState;
  [column: string]: unknown;
}

const ONE_OPEN_INDEX = 'letter_codes_one_open';

const STATE = `CASE WHEN used_at IS NOT NULL THEN 'used' WHEN superseded_at IS NOT NULL THEN 'superseded'
  WHEN expires_at <= now() THEN 'expired' ELSE 'usable' END AS state`;

/**
 * Activation and password-reset codes sent by letter, stored as keyed hashes. A code is first
 * recorded unsent; only once the postal gateway took the letter does it become the customer's
 * one open code for its purpose, superseding the previous one. A letter that could not be sent
 * thus leaves the previous code working.
 */
export class LetterCodeStore {
  constructor(private readonly db: Database) {}

  async prepare(code: {
    purpose: LetterPurpose;
    customerId: string;
    contractNumber: string | null;
    codeHash: string;
    ttlSeconds: number;
  }): Promise<{ id: string; expiresAt: Date }> {
    const id = randomUUID();
    const { rows } = await this.db.query<{ expires_at: Date }>(
      `INSERT INTO identity.letter_codes (id, purpose, customer_id, contract_number, code_hash, expires_at)
       VALUES ($1, $2, $3, $4, $5, now() + make_interval(secs => $6)) RETURNING expires_at`,
      [id, code.purpose, code.customerId, code.contractNumber, code.codeHash, code.ttlSeconds],
    );
    if (!rows[0]) throw new Error('The letter code just prepared is missing.');
    return { id, expiresAt: rows[0].expires_at };
  }

  /** The letter went out: this code is now the open one and the previous one stops working. */
  async markSent(id: string): Promise<Date> {
    // Two requests for one customer finishing together collide on the one-open-code index;
    // the later one retries and supersedes the earlier.
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.db.transaction(async (tx) => {
          await tx.query(
            `WITH mine AS (SELECT customer_id, purpose FROM identity.letter_codes WHERE id = $1)
             UPDATE identity.letter_codes c SET superseded_at = now()
             FROM mine WHERE c.customer_id = mine.customer_id AND c.purpose = mine.purpose AND c.id <> $1
               AND c.sent_at IS NOT NULL AND c.superseded_at IS NULL AND c.used_at IS NULL`,
            [id],
          );
          const { rows } = await tx.query<{ expires_at: Date }>(
            'UPDATE identity.letter_codes SET sent_at = now() WHERE id = $1 RETURNING expires_at',
            [id],
          );
          if (!rows[0]) throw new Error('The letter code to mark as sent is missing.');
          return rows[0].expires_at;
        });
      } catch (error) {
        if (attempt >= 3 || !isUniqueViolation(error, ONE_OPEN_INDEX)) throw error;
      }
    }
  }

  /** A code whose letter could not be sent is forgotten. */
  async discard(id: string): Promise<void> {
    await this.db.query('DELETE FROM identity.letter_codes WHERE id = $1 AND sent_at IS NULL', [id]);
  }

  async findActivation(contractNumber: string, codeHash: string): Promise<LetterCode | undefined> {
    const { rows } = await this.db.query<LetterCodeRow>(
      `SELECT id, customer_id, ${STATE} FROM identity.letter_codes
       WHERE purpose = 'ACTIVATION' AND contract_number = $1 AND code_hash = $2 AND sent_at IS NOT NULL`,
      [contractNumber, codeHash],
    );
    return rows[0] && { id: rows[0].id, customerId: rows[0].customer_id, state: rows[0].state };
  }

  /** The contract of the customer's latest activation letter, if one went out: a new letter keeps to it. */
  async latestActivationContract(customerId: string): Promise<string | undefined> {
    const { rows } = await this.db.query<{ contract_number: string }>(
      `SELECT contract_number FROM identity.letter_codes
       WHERE purpose = 'ACTIVATION' AND customer_id = $1 AND sent_at IS NOT NULL AND contract_number IS NOT NULL
       ORDER BY sent_at DESC LIMIT 1`,
      [customerId],
    );
    return rows[0]?.contract_number;
  }

  async findReset(customerId: string, codeHash: string): Promise<LetterCode | undefined> {
    const { rows } = await this.db.query<LetterCodeRow>(
      `SELECT id, customer_id, ${STATE} FROM identity.letter_codes
       WHERE purpose = 'PASSWORD_RESET' AND customer_id = $1 AND code_hash = $2 AND sent_at IS NOT NULL`,
      [customerId, codeHash],
    );
    return rows[0] && { id: rows[0].id, customerId: rows[0].customer_id, state: rows[0].state };
  }

  /** Uses the code if it is still usable; false when another request used it first or it just lapsed. */
  async consume(tx: Queryable, id: string): Promise<boolean> {
    const { rowCount } = await tx.query(
      'UPDATE identity.letter_codes SET used_at = now() WHERE id = $1 AND used_at IS NULL AND superseded_at IS NULL AND expires_at > now()',
      [id],
    );
    return rowCount === 1;
  }
}
