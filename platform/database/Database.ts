/** A row as the driver returns it; each store maps rows to its own types. */
export type Row = Record<string, unknown>;

export interface QueryResult<R extends Row = Row> {
  rows: R[];
  /** Rows inserted, updated, deleted or returned. */
  rowCount: number;
}

/** Something SQL can be sent to: the database itself, or one transaction. */
export interface Queryable {
  /** One statement with `$1`-style parameters. Failures are DatabaseErrors carrying the SQLSTATE. */
  query<R extends Row = Row>(text: string, params?: readonly unknown[]): Promise<QueryResult<R>>;
  /** Several statements without parameters (migrations). */
  exec(script: string): Promise<void>;
}

/**
 * The one database interface every subgraph that stores something uses: a PostgreSQL server
 * through a pool, or an embedded PGlite when none is configured. Both speak the same SQL.
 */
export interface Database extends Queryable {
  readonly kind: 'postgres' | 'pglite';
  /**
   * Runs `work` in a transaction: committed when it resolves, rolled back when it throws (and
   * the error rethrown). Everything inside must go through `tx`.
   */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}
