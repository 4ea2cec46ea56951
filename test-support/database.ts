import { randomUUID } from 'node:crypto';
import { Client } from 'pg';

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

/** A fresh, empty database on the test server; `drop` removes it even while connections remain. */
export async function createTestDatabase(label: string): Promise<TestDatabase> {
  const name = `cg_test_${label.replace(/\W/g, '_').slice(0, 20)}_${randomUUID().slice(0, 8)}`.toLowerCase();
  await admin((client) => client.query(`CREATE DATABASE ${name}`));
  const url = new URL(TEST_POSTGRES_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    name,
    drop: () => admin(async (client) => void (await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`))),
  };
}
