import { createHash } from 'node:crypto';
import type { Logger } from '../logger';
import type { Database } from './Database';

/** One versioned step of a schema. Once released, a migration is never edited: add the next one. */
export interface Migration {
  version: number;
  /** What it does, e.g. "accounts and sessions". */
  name: string;
  /** Statements run as one script; tables are named with their schema (e.g. identity.accounts). */
  sql: string;
  /**
   * Checksums of earlier texts of this migration that differ from `sql` in its comments only (a
   * comment reworded after release): a database that recorded one of them is up to date.
   */
  releasedChecksums?: readonly string[];
}

export class MigrationError extends Error {
  override readonly name = 'MigrationError';
}

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

const checksum = (migration: Migration): string => createHash('sha256').update(migration.sql).digest('hex');

/** A 64-bit advisory-lock key per schema, the same in every process and release. */
const lockKey = (schema: string): string =>
  createHash('sha256').update(`customer-graph:migrate:${schema}`).digest().readBigInt64BE(0).toString();

function checkSequence(migrations: readonly Migration[]): void {
  migrations.forEach((migration, index) => {
    if (migration.version !== index + 1)
      throw new MigrationError(
        `Migrations must be numbered 1, 2, 3, …: found ${migration.version} at position ${index + 1}.`,
      );
    if (!migration.name.trim()) throw new MigrationError(`Migration ${migration.version} needs a name.`);
  });
}

export interface MigrateOptions {
  /** The PostgreSQL schema the subgraph owns; its migrations table lives there too. */
  schema: string;
  migrations: readonly Migration[];
  log: Logger;
}

/**
 * Brings `schema` up to the last migration, at start. Every pending migration runs in one
 * transaction that first takes an advisory lock for this schema, so replicas starting at once
 * queue up: the first applies, the others find nothing left to do. A migration that fails rolls
 * everything back and stops the start. An applied migration whose text has since changed also
 * stops the start: the database no longer matches the code.
 */
export async function migrate(
  db: Database,
  { schema, migrations, log }: MigrateOptions,
): Promise<{ applied: number[] }> {
  if (!SCHEMA_NAME.test(schema))
    throw new MigrationError(`"${schema}" is not a valid schema name (lower-case letters, digits, underscore).`);
  checkSequence(migrations);
  const applied = await db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1::bigint)', [lockKey(schema)]);
    await tx.exec(
      `CREATE SCHEMA IF NOT EXISTS ${schema};
       CREATE TABLE IF NOT EXISTS ${schema}.schema_migrations (
         version integer PRIMARY KEY,
         name text NOT NULL,
         checksum text NOT NULL,
         applied_at timestamptz NOT NULL DEFAULT now()
       );`,
    );
    const { rows } = await tx.query<{ version: number; checksum: string }>(
      `SELECT version, checksum FROM ${schema}.schema_migrations ORDER BY version`,
    );
    const done = new Map(rows.map((row) => [row.version, row.checksum]));
    for (const migration of migrations) {
      const recorded = done.get(migration.version);
      const known = recorded === checksum(migration) || (migration.releasedChecksums ?? []).includes(recorded ?? '');
      if (recorded !== undefined && !known) {
        throw new MigrationError(
          `Migration ${schema} ${migration.version} (${migration.name}) was changed after it was applied; add a new migration instead.`,
        );
      }
    }
    const pending = migrations.filter((migration) => !done.has(migration.version));
    for (const migration of pending) {
      await tx.exec(migration.sql);
      await tx.query(`INSERT INTO ${schema}.schema_migrations (version, name, checksum) VALUES ($1, $2, $3)`, [
        migration.version,
        migration.name,
        checksum(migration),
      ]);
    }
    return pending.map((migration) => migration.version);
  });
  const newer = await db.query<{ version: number }>(`SELECT max(version) AS version FROM ${schema}.schema_migrations`);
  const latest = newer.rows[0]?.version ?? 0;
  if (latest > migrations.length)
    log.warn(
      { schema, databaseVersion: latest, codeVersion: migrations.length },
      'database schema is newer than this code (a newer release is rolling out)',
    );
  log.info(
    { schema, applied, version: Math.max(latest, migrations.length) },
    applied.length ? 'database migrations applied' : 'database schema up to date',
  );
  return { applied };
}
