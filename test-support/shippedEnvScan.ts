import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { scanEnvVariables, shippedSourceFiles, type EnvScan } from './envVariables';
import { testTempRoot } from './tempDirs';

/**
 * The environment-variable scan of the shipped code, made once per jest run and shared by the
 * files that check env against it (configuration docs, docker-compose.yml, the Kubernetes
 * manifests): the scan builds a TypeScript program with a type checker over the whole tree, tens
 * of seconds of CPU on a loaded 2-core machine, and three workers making it each tripled that.
 *
 * The first file to ask takes a lock (a folder: mkdir is atomic) and writes the scan under the
 * run's temporary root, named after a hash of every shipped file's content; the others wait for
 * it. A scan of other content (a file edited during the run) is a different name, so a stale one
 * is never read; a lock whose holder died is taken over after `LOCK_STALE_MS`.
 */
const POLL_MS = 250;
const LOCK_STALE_MS = 240_000;

interface StoredScan {
  variables: Record<string, string[]>;
  problems: string[];
}

function contentKey(files: readonly string[]): string {
  const hash = createHash('sha256');
  for (const file of files) hash.update(file).update('\0').update(readFileSync(file)).update('\0');
  return hash.digest('hex').slice(0, 16);
}

function fromStored(stored: StoredScan): EnvScan {
  return {
    variables: new Map(Object.entries(stored.variables).map(([name, files]) => [name, new Set(files)])),
    problems: stored.problems,
  };
}

function readStored(file: string): EnvScan | undefined {
  try {
    return fromStored(JSON.parse(readFileSync(file, 'utf8')) as StoredScan);
  } catch {
    return undefined;
  }
}

function tryLock(lock: string): boolean {
  try {
    mkdirSync(lock);
    return true;
  } catch {
    return false;
  }
}

export async function scanShippedEnvVariables(): Promise<EnvScan> {
  const files = shippedSourceFiles();
  const dir = path.join(testTempRoot(), 'env-scan');
  mkdirSync(dir, { recursive: true });
  const key = contentKey(files);
  const result = path.join(dir, `${key}.json`);
  const lock = path.join(dir, `${key}.lock`);
  const waitingSince = Date.now();
  for (;;) {
    const stored = readStored(result);
    if (stored) return stored;
    if (tryLock(lock)) break;
    if (Date.now() - waitingSince > LOCK_STALE_MS) {
      rmSync(lock, { recursive: true, force: true });
      if (tryLock(lock)) break;
    }
    await sleep(POLL_MS);
  }
  try {
    const scan = scanEnvVariables(files);
    const stored: StoredScan = {
      variables: Object.fromEntries([...scan.variables].map(([name, readers]) => [name, [...readers].sort()])),
      problems: scan.problems,
    };
    const partial = `${result}.${process.pid}`;
    writeFileSync(partial, JSON.stringify(stored));
    renameSync(partial, result);
    return scan;
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}
