import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { PGlite, type Transaction } from '@electric-sql/pglite';
import type { Database, QueryResult, Queryable, Row } from './Database';
import { toDatabaseError } from './DatabaseError';
import { DataDirLock } from './DataDirLock';

/**
 * An embedded database serves one developer's machine: PostgreSQL's 128 MB default buffer pool
 * only costs memory here (measured: 342 MiB resident at open with the default, 192 MiB with 16 MB).
 */
const EMBEDDED_SETTINGS = 'shared_buffers=16MB';

/**
 * Creating a data folder runs initdb, whose WebAssembly memory stays with the process that ran it
 * (measured: 798 MiB resident after creating in-process; a worker thread still left 135 MiB
 * behind). So a new folder is created by a short-lived child process, then opened here.
 */
async function createDataDir(dataDir: string): Promise<void> {
  const script = `const { PGlite } = require(process.argv[1]);
    PGlite.create(process.argv[2], { postgresqlconf: process.argv[3] }).then((db) => db.close())
      .then(() => process.exit(0), (error) => { process.stderr.write(String(error)); process.exit(1); });`;
  await new Promise<void>((resolve, reject) => {
    execFile(
      process.execPath,
      ['-e', script, require.resolve('@electric-sql/pglite'), dataDir, EMBEDDED_SETTINGS],
      (error, _stdout, stderr) =>
        error
          ? reject(new Error(`Could not create the embedded database in ${dataDir}: ${stderr || error.message}`))
          : resolve(),
    );
  });
}

/**
 * Creates the embedded data folders that do not exist yet with one initdb: the first in a child
 * process, the others as copies of it (a new database holds nothing of its component's yet).
 * `npm start` calls it before any component starts, so the initdb's memory is never added to that
 * of the running components (the opening components would otherwise each run one, at once).
 */
export async function createDataDirs(dataDirs: readonly string[]): Promise<string[]> {
  const missing = [...new Set(dataDirs)].filter((dir) => !isDataDirCreated(dir));
  const [first, ...others] = missing;
  if (first === undefined) return [];
  fs.mkdirSync(first, { recursive: true });
  await createDataDir(first);
  for (const dir of others) fs.cpSync(first, dir, { recursive: true });
  return missing;
}

/** Whether the folder holds a database already (a new one is created at open). */
export function isDataDirCreated(dataDir: string): boolean {
  return fs.existsSync(path.join(dataDir, 'PG_VERSION'));
}

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
      if (!isDataDirCreated(dataDir)) await createDataDir(dataDir);
      return new PgliteDatabase(await PGlite.create(dataDir, { postgresqlconf: EMBEDDED_SETTINGS }), lock);
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
