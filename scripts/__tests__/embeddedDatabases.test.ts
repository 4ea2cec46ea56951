import path from 'node:path';
import { projectRoot } from '../../platform/paths';
import { embeddedDataDirs } from '../embeddedDatabases';

describe("npm start's embedded databases", () => {
  it('puts identity and documents in folders of their own under .data', () => {
    expect(embeddedDataDirs({})).toEqual([
      path.join(projectRoot, '.data', 'identity'),
      path.join(projectRoot, '.data', 'documents'),
    ]);
  });

  it('refuses PGLITE_DATA_DIR, which would give both components one folder, saying what to do instead', () => {
    expect(() => embeddedDataDirs({ PGLITE_DATA_DIR: '/srv/pglite' })).toThrow(
      "PGLITE_DATA_DIR names one component's folder, and npm start runs two that keep data (identity and documents), which cannot share one. Unset it (npm start uses .data/identity and .data/documents), or set DATABASE_URL.",
    );
  });
});
