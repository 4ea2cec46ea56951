/** @heavy creates PGlite databases */
import { writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import path from 'node:path';
import { removeTestTempDir, testTempDir } from '../../../test-support/tempDirs';
import { createLogger } from '../../logger';
import { databaseTargetFromConfig, openDatabase } from '../config';
import { isUniqueViolation } from '../DatabaseError';
import { migrate } from '../migrate';
import { createDataDirs } from '../PgliteDatabase';

const log = createLogger({ component: 'database-test', level: 'silent' });

// A fresh PGlite folder (its initdb) and a reopen: well over a minute on a loaded machine.
jest.setTimeout(240_000);
const MIGRATIONS = [
  { version: 1, name: 'notes', sql: 'CREATE TABLE notes.items (id serial PRIMARY KEY, title text NOT NULL UNIQUE);' },
];

describe('the embedded PGlite default', () => {
  const dataDir = testTempDir('pglite');
  afterAll(() => removeTestTempDir(dataDir));

  it('is what an unset DATABASE_URL gives outside production, and is refused in production', () => {
    expect(
      databaseTargetFromConfig(
        { DATABASE_POOL_MAX: 10, DATABASE_STATEMENT_TIMEOUT_MS: 1000, PGLITE_DATA_DIR: dataDir },
        'notes',
        false,
      ),
    ).toEqual({ kind: 'pglite', dataDir });
    expect(
      databaseTargetFromConfig({ DATABASE_POOL_MAX: 10, DATABASE_STATEMENT_TIMEOUT_MS: 1000 }, 'notes', false),
    ).toMatchObject({ dataDir: expect.stringMatching(/\.data[/\\]notes$/) });
    expect(() =>
      databaseTargetFromConfig({ DATABASE_POOL_MAX: 10, DATABASE_STATEMENT_TIMEOUT_MS: 1000 }, 'notes', true),
    ).toThrow(/DATABASE_URL: required in production/);
  });

  it('migrates, keeps data across a reopen, reports SQLSTATEs, and serves one process per folder', async () => {
    const target = { kind: 'pglite', dataDir } as const;
    const first = await openDatabase(target, 'notes', log);
    expect(await migrate(first, { schema: 'notes', migrations: MIGRATIONS, log })).toEqual({ applied: [1] });
    await first.query('INSERT INTO notes.items (title) VALUES ($1)', ['kept']);
    const duplicate = await first
      .query('INSERT INTO notes.items (title) VALUES ($1)', ['kept'])
      .catch((error: unknown) => error);
    expect(isUniqueViolation(duplicate, 'items_title_key')).toBe(true);
    await expect(openDatabase(target, 'notes', log)).rejects.toThrow(/already open in this process/);
    await first.close();

    // A lock held by another live process on this host (our parent) refuses the folder.
    const lockFile = path.join(dataDir, 'customer-graph.lock');
    writeFileSync(lockFile, JSON.stringify({ pid: process.ppid, host: hostname() }));
    await expect(openDatabase(target, 'notes', log)).rejects.toThrow(/in use by process/);
    // A lock left by a process that has ended is taken over.
    writeFileSync(lockFile, JSON.stringify({ pid: 2 ** 22 + 12345, host: hostname() }));

    const second = await openDatabase(target, 'notes', log);
    expect(await migrate(second, { schema: 'notes', migrations: MIGRATIONS, log })).toEqual({ applied: [] });
    expect((await second.query<{ title: string }>('SELECT title FROM notes.items')).rows).toEqual([{ title: 'kept' }]);
    await second.close();
  });
});

describe('createDataDirs (npm start, before the components open their folders)', () => {
  const root = testTempDir('pglite-dirs');
  afterAll(() => removeTestTempDir(root));

  it('creates the missing folders with one initdb, each a database of its own, and leaves created ones alone', async () => {
    // Under a folder that does not exist yet, as .data/ on a fresh clone.
    const identity = path.join(root, '.data', 'identity');
    const documents = path.join(root, '.data', 'documents');
    expect(await createDataDirs([identity, documents, identity])).toEqual([identity, documents]);
    expect(await createDataDirs([identity, documents])).toEqual([]);

    const one = await openDatabase({ kind: 'pglite', dataDir: identity }, 'notes', log);
    const other = await openDatabase({ kind: 'pglite', dataDir: documents }, 'notes', log);
    try {
      for (const db of [one, other]) await migrate(db, { schema: 'notes', migrations: MIGRATIONS, log });
      await one.query('INSERT INTO notes.items (title) VALUES ($1)', ['only in identity']);
      expect((await one.query<{ title: string }>('SELECT title FROM notes.items')).rows).toEqual([
        { title: 'only in identity' },
      ]);
      expect((await other.query('SELECT title FROM notes.items')).rows).toEqual([]);
    } finally {
      await one.close();
      await other.close();
    }
  });
});
