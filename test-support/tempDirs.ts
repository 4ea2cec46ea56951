import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { START_BUILD_DIR } from '../scripts/componentBuild';

/**
 * Every folder the tests make lives under one root per jest run, `<tmpdir>/cg-test-<run>`: each
 * file removes its own folders, and the global teardown removes the root with whatever a killed
 * worker left, and stops the redis-server processes recorded in it.
 */
export const TEST_TEMP_PREFIX = 'cg-test-';
/** Set by the global setup (workers inherit it); a process outside jest makes a root of its own. */
export const TEST_TEMP_ROOT_ENV = 'CG_TEST_TEMP_ROOT';

const PIDS = 'pids';
const DATABASES = 'databases';

/** Whether this process is a worker of a jest run (whose global teardown then cleans up after it). */
export function runsInJest(): boolean {
  return process.env['JEST_WORKER_ID'] !== undefined && process.env[TEST_TEMP_ROOT_ENV] !== undefined;
}

/** Records a test database for the global teardown to drop. */
export function dropAtEndOfRun(database: string): void {
  const dir = path.join(testTempRoot(), DATABASES);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, database), '');
}

/** The test databases recorded under `root`. */
export function recordedDatabases(root: string): string[] {
  try {
    return readdirSync(path.join(root, DATABASES));
  } catch {
    return [];
  }
}

export function testTempRoot(): string {
  let root = process.env[TEST_TEMP_ROOT_ENV];
  if (!root) {
    const own = mkdtempSync(path.join(os.tmpdir(), TEST_TEMP_PREFIX));
    process.env[TEST_TEMP_ROOT_ENV] = own;
    root = own;
    // Outside jest (the cache benchmark) nobody else removes it; in jest the global teardown does first.
    process.once('exit', () => rmSync(own, { recursive: true, force: true }));
  }
  mkdirSync(path.join(root, PIDS), { recursive: true });
  return root;
}

/** A fresh folder of this run, named after `label`; remove it with `removeTestTempDir` when done. */
export function testTempDir(label: string): string {
  return mkdtempSync(path.join(testTempRoot(), `${label}-`));
}

export function removeTestTempDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/**
 * The folder this run builds the components into for tests that start them as processes. The
 * build must lie inside the project (it finds node_modules from there), so it sits beside
 * `npm start`'s own, named after the run's temporary root; the global teardown removes it.
 */
export function testComponentBuildDir(root: string = testTempRoot()): string {
  return path.join(path.dirname(START_BUILD_DIR), `test-${path.basename(root)}`);
}

/** Records a child process this run started, so the global teardown can stop it if nobody else did. */
export function recordTestProcess(pid: number, command: string): void {
  writeFileSync(path.join(testTempRoot(), PIDS, String(pid)), command);
}

export function forgetTestProcess(pid: number): void {
  rmSync(path.join(testTempRoot(), PIDS, String(pid)), { force: true });
}

/** The processes recorded under `root` that still run the recorded command (a pid may have been reused). */
export function recordedProcesses(root: string): number[] {
  let names: string[];
  try {
    names = readdirSync(path.join(root, PIDS));
  } catch {
    return [];
  }
  return names.map(Number).filter((pid) => {
    const command = readFileSync(path.join(root, PIDS, String(pid)), 'utf8');
    try {
      process.kill(pid, 0);
    } catch {
      return false;
    }
    try {
      return readFileSync(`/proc/${pid}/comm`, 'utf8').trim() === command;
    } catch {
      // No /proc (not Linux): trust the record.
      return true;
    }
  });
}
