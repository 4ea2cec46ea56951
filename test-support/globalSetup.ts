import { TEST_TEMP_ROOT_ENV, testTempRoot } from './tempDirs';

/**
 * One temporary root for this jest run, made before any worker starts so that every worker
 * inherits it (through the environment) and the global teardown knows what to remove.
 */
export default function globalSetup(): void {
  delete process.env[TEST_TEMP_ROOT_ENV];
  testTempRoot();
}
