import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * Comments, schema descriptions and docs cite docs/requirements.md (§1.1, …), not the source
 * documents it was written from: those are not in the repository, so a citation of them means
 * nothing to a reader here or in Apollo Sandbox.
 */
const ROOT = join(__dirname, '..', '..');
const SKIPPED_DIRS = new Set(['node_modules', '.git', 'dist', 'coverage', '.data', '.dev-keys', 'results']);
const CITATION = /(DOMAIN|DESIGN|STACK)\.md|\bseeds? [IVX]+\.\d/i;

function* sourceFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) {
      if (!SKIPPED_DIRS.has(entry.name)) yield* sourceFiles(join(dir, entry.name));
    } else if (/\.(ts|graphql|md)$/.test(entry.name)) {
      yield join(dir, entry.name);
    }
  }
}

describe('source citations', () => {
  it('cite docs/requirements.md, never the documents it was written from', () => {
    const found: string[] = [];
    for (const file of sourceFiles(ROOT)) {
      if (file === __filename) continue;
      readFileSync(file, 'utf8')
        .split('\n')
        .forEach((line, index) => {
          if (CITATION.test(line)) {
            found.push(`${relative(ROOT, file)}:${index + 1}: ${line.trim()}`);
          }
        });
    }
    expect(found).toEqual([]);
  });
});
