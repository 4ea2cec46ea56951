import { PGlite, type Transaction } from '@electric-sql/pglite';
import type { Database, QueryResult, Queryable, Row } from './Database';
import { toDatabaseError } from './DatabaseError';
import { DataDirLock } from './DataDirLock';

type PgliteQueryable = Pick<Transaction, 'query' | 'exec'>;

async function run<R extends Row>(
  target: PgliteQueryable,
  text: string,
  params?: readonly unknown[],
): Promise<QueryResult<R>> {
  try {
    const result = await target.query<R>(text, params ? [...params] : undefined);
    return { rows: result.rows, rowCount: result.affectedRows ?? result.rows.length };
  } catch (error) {
    throw toDatabaseError(error);
  }
}

async function runScript(target: PgliteQueryable, script: string): Promise<void> {
  try {
    await target.exec(script);
  } catch (error) {
    throw toDatabaseError(error);
  }
}

/**
 * An embedded PostgreSQL (PGlite, WebAssembly) persisting to a local folder, so a developer
 * needs nothing installed. One process per folder (enforced by a lock file); PGlite runs one
 * statement at a time, so a transaction holds the whole database until it ends.
 */
export class PgliteDatabase implements Database {
  readonly kind = 'pglite';

  private constructor(
    private readonly db: PGlite,
    private readonly lock: DataDirLock,
  ) {}

  static async open(dataDir: string): Promise<PgliteDatabase> {
    const lock = DataDirLock.acquire(dataDir);
    try {
      return new PgliteDatabase(await PGlite.create(dataDir), lock);
    } catch (error) {
      lock.release();
      throw toDatabaseError(error);
    }
  }

  query<R extends Row = Row>(text: string, params?: readonly unknown[]): Promise<QueryResult<R>> {
    return run<R>(this.db, text, params);
  }

  exec(script: string): Promise<void> {
    return runScript(this.db, script);
  }

  async transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T> {
    try {
      return await this.db.transaction((tx) =>
        work({ query: (text, params) => run(tx, text, params), exec: (script) => runScript(tx, script) }),
      );
    } catch (error) {
      throw toDatabaseError(error);
    }
  }

  async close(): Promise<void> {
    try {
      await this.db.close();
    } finally {
      this.lock.release();
    }
  }
}
