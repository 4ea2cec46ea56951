import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Database } from '../../../platform/database/Database';

export interface BrokerClient {
  clientId: string;
  brokerId: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
}

interface ClientRow {
  client_id: string;
  broker_id: string;
  secret_hash: string;
  created_at: Date;
  last_used_at: Date | null;
  revoked_at: Date | null;
  [column: string]: unknown;
}

const COLUMNS = 'client_id, broker_id, secret_hash, created_at, last_used_at, revoked_at';

const toClient = (row: ClientRow): BrokerClient => ({
  clientId: row.client_id,
  brokerId: row.broker_id,
  createdAt: row.created_at,
  lastUsedAt: row.last_used_at,
  revokedAt: row.revoked_at,
});

/**
 * A secret of 256 random bits cannot be guessed, so a plain SHA-256 protects it at rest as well
 * as a slow hash would, and unlike identity's keyed hashes it survives a change of
 * IDENTITY_HASH_KEY (brokers' systems keep working).
 */
const hashSecret = (secret: string): Buffer => createHash('sha256').update(secret, 'utf8').digest();

const CLIENT_ID = /^bc_[A-Za-z0-9_-]{22}$/;
const CLIENT_SECRET = /^bcs_[A-Za-z0-9_-]{43}$/;

export type ClientAuthentication = { outcome: 'authenticated'; client: BrokerClient } | { outcome: 'refused' };

/** OAuth 2.0 clients of brokers' systems (client credentials), each bound to one broker office. */
export class BrokerClientStore {
  constructor(private readonly db: Database) {}

  /** New credentials for the office; the secret is returned here once and stored only as a hash. */
  async issue(brokerId: string): Promise<{ client: BrokerClient; clientSecret: string }> {
    const clientId = `bc_${randomBytes(16).toString('base64url')}`;
    const clientSecret = `bcs_${randomBytes(32).toString('base64url')}`;
    const { rows } = await this.db.query<ClientRow>(
      `INSERT INTO identity.broker_clients (client_id, broker_id, secret_hash) VALUES ($1, $2, $3) RETURNING ${COLUMNS}`,
      [clientId, brokerId, hashSecret(clientSecret).toString('base64url')],
    );
    if (!rows[0]) throw new Error('The broker client just issued is missing.');
    return { client: toClient(rows[0]), clientSecret };
  }

  /** The client when the id and secret match a client that is not revoked; unknown, wrong and revoked alike are refused. */
  async authenticate(clientId: string, clientSecret: string): Promise<ClientAuthentication> {
    if (!CLIENT_ID.test(clientId) || !CLIENT_SECRET.test(clientSecret)) return { outcome: 'refused' };
    const { rows } = await this.db.query<ClientRow>(
      `SELECT ${COLUMNS} FROM identity.broker_clients WHERE client_id = $1`,
      [clientId],
    );
    const row = rows[0];
    const presented = hashSecret(clientSecret);
    const stored = row ? Buffer.from(row.secret_hash, 'base64url') : Buffer.alloc(presented.length);
    const matches = stored.length === presented.length && timingSafeEqual(stored, presented);
    if (!row || !matches || row.revoked_at) return { outcome: 'refused' };
    await this.db.query('UPDATE identity.broker_clients SET last_used_at = now() WHERE client_id = $1', [clientId]);
    return { outcome: 'authenticated', client: toClient(row) };
  }

  async list(brokerId?: string): Promise<BrokerClient[]> {
    const { rows } = brokerId
      ? await this.db.query<ClientRow>(
          `SELECT ${COLUMNS} FROM identity.broker_clients WHERE broker_id = $1 ORDER BY created_at`,
          [brokerId],
        )
      : await this.db.query<ClientRow>(`SELECT ${COLUMNS} FROM identity.broker_clients ORDER BY broker_id, created_at`);
    return rows.map(toClient);
  }

  /** Revokes one client; the ids of the clients revoked (none when it was unknown or already revoked). */
  async revoke(clientId: string): Promise<string[]> {
    const { rows } = await this.db.query<{ client_id: string }>(
      'UPDATE identity.broker_clients SET revoked_at = now() WHERE client_id = $1 AND revoked_at IS NULL RETURNING client_id',
      [clientId],
    );
    return rows.map((row) => row.client_id);
  }

  /** Revokes every client of the office. */
  async revokeAllOf(brokerId: string): Promise<string[]> {
    const { rows } = await this.db.query<{ client_id: string }>(
      'UPDATE identity.broker_clients SET revoked_at = now() WHERE broker_id = $1 AND revoked_at IS NULL RETURNING client_id',
      [brokerId],
    );
    return rows.map((row) => row.client_id);
  }
}
