import { Pool, type PoolClient } from 'pg';
import type { Logger } from '../logger';
import type { Metrics } from '../metrics';
import { inSpan, SpanKind } from '../tracing';
import type { Database, QueryResult, Queryable, Row } from './Database';
import { toDatabaseError } from './DatabaseError';

export interface PostgresDatabaseOptions {
  url: string;
  /** Connections this process keeps at most; replicas multiply it, so mind the server's max_connections. */
  poolMax: number;
  /** Shown in pg_stat_activity, so a DBA sees which component holds a connection. */
  applicationName: string;
  /** Bound on each statement, so a stuck query cannot hold a connection and a request forever. */
  statementTimeoutMs: number;
  log: Logger;
  /** Where the pool's use is reported (database_pool_connections). */
  metrics?: Metrics;
}

/** The statement's kind (SELECT, INSERT, …) and nothing more: the text names tables, the values stay out. */
function operationOf(text: string): string {
  return /^\s*(?:--[^\n]*\n\s*)*(\w+)/.exec(text)?.[1]?.toUpperCase() ?? 'SQL';
}

/** One statement is one span (its kind only). */
function run<R extends Row>(
  client: Pool | PoolClient,
  text: string,
  params?: readonly unknown[],
): Promise<QueryResult<R>> {
  const operation = operationOf(text);
  return inSpan(
    `db ${operation}`,
    { kind: SpanKind.CLIENT, attributes: { 'db.system.name': 'postgresql', 'db.operation.name': operation } },
    async () => {
      try {
        const result = await client.query<R>(text, params as unknown[] | undefined);
        return { rows: result.rows, rowCount: result.rowCount ?? result.rows.length };
      } catch (error) {
        throw toDatabaseError(error);
      }
    },
  );
}

async function runScript(client: Pool | PoolClient, script: string): Promise<void> {
  try {
    await client.query(script);
  } catch (error) {
    throw toDatabaseError(error);
  }
}

/** A PostgreSQL server through node-postgres' pool. */
export class PostgresDatabase implements Database {
  readonly kind = 'postgres';
  private readonly pool: Pool;
  private readonly unwatch: () => void;

  constructor(options: PostgresDatabaseOptions) {
    this.pool = new Pool({
      connectionString: options.url,
      max: options.poolMax,
      connectionTimeoutMillis: 5_000,
      idleTimeoutMillis: 30_000,
      application_name: options.applicationName,
      statement_timeout: options.statementTimeoutMs,
    });
    // An idle connection dropped by the server emits here; unhandled, it would end the process.
    this.pool.on('error', (error) =>
      options.log.warn({ err: toDatabaseError(error) }, 'idle database connection failed'),
    );
    this.unwatch =
      options.metrics?.watchDatabasePool(() => ({
        total: this.pool.totalCount,
        idle: this.pool.idleCount,
        waiting: this.pool.waitingCount,
        max: options.poolMax,
      })) ?? (() => undefined);
  }

  query<R extends Row = Row>(text: string, params?: readonly unknown[]): Promise<QueryResult<R>> {
    return run<R>(this.pool, text, params);
  }

  exec(script: string): Promise<void> {
    return runScript(this.pool, script);
  }

  async transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T> {
    const client = await this.connect();
    const tx: Queryable = {
      query: (text, params) => run(client, text, params),
      exec: (script) => runScript(client, script),
    };
    let broken: Error | undefined;
    try {
      await run(client, 'BEGIN');
      const result = await work(tx);
      await run(client, 'COMMIT');
      return result;
    } catch (error) {
      try {
        await client.query('ROLLBACK');
      } catch (rollbackError) {
        // A connection that cannot roll back is unusable: release it as broken so the pool drops it.
        broken = rollbackError instanceof Error ? rollbackError : new Error('ROLLBACK failed');
      }
      throw error;
    } finally {
      client.release(broken);
    }
  }

  async close(): Promise<void> {
    this.unwatch();
    await this.pool.end();
  }

  private async connect(): Promise<PoolClient> {
    try {
      return await this.pool.connect();
    } catch (error) {
      throw toDatabaseError(error);
    }
  }
}
