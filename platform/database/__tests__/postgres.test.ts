import { createHash } from 'node:crypto';
import { createLogger } from '../../logger';
import { createTestDatabase, type TestDatabase } from '../../../test-support/database';
import type { Database } from '../Database';
import { DatabaseError, isUniqueViolation } from '../DatabaseError';
import { migrate, MigrationError, type Migration } from '../migrate';
import { PostgresDatabase } from '../PostgresDatabase';

const log = createLogger({ component: 'database-test', level: 'silent' });

const MIGRATIONS: Migration[] = [
  {
    version: 1,
    name: 'people',
    sql: 'CREATE TABLE shop.people (id serial PRIMARY KEY, email text NOT NULL); CREATE UNIQUE INDEX people_email_key ON shop.people (lower(email));',
  },
  {
    version: 2,
    name: 'orders',
    sql: 'CREATE TABLE shop.orders (id serial PRIMARY KEY, person_id integer NOT NULL REFERENCES shop.people (id));',
  },
];

describe('the database module against a PostgreSQL server', () => {
  let database: TestDatabase;
  const opened: Database[] = [];
  const open = (): Database => {
    const db = new PostgresDatabase({
      url: database.url,
      poolMax: 4,
      applicationName: 'database-test',
      statementTimeoutMs: 10_000,
      log,
    });
    opened.push(db);
    return db;
  };

  beforeAll(async () => {
    database = await createTestDatabase('platform_db');
  });
  afterAll(async () => {
    for (const db of opened) await db.close();
    await database.drop();
  });

  it('applies migrations once when two replicas start at the same moment', async () => {
    const [first, second] = await Promise.all([
      migrate(open(), { schema: 'shop', migrations: MIGRATIONS, log }),
      migrate(open(), { schema: 'shop', migrations: MIGRATIONS, log }),
    ]);
    expect([...first.applied, ...second.applied].sort()).toEqual([1, 2]);
    expect([first.applied.length, second.applied.length].sort()).toEqual([0, 2]);
    const { rows } = await open().query<{ version: number }>(
      'SELECT version FROM shop.schema_migrations ORDER BY version',
    );
    expect(rows.map((row) => row.version)).toEqual([1, 2]);
  });

  it('applies only what is new on the next start', async () => {
    const next: Migration[] = [
      ...MIGRATIONS,
      { version: 3, name: 'order notes', sql: 'ALTER TABLE shop.orders ADD COLUMN note text;' },
    ];
    expect(await migrate(open(), { schema: 'shop', migrations: next, log })).toEqual({ applied: [3] });
    expect(await migrate(open(), { schema: 'shop', migrations: next, log })).toEqual({ applied: [] });
  });

  it('refuses to start when an applied migration was edited', async () => {
    const edited = [{ ...MIGRATIONS[0]!, sql: `${MIGRATIONS[0]!.sql} -- edited` }, MIGRATIONS[1]!];
    await expect(migrate(open(), { schema: 'shop', migrations: edited, log })).rejects.toThrow(MigrationError);
  });

  it('takes an applied migration whose comment was reworded when it names the released checksum', async () => {
    const reworded = { ...MIGRATIONS[0]!, sql: `${MIGRATIONS[0]!.sql} -- reworded` };
    const released = createHash('sha256').update(MIGRATIONS[0]!.sql).digest('hex');
    const migrations = [{ ...reworded, releasedChecksums: [released] }, MIGRATIONS[1]!];
    expect(await migrate(open(), { schema: 'shop', migrations, log })).toEqual({ applied: [] });
    const other = [{ ...reworded, releasedChecksums: ['0'.repeat(64)] }, MIGRATIONS[1]!];
    await expect(migrate(open(), { schema: 'shop', migrations: other, log })).rejects.toThrow(MigrationError);
  });

  it('rolls back every pending migration when one fails, leaving the schema as it was', async () => {
    const failing: Migration[] = [
      { version: 1, name: 'good', sql: 'CREATE TABLE broken.first (id integer);' },
      { version: 2, name: 'bad', sql: 'CREATE TABLE broken.second (id no_such_type);' },
    ];
    await expect(migrate(open(), { schema: 'broken', migrations: failing, log })).rejects.toMatchObject({
      name: 'DatabaseError',
      code: '42704',
    });
    const { rows } = await open().query("SELECT 1 FROM information_schema.schemata WHERE schema_name = 'broken'");
    expect(rows).toHaveLength(0);
  });

  it('refuses migrations that are not numbered 1, 2, 3', async () => {
    await expect(migrate(open(), { schema: 'gaps', migrations: [MIGRATIONS[1]!], log })).rejects.toThrow(/numbered/);
  });

  it('surfaces a unique violation as SQLSTATE 23505 with its constraint, without the duplicated value', async () => {
    const db = open();
    await db.query('INSERT INTO shop.people (email) VALUES ($1)', ['Jan.Peeters@Example.be']);
    const failure = await db.query('INSERT INTO shop.people (email) VALUES ($1)', ['jan.peeters@example.be']).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(DatabaseError);
    expect(isUniqueViolation(failure, 'people_email_key')).toBe(true);
    expect(isUniqueViolation(failure, 'another_constraint')).toBe(false);
    expect(JSON.stringify({ ...(failure as object), message: (failure as Error).message })).not.toMatch(/peeters/i);
  });

  it('commits a transaction that succeeds and rolls back one that throws', async () => {
    const db = open();
    const id = await db.transaction(async (tx) => {
      const { rows } = await tx.query<{ id: number }>('INSERT INTO shop.people (email) VALUES ($1) RETURNING id', [
        'committed@example.be',
      ]);
      await tx.query('INSERT INTO shop.orders (person_id) VALUES ($1)', [rows[0]!.id]);
      return rows[0]!.id;
    });
    await expect(
      db.transaction(async (tx) => {
        await tx.query('INSERT INTO shop.people (email) VALUES ($1)', ['rolled-back@example.be']);
        await tx.query('INSERT INTO shop.orders (person_id) VALUES ($1)', [-1]);
      }),
    ).rejects.toMatchObject({ code: '23503' });
    const { rows } = await db.query<{ email: string }>('SELECT email FROM shop.people ORDER BY id');
    expect(rows.map((row) => row.email)).toContain('committed@example.be');
    expect(rows.map((row) => row.email)).not.toContain('rolled-back@example.be');
    expect((await db.query('SELECT 1 FROM shop.orders WHERE person_id = $1', [id])).rowCount).toBe(1);
  });
});
