/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>'],
  testMatch: ['**/__tests__/**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
  transform: {
    '^.+\\.(t|j)sx?$': [
      '@swc/jest',
      { jsc: { target: 'es2022', parser: { syntax: 'typescript' } }, module: { type: 'commonjs' } },
    ],
    // PGlite's CommonJS build loads node built-ins with import(), which jest's sandbox refuses
    // without --experimental-vm-modules; swc rewrites those imports to require().
    '^.+/@electric-sql/pglite/dist/.+\\.cjs$': [
      '@swc/jest',
      { jsc: { target: 'es2022' }, module: { type: 'commonjs' } },
    ],
  },
  // jose ships ES modules only; let swc turn it into CommonJS like our sources.
  transformIgnorePatterns: ['/node_modules/(?!(jose|@electric-sql/pglite)/)'],
  // Sized for CI's loaded 2-core machine, where a whole system starts several times slower than on an
  // idle one; files that start PGlite or processes set more of their own.
  testTimeout: 120_000,
  // One temporary root per run: files remove their own folders, the teardown whatever a killed
  // worker left, and any redis-server the run started.
  globalSetup: '<rootDir>/test-support/globalSetup.ts',
  // Jest's transform cache beside the dependencies, not in the system temp directory, which a run
  // leaves as it found it.
  cacheDirectory: '<rootDir>/node_modules/.cache/jest',
  globalTeardown: '<rootDir>/test-support/globalTeardown.ts',
  // jest's runtime with V8's code cache kept per worker: a file compiles its modules from the cache
  // the worker's earlier files left (test-support/jestRuntime.js says why).
  runtime: '<rootDir>/test-support/jestRuntime.js',
  // On a run without timings (a fresh clone), files marked `@heavy` start first (see the file).
  testSequencer: '<rootDir>/test-support/testSequencer.js',
  // A worker's heap still grows with the files it runs (Node keeps some of a file's objects, such as
  // those of its closed servers), and the collector's work grows with it: a worker idle above 600 MB
  // is replaced by a fresh one. Measured on the 2-core machine, fresh clone: jest 185 s and 320 s
  // CPU without a limit, 175 s and 299 s at 1 GB, 170 s and 290 s at 600 MB (400 MB, measured before
  // that fix: 182 s, the code cache lost too often).
  workerIdleMemoryLimit: '600MB',
  // The workers leave nothing open (their event loop empties within ~50 ms of the last file), but
  // ending one that holds a large heap on a loaded 2-core machine can take longer than jest's
  // 500 ms default, which it then reports as a force exit.
  workerGracefulExitTimeout: 5_000,
  // Three workers on the two cores: a file waits on sockets, timers and PostgreSQL about a third of
  // its time, which a third worker fills (measured: 61 s against 83 s with two on an idle machine).
  maxWorkers: 3,
};
