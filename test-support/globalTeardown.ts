import { dropTestDatabases } from './database';
import {
  recordedDatabases,
  recordedProcesses,
  removeTestTempDir,
  testComponentBuildDir,
  TEST_TEMP_ROOT_ENV,
} from './tempDirs';

/**
 * The run's test databases (files record them as they finish; dropped here all at once), and
 * what a test file could not clean up itself (a worker jest had to kill, a failed afterAll):
 * the redis-server processes the run started and its temporary root, with every folder in it,
 * and the component build of tests that start processes.
 */
export default async function globalTeardown(): Promise<void> {
  const root = process.env[TEST_TEMP_ROOT_ENV];
  if (!root) return;
  await dropTestDatabases(recordedDatabases(root));
  const running = recordedProcesses(root);
  for (const pid of running) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // Already gone.
    }
  }
  // A killed process releases its files only once it has ended.
  for (let wait = 0; wait < 50 && running.some(alive); wait++) await new Promise((resolve) => setTimeout(resolve, 20));
  removeTestTempDir(root);
  removeTestTempDir(testComponentBuildDir(root));
  delete process.env[TEST_TEMP_ROOT_ENV];
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
