import { randomUUID } from 'node:crypto';
import type { Database, Queryable } from '../../../platform/database/Database';

/** What a code sent by SMS proves: a customer signing in, a customer confirming a change of e-mail or mobile, a staff member signing in. */
export type ChallengePurpose = 'SIGN_IN' | 'CONTACT_CHANGE' | 'STAFF_SIGN_IN';

/** Whose phone the code went to. */
export type ChallengeOwner = { kind: 'account'; id: string } | { kind: 'staff'; id: string };

export interface Challenge {
  id: string;
  owner: ChallengeOwner;
  codeHash: string;
  /** A keyed hash of what the code was sent for (a contact change), when it was sent for something specific. */
  bindingHash: string | null;
  /** False once used, replaced by a newer challenge of the same purpose, closed after a lockout, or expired. */
  open: boolean;
}

interface ChallengeRow {
  id: string;
  account_id: string | null;
  staff_id: string | null;
  code_hash: string;
  binding_hash: string | null;
  open: boolean;
  [column: string]: unknown;
}

const ownerColumn = (owner: ChallengeOwner): 'account_id' | 'staff_id' =>
  owner.kind === 'account' ? 'account_id' : 'staff_id';

export function sameOwner(a: ChallengeOwner, b: ChallengeOwner): boolean {
  return a.kind === b.kind && a.id === b.id;
}

/** Codes sent by SMS: one open challenge per owner and purpose, the newest. The handle is a bearer secret, stored hashed. */
export class ChallengeStore {
  constructor(private readonly db: Database) {}

  async open(challenge: {
    owner: ChallengeOwner;
    purpose: ChallengePurpose;
    handleHash: string;
    codeHash: string;
    bindingHash?: string;
    ttlSeconds: number;
  }): Promise<{ id: string; expiresAt: Date }> {
    const id = randomUUID();
    const column = ownerColumn(challenge.owner);
    const expiresAt = await this.db.transaction(async (tx) => {
      await tx.query(
        `UPDATE identity.sign_in_challenges SET closed_at = now() WHERE ${column} = $1 AND purpose = $2 AND closed_at IS NULL`,
        [challenge.owner.id, challenge.purpose],
      );
      const { rows } = await tx.query<{ expires_at: Date }>(
        `INSERT INTO identity.sign_in_challenges (id, handle_hash, ${column}, purpose, code_hash, binding_hash, expires_at)
         VALUES ($1, $2, $3, $4, $5, $6, now() + make_interval(secs => $7)) RETURNING expires_at`,
        [
          id,
          challenge.handleHash,
          challenge.owner.id,
          challenge.purpose,
          challenge.codeHash,
          challenge.bindingHash ?? null,
          challenge.ttlSeconds,
        ],
      );
      return rows[0]?.expires_at;
    });
    if (!expiresAt) throw new Error('The challenge just opened is missing.');
    return { id, expiresAt };
  }

  /** The challenge of this purpose with this handle; a handle given for another purpose is not found. */
  async byHandle(purpose: ChallengePurpose, handleHash: string): Promise<Challenge | undefined> {
    const { rows } = await this.db.query<ChallengeRow>(
      `SELECT id, account_id, staff_id, code_hash, binding_hash, (closed_at IS NULL AND expires_at > now()) AS open
       FROM identity.sign_in_challenges WHERE handle_hash = $1 AND purpose = $2`,
      [handleHash, purpose],
    );
    const row = rows[0];
    if (!row) return undefined;
    const owner: ChallengeOwner = row.account_id
      ? { kind: 'account', id: row.account_id }
      : { kind: 'staff', id: row.staff_id ?? '' };
    return { id: row.id, owner, codeHash: row.code_hash, bindingHash: row.binding_hash, open: row.open };
  }

  /** Closes the challenge if still open; false when another request closed it first. */
  async close(id: string, q: Queryable = this.db): Promise<boolean> {
    const { rowCount } = await q.query(
      'UPDATE identity.sign_in_challenges SET closed_at = now() WHERE id = $1 AND closed_at IS NULL AND expires_at > now()',
      [id],
    );
    return rowCount === 1;
  }

  /** Closes every open challenge of the owner, whatever its purpose (after a lockout). */
  async closeAllOf(owner: ChallengeOwner): Promise<void> {
    await this.db.query(
      `UPDATE identity.sign_in_challenges SET closed_at = now() WHERE ${ownerColumn(owner)} = $1 AND closed_at IS NULL`,
      [owner.id],
    );
  }
}
