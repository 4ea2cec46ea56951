import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import path from 'node:path';

const LOCK_FILE = 'customer-graph.lock';

/** Folders this process holds, so a second open in the same process is refused too. */
const heldHere = new Set<string>();

interface LockOwner {
  pid: number;
  host: string;
}

function readOwner(file: string): LockOwner | undefined {
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as Partial<LockOwner>;
    return typeof parsed.pid === 'number' && typeof parsed.host === 'string'
      ? { pid: parsed.pid, host: parsed.host }
      : undefined;
  } catch {
    return undefined;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * An exclusive claim on a PGlite data folder. PGlite opens a folder another process has open
 * without complaint and each then overwrites the other's pages, so the claim is ours to make:
 * a lock file naming the owning process. A lock left by a process that no longer runs (or by an
 * earlier run with our own pid, as after a container restart) is taken over.
 */
export class DataDirLock {
  private constructor(
    private readonly dir: string,
    private readonly file: string,
  ) {}

  static acquire(dataDir: string): DataDirLock {
    const dir = path.resolve(dataDir);
    if (heldHere.has(dir))
      throw new Error(
        `The data folder ${dir} is already open in this process; PGlite serves one connection per folder.`,
      );
    mkdirSync(dir, { recursive: true });
    const file = path.join(dir, LOCK_FILE);
    const me: LockOwner = { pid: process.pid, host: hostname() };
    for (let attempt = 0; attempt < 2; attempt++) {
      try {
        writeFileSync(file, JSON.stringify(me), { flag: 'wx', mode: 0o600 });
        heldHere.add(dir);
        return new DataDirLock(dir, file);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
      const owner = readOwner(file);
      const stale = !owner || (owner.host === me.host && (owner.pid === me.pid || !isAlive(owner.pid)));
      if (!stale) {
        throw new Error(
          `The data folder ${dir} is in use by process ${owner.pid} on ${owner.host}. PGlite serves one process per folder: ` +
            'give each process its own PGLITE_DATA_DIR, or set DATABASE_URL to share a PostgreSQL server.',
        );
      }
      rmSync(file, { force: true });
    }
    throw new Error(`Could not lock the data folder ${dir}; another process is starting on it.`);
  }

  release(): void {
    const owner = readOwner(this.file);
    if (owner?.pid === process.pid) rmSync(this.file, { force: true });
    heldHere.delete(this.dir);
  }
}
