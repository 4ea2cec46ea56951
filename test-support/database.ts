import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { dropAtEndOfRun, runsInJest } from './tempDirs';

/** The PostgreSQL server tests use; each test file creates a database of its own there and drops it. */
export const TEST_POSTGRES_URL = process.env['TEST_DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export interface TestDatabase {
  url: string;
  name: string;
  drop(): Promise<void>;
}

async function admin<T>(work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: TEST_POSTGRES_URL });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Drops the named test databases, even while connections remain; several at once share one checkpoint. */
export async function dropTestDatabases(names: readonly string[]): Promise<void> {
  const BATCH = 8;
  for (let start = 0; start < names.length; start += BATCH) {
    await Promise.all(
      names
        .slice(start, start + BATCH)
        .map((name) =>
          admin(async (client) => void (await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`))),
        ),
    );
  }
}

/**
 * A fresh, empty database on the test server. `drop` removes it; in a jest run the global
 * teardown drops it instead, with the run's others (also when a killed worker never got to
 * `drop`): every DROP DATABASE waits for a checkpoint (0.2–1.5 s on a busy machine), which one
 * file after another would each pay, while drops at once share one.
 */
export async function createTestDatabase(label: string): Promise<TestDatabase> {
  const name = `cg_test_${label.replace(/\W/g, '_').slice(0, 20)}_${randomUUID().slice(0, 8)}`.toLowerCase();
  const deferred = runsInJest();
  if (deferred) dropAtEndOfRun(name);
  await admin((client) => client.query(`CREATE DATABASE ${name}`));
  const url = new URL(TEST_POSTGRES_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    name,
    drop: async () => {
      if (!deferred) await dropTestDatabases([name]);
    },
  };
}
