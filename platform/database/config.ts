import path from 'node:path';
import { z } from 'zod';
import { ConfigError, env } from '../config';
import type { Logger } from '../logger';
import type { Metrics } from '../metrics';
import { projectRoot } from '../paths';
import type { Database } from './Database';
import { isDataDirCreated, PgliteDatabase } from './PgliteDatabase';
import { PostgresDatabase } from './PostgresDatabase';

/** Variables of every component that stores something. */
export const databaseConfigShape = {
  /** A PostgreSQL server; unset, an embedded PGlite keeps the data in a local folder. */
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\/\S+$/, 'must be a postgres:// URL')
    .optional(),
  DATABASE_POOL_MAX: env.positiveInt(10),
  DATABASE_STATEMENT_TIMEOUT_MS: env.positiveInt(10_000),
  /** The embedded database's folder when DATABASE_URL is unset; default .data/<component>. */
  PGLITE_DATA_DIR: z.string().min(1).optional(),
};

export interface DatabaseConfig {
  DATABASE_URL?: string | undefined;
  DATABASE_POOL_MAX: number;
  DATABASE_STATEMENT_TIMEOUT_MS: number;
  PGLITE_DATA_DIR?: string | undefined;
}

/** Where a component keeps its data: a PostgreSQL server, or an embedded PGlite folder of its own. */
export type DatabaseTarget =
  | { kind: 'postgres'; url: string; poolMax?: number; statementTimeoutMs?: number }
  | { kind: 'pglite'; dataDir: string };

/**
 * The target described by the environment. The embedded database is refused in production:
 * it serves one process, so replicas behind a load balancer would each see different accounts.
 */
export function databaseTargetFromConfig(
  config: DatabaseConfig,
  component: string,
  production: boolean,
): DatabaseTarget {
  if (config.DATABASE_URL) {
    return {
      kind: 'postgres',
      url: config.DATABASE_URL,
      poolMax: config.DATABASE_POOL_MAX,
      statementTimeoutMs: config.DATABASE_STATEMENT_TIMEOUT_MS,
    };
  }
  if (production)
    throw new ConfigError(
      'Invalid configuration:\n  DATABASE_URL: required in production (the embedded PGlite serves one process only) (it is not set)',
    );
  return { kind: 'pglite', dataDir: pgliteDataDir(component, config.PGLITE_DATA_DIR) };
}

/** The folder of `component`'s embedded database: PGLITE_DATA_DIR when set, else .data/<component> (relative to the project root). */
export function pgliteDataDir(component: string, configured?: string): string {
  return path.resolve(projectRoot, configured ?? path.join('.data', component));
}

/** `metrics`: where a PostgreSQL pool reports its use (the embedded database has no pool). */
export async function openDatabase(
  target: DatabaseTarget,
  component: string,
  log: Logger,
  metrics?: Metrics,
): Promise<Database> {
  if (target.kind === 'pglite') {
    log.info(
      { dataDir: target.dataDir },
      isDataDirCreated(target.dataDir)
        ? 'using the embedded PGlite database (set DATABASE_URL for a PostgreSQL server)'
        : 'creating the embedded PGlite database, once (set DATABASE_URL for a PostgreSQL server)',
    );
    return PgliteDatabase.open(target.dataDir);
  }
  return new PostgresDatabase({
    url: target.url,
    poolMax: target.poolMax ?? 10,
    statementTimeoutMs: target.statementTimeoutMs ?? 10_000,
    applicationName: `customer-graph-${component}`,
    log,
    ...(metrics ? { metrics } : {}),
  });
}
