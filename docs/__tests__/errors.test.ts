import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { GRAPHQL_ERROR_STATUSES, HTTP_ERROR_STATUSES } from '../../platform/errorCatalogue';
import { ErrorCode } from '../../platform/graphql/errors';
import { projectRoot } from '../../platform/paths';

/**
 * docs/errors.md documents exactly the code catalogue (platform/errorCatalogue.ts), with the same
 * HTTP statuses, and the catalogue holds every code the shipped code answers with.
 */
const DOCUMENT = readFileSync(path.join(projectRoot, 'docs/errors.md'), 'utf8');

/** The `code` → HTTP cell of each row of the table under a `## heading`. */
function documentedCodes(heading: string): Map<string, string> {
  const start = DOCUMENT.indexOf(`\n## ${heading}\n`);
  if (start < 0) throw new Error(`docs/errors.md has no "## ${heading}" section`);
  const end = DOCUMENT.indexOf('\n## ', start + 1);
  const section = DOCUMENT.slice(start, end < 0 ? undefined : end);
  const rows = new Map<string, string>();
  for (const line of section.split('\n')) {
    const cells = line.split('|').map((cell) => cell.trim());
    const code = /^`([A-Z_]+)`$/.exec(cells[1] ?? '')?.[1];
    if (code) rows.set(code, cells[2] ?? '');
  }
  return rows;
}

/** The shipped TypeScript files that answer clients: not tests, not generated code, not the mock legacy backends. */
function shippedSources(): string[] {
  const files: string[] = [];
  const walk = (directory: string): void => {
    for (const name of readdirSync(directory)) {
      const full = path.join(directory, name);
      if (statSync(full).isDirectory()) {
        if (!['__tests__', 'generated', 'node_modules'].includes(name)) walk(full);
      } else if (name.endsWith('.ts')) files.push(full);
    }
  };
  for (const root of ['gateway', 'subgraphs', 'platform', 'portal/server']) walk(path.join(projectRoot, root));
  return files;
}

describe('the error codes', () => {
  it('docs/errors.md lists every GraphQL error code of the catalogue, with its HTTP statuses, and no other', () => {
    const expected = Object.entries(GRAPHQL_ERROR_STATUSES).map(([code, statuses]) => [code, statuses.join(', ')]);
    expect([...documentedCodes('GraphQL errors (`extensions.code`)')].sort()).toEqual(expected.sort());
  });

  it('docs/errors.md lists every HTTP route code of the catalogue, with its status, and no other', () => {
    const expected = Object.entries(HTTP_ERROR_STATUSES).map(([code, status]) => [code, String(status)]);
    expect([...documentedCodes('HTTP routes')].sort()).toEqual(expected.sort());
  });

  it('the catalogue holds every code of ErrorCode and the documented Apollo request codes', () => {
    for (const code of Object.values(ErrorCode)) expect(Object.keys(GRAPHQL_ERROR_STATUSES)).toContain(code);
    expect(GRAPHQL_ERROR_STATUSES.UNAUTHENTICATED).toEqual([401]);
    expect(GRAPHQL_ERROR_STATUSES.RATE_LIMITED).toEqual([429]);
  });

  it('the catalogue holds every code the HTTP routes answer with, with the status they answer it with', () => {
    const answered = new Set<string>();
    const wrongStatus: string[] = [];
    const statuses: Readonly<Record<string, number>> = HTTP_ERROR_STATUSES;
    for (const file of shippedSources()) {
      const source = readFileSync(file, 'utf8');
      const shown = path.relative(projectRoot, file);
      for (const [, status, code] of source.matchAll(
        /(?:new HttpError|sendJson)\(\s*(?:res,\s*)?(\d{3}),\s*(?:\{\s*error:\s*\{\s*code:\s*)?'([A-Z_]+)'/g,
      )) {
        answered.add(code as string);
        if (statuses[code as string] !== Number(status)) wrongStatus.push(`${shown}: ${code} with ${status}`);
      }
      for (const [, code] of source.matchAll(/error:\s*\{\s*code:\s*'([A-Z_]+)'/g)) answered.add(code as string);
    }
    expect(answered.size).toBeGreaterThan(15);
    expect([...answered].filter((code) => !(code in statuses))).toEqual([]);
    expect(wrongStatus).toEqual([]);
  });
});
