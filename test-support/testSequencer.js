// @ts-check
const { readFileSync } = require('node:fs');
const Sequencer = require('@jest/test-sequencer').default;
const { extract, parse } = require('jest-docblock');

/**
 * jest's order, with one change for files without timings (all of them on a fresh clone, as CI
 * runs): those whose docblock says `@heavy` start first. With only some timings (a new heavy file
 * beside a cache), they go even before the files that failed last time, which jest puts first.
 *
 * jest runs the files it has timed longest first, so that no worker is left with a long file at
 * the end; without timings it falls back to file size, and the files that take longest (the
 * benchmark's smoke test, the docs' commands, the portal's journey in Chromium) are small ones that
 * start processes. Measured on the 2-core machine, the benchmark's smoke test then started last and ran
 * on its own for its final 11 s.
 */
class HeavyFirstSequencer extends Sequencer {
  /** @param {import('@jest/test-result').Test[]} tests */
  sort(tests) {
    const sorted = /** @type {import('@jest/test-result').Test[]} */ (super.sort(tests));
    const heavy = new Set(
      sorted.filter((test) => test.duration == null && 'heavy' in parse(extract(readFileSync(test.path, 'utf8')))),
    );
    return [...heavy, ...sorted.filter((test) => !heavy.has(test))];
  }
}

module.exports = HeavyFirstSequencer;
