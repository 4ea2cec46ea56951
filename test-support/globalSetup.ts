import path from 'node:path';
import { mkdirSync } from 'node:fs';
import { TEST_TEMP_ROOT_ENV, testTempRoot } from './tempDirs';

/**
 * One temporary root for this jest run, made before any worker starts so that every worker
 * inherits it (through the environment) and the global teardown knows what to remove. The
 * run's TMPDIR points inside it too, so what libraries and the tools the tests run put in the
 * system temp directory on their own (tsx's transform cache, Chromium's profiles) goes with it.
 */
export default function globalSetup(): void {
  delete process.env[TEST_TEMP_ROOT_ENV];
  const root = testTempRoot();
  const tmp = path.join(root, 'tmp');
  mkdirSync(tmp, { recursive: true });
  process.env['TMPDIR'] = tmp;
}
