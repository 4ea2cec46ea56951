import path from 'node:path';
import { ConfigError } from '../platform/config';
import { pgliteDataDir } from '../platform/database/config';
import { projectRoot } from '../platform/paths';

/** The components keeping their data in a database: without DATABASE_URL, each in .data/<component>. */
export const EMBEDDED_DATABASE_COMPONENTS = ['identity', 'documents'] as const;

/**
 * The embedded databases' folders `npm start` creates before the components open them. PGLITE_DATA_DIR
 * names one component's folder (`npm run start:identity`, say); npm start runs two components that
 * keep data and a folder serves one process, so it is refused here with what to do instead rather
 * than by the second component failing to open a folder the first holds.
 */
export function embeddedDataDirs(environment: NodeJS.ProcessEnv): string[] {
  const folders = EMBEDDED_DATABASE_COMPONENTS.map((component) => pgliteDataDir(component));
  if (environment['PGLITE_DATA_DIR']) {
    const shown = folders.map((folder) => path.relative(projectRoot, folder)).join(' and ');
    throw new ConfigError(
      `PGLITE_DATA_DIR names one component's folder, and npm start runs two that keep data (${EMBEDDED_DATABASE_COMPONENTS.join(' and ')}), which cannot share one. Unset it (npm start uses ${shown}), or set DATABASE_URL.`,
    );
  }
  return folders;
}
