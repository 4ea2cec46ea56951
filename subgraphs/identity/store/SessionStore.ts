import { randomUUID } from 'node:crypto';
import type { Database, Queryable } from '../../../platform/database/Database';
import type { WayIn } from './AccountStore';

export interface SessionGrant {
  sessionId: string;
  accountId: string;
  customerId: string;
  wayIn: WayIn;
  refreshExpiresAt: Date;
}

/** A session just ended: its access tokens may still be valid, up to an access-token lifetime after `expiresAt`. */
export interface EndedSession {
  sessionId: string;
  expiresAt: Date;
}

export type Rotation =
  { outcome: 'rotated'; grant: SessionGrant } | { outcome: 'reused'; ended: EndedSession } | { outcome: 'invalid' };

export type RevokeReason = 'sign-out' | 'refresh-token-reuse' | 'password-reset' | 'contact-change';

interface GrantRow {
  session_id: string;
  account_id: string;
  customer_id: string;
  way_in: WayIn;
  refresh_expires_at: Date;
  [column: string]: unknown;
}

interface EndedRow {
  id: string;
  expires_at: Date;
  [column: string]: unknown;
}

const toEnded = (row: EndedRow): EndedSession => ({ sessionId: row.id, expiresAt: row.expires_at });

const toGrant = (row: GrantRow): SessionGrant => ({
  sessionId: row.session_id,
  accountId: row.account_id,
  customerId: row.customer_id,
  wayIn: row.way_in,
  refreshExpiresAt: row.refresh_expires_at,
});

/**
 * Sessions and their refresh tokens (stored as keyed hashes). A session ends at its absolute
 * expiry, on sign-out, or when one of its refresh tokens is presented a second time: a used
 * token coming back means it was copied, so the whole family is revoked (OAuth 2.0 Security
 * BCP, refresh token rotation).
 */
export class SessionStore {
  constructor(private readonly db: Database) {}

  async start(session: {
    accountId: string;
    wayIn: WayIn;
    maxSeconds: number;
    refreshHash: string;
    refreshTtlSeconds: number;
  }): Promise<SessionGrant> {
    return this.db.transaction(async (tx) => {
      const id = randomUUID();
      await tx.query(
        `INSERT INTO identity.sessions (id, account_id, way_in, expires_at) VALUES ($1, $2, $3, now() + make_interval(secs => $4))`,
        [id, session.accountId, session.wayIn, session.maxSeconds],
      );
      return this.issue(tx, id, session.refreshHash, session.refreshTtlSeconds);
    });
  }

  /** Trades a refresh token for a new one in the same session. */
  async rotate(presentedHash: string, nextHash: string, refreshTtlSeconds: number): Promise<Rotation> {
    const rotated = await this.db.transaction(async (tx) => {
      const { rows } = await tx.query<{ session_id: string }>(
        `UPDATE identity.refresh_tokens t SET used_at = now()
         FROM identity.sessions s
         WHERE t.token_hash = $1 AND t.used_at IS NULL AND t.expires_at > now()
           AND s.id = t.session_id AND s.revoked_at IS NULL AND s.expires_at > now()
         RETURNING t.session_id`,
        [presentedHash],
      );
      return rows[0] ? this.issue(tx, rows[0].session_id, nextHash, refreshTtlSeconds) : undefined;
    });
    if (rotated) return { outcome: 'rotated', grant: rotated };
    const { rows } = await this.db.query<{ session_id: string; used: boolean }>(
      'SELECT session_id, used_at IS NOT NULL AS used FROM identity.refresh_tokens WHERE token_hash = $1',
      [presentedHash],
    );
    if (!rows[0]?.used) return { outcome: 'invalid' };
    // Ended again if it already was: the access tokens of a copied session are revoked either way.
    const ended = await this.db.query<EndedRow>(
      `UPDATE identity.sessions SET revoked_at = coalesce(revoked_at, now()), revoked_reason = coalesce(revoked_reason, 'refresh-token-reuse')
       WHERE id = $1 RETURNING id, expires_at`,
      [rows[0].session_id],
    );
    const [session] = ended.rows.map(toEnded);
    return session ? { outcome: 'reused', ended: session } : { outcome: 'invalid' };
  }

  /** Ends the session a refresh token belongs to; undefined when there was none still open. */
  async revokeByRefreshToken(refreshHash: string, reason: RevokeReason): Promise<EndedSession | undefined> {
    const { rows } = await this.db.query<EndedRow>(
      `UPDATE identity.sessions SET revoked_at = now(), revoked_reason = $2
       WHERE id = (SELECT session_id FROM identity.refresh_tokens WHERE token_hash = $1) AND revoked_at IS NULL
       RETURNING id, expires_at`,
      [refreshHash, reason],
    );
    return rows.map(toEnded)[0];
  }

  /** Ends every open session of the account: what the caller revokes the access tokens of once `q` commits. */
  async revokeAllOf(accountId: string, reason: RevokeReason, q: Queryable = this.db): Promise<EndedSession[]> {
    const { rows } = await q.query<EndedRow>(
      `UPDATE identity.sessions SET revoked_at = now(), revoked_reason = $2 WHERE account_id = $1 AND revoked_at IS NULL
       RETURNING id, expires_at`,
      [accountId, reason],
    );
    return rows.map(toEnded);
  }

  private async issue(
    tx: Queryable,
    sessionId: string,
    refreshHash: string,
    refreshTtlSeconds: number,
  ): Promise<SessionGrant> {
    const { rows } = await tx.query<GrantRow>(
      `WITH token AS (
         INSERT INTO identity.refresh_tokens (token_hash, session_id, expires_at)
         SELECT $1, s.id, least(now() + make_interval(secs => $3), s.expires_at) FROM identity.sessions s WHERE s.id = $2
         RETURNING session_id, expires_at
       )
       SELECT token.session_id, token.expires_at AS refresh_expires_at, s.account_id, s.way_in, a.customer_id
       FROM token JOIN identity.sessions s ON s.id = token.session_id JOIN identity.accounts a ON a.id = s.account_id`,
      [refreshHash, sessionId, refreshTtlSeconds],
    );
    if (!rows[0]) throw new Error('The session to issue a refresh token for is missing.');
    return toGrant(rows[0]);
  }
}
