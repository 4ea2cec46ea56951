import { readFileSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../platform/paths';
import { documentedVariables, scanEnvVariables, type EnvScan } from '../../test-support/envVariables';
import { scanShippedEnvVariables } from '../../test-support/shippedEnvScan';

/**
 * Docs that stay true, the configuration: docs/configuration.md lists every environment variable
 * the shipped code reads (platform, gateway, subgraphs, legacy backends, portal, scripts), and no
 * variable it no longer reads. Tests and benchmarks (`__tests__/`, `test-support/`, `bench/`) are not
 * scanned: their variables (TEST_DATABASE_URL, BENCH_DURATION…) are described in prose, outside the
 * tables, since no deployment sets them.
 */
const DOC = path.join(projectRoot, 'docs', 'configuration.md');

const differences = (read: EnvScan['variables'], documented: Set<string>): string[] => {
  const missing = [...read.keys()]
    .filter((name) => !documented.has(name))
    .sort()
    .map((name) => `${name} is read (${[...(read.get(name) ?? [])].join(', ')}) but not in docs/configuration.md`);
  const extra = [...documented]
    .filter((name) => !read.has(name))
    .sort()
    .map((name) => `${name} is in docs/configuration.md but no shipped code reads it`);
  return [...missing, ...extra];
};

describe('docs/configuration.md', () => {
  let scan: EnvScan;
  beforeAll(async () => {
    scan = await scanShippedEnvVariables();
  }, 120_000);

  it('the scanner understands every way the shipped code reads a variable', () => {
    expect(scan.problems).toEqual([]);
    // A sanity floor: the scan found the config schemas of every kind of component.
    for (const name of [
      'GATEWAY_PORT',
      'BACKEND_TIMEOUT_MS',
      'IDENTITY_HASH_KEY',
      'LATENCY_MS',
      'PORTAL_PORT',
      'LOG_FORMAT',
    ])
      expect(scan.variables.has(name)).toBe(true);
  });

  it('lists exactly the variables the shipped code reads', () => {
    expect(differences(scan.variables, documentedVariables(readFileSync(DOC, 'utf8')))).toEqual([]);
  });
});

describe('the environment variable scanner', () => {
  // Files that are not on disk: a config module beside platform/ so its imports resolve as in the tree.
  const folder = path.join(projectRoot, '__envScanSample__');
  const sample = (files: Record<string, string>): EnvScan => {
    const sources = new Map(Object.entries(files).map(([name, text]) => [path.join(folder, name), text]));
    return scanEnvVariables([...sources.keys()], sources);
  };

  it('finds every form of read, and no write', () => {
    const scan = sample({
      'shapes.ts': `
        import { z } from 'zod';
        import { env } from '../platform/config';
        export const sharedShape = { SPREAD_SHAPE: env.port(1), REFERENCED: z.string() };
      `,
      'sample.ts': `
        import { z } from 'zod';
        import { env, loadConfig } from '../platform/config';
        import { sharedShape } from './shapes';

        loadConfig(z.object({ LITERAL_KEY: z.string(), 'QUOTED_KEY': z.string().optional() }));
        const schema = z
          .object({ ...sharedShape, FROM_REFERENCE: sharedShape.REFERENCED })
          .extend({ EXTENDED: env.flag(false) })
          .refine(() => true);
        loadConfig(schema, process.env);

        function generic<S extends z.ZodObject>(own: S, source: NodeJS.ProcessEnv = process.env) {
          return loadConfig(own, source);
        }
        generic(z.object({ THROUGH_GENERIC: z.string() }));

        interface Entry<S extends z.ZodObject> { configSchema: S }
        function runEntry<S extends z.ZodObject>(entry: Entry<S>) { return generic(entry.configSchema); }
        runEntry({ configSchema: z.object({ THROUGH_ENTRY: z.string() }) });

        const wrapped = <S extends z.ZodObject>(s: S) => loadConfig(s);
        wrapped(z.object({ THROUGH_ARROW: z.string() }));

        const NAMED = 'VIA_CONSTANT';
        export function direct(source: NodeJS.ProcessEnv): unknown[] {
          const { DESTRUCTURED, RENAMED: renamed, ...rest } = process.env;
          process.env['WRITTEN'] = 'x';
          process.env.ASSIGNED = 'x';
          delete process.env['DELETED'];
          process.env['DEFAULTED'] ??= 'x';
          const spread = { ...process.env };
          return [
            process.env.DOTTED,
            process.env['BRACKETED'],
            process.env[NAMED],
            source['PARAMETER_ENV'],
            (process.env as NodeJS.ProcessEnv).CAST,
            DESTRUCTURED, renamed, rest, spread,
          ];
        }
      `,
      'viteConfig.ts': `export const out = import.meta.env.VITE_OUT_DIR;`,
    });
    expect(scan.problems).toEqual([]);
    expect([...scan.variables.keys()].sort()).toEqual(
      [
        'LITERAL_KEY',
        'QUOTED_KEY',
        'SPREAD_SHAPE',
        'REFERENCED',
        'FROM_REFERENCE',
        'EXTENDED',
        'THROUGH_GENERIC',
        'THROUGH_ENTRY',
        'THROUGH_ARROW',
        'DESTRUCTURED',
        'RENAMED',
        'DEFAULTED',
        'DOTTED',
        'BRACKETED',
        'VIA_CONSTANT',
        'PARAMETER_ENV',
        'CAST',
        'VITE_OUT_DIR',
      ].sort(),
    );
    expect([...(scan.variables.get('DOTTED') ?? [])]).toEqual(['__envScanSample__/sample.ts']);
  });

  it('reports a read it cannot resolve instead of skipping it', () => {
    const scan = sample({
      'unresolved.ts': `
        import { z } from 'zod';
        import { loadConfig } from '../platform/config';
        export const computed = (name: string) => process.env[name];
        const loaders = [loadConfig];
        export const built = (shape: Record<string, z.ZodString>) => loadConfig(z.object(shape));
      `,
    });
    expect(scan.variables.size).toBe(0);
    expect(scan.problems).toEqual([
      expect.stringMatching(/^__envScanSample__\/unresolved\.ts:4: reads a variable whose name is computed/),
      expect.stringMatching(/^__envScanSample__\/unresolved\.ts:5: loadConfig is used other than called/),
      expect.stringMatching(/^__envScanSample__\/unresolved\.ts:6: cannot tell which variables/),
    ]);
  });

  it('reads the names in the first column of the document’s tables only', () => {
    const markdown = [
      'Prose names `IN_PROSE` and is ignored.',
      '',
      '| variable | default | meaning |',
      '| --- | --- | --- |',
      '| `ONE` | `DEFAULT_LOOKS_LIKE_A_NAME` | about `IN_MEANING` |',
      '| `TWO`, `THREE` | none | |',
      '',
      '```sh',
      '| `IN_FENCE` |',
      '```',
    ].join('\n');
    expect([...documentedVariables(markdown)].sort()).toEqual(['ONE', 'THREE', 'TWO']);
  });

  it('names the missing and the extra variables', () => {
    const read = new Map([
      ['KEPT', new Set(['a.ts'])],
      ['NEW_ONE', new Set(['gateway/config.ts'])],
    ]);
    expect(differences(read, new Set(['KEPT', 'GONE']))).toEqual([
      'NEW_ONE is read (gateway/config.ts) but not in docs/configuration.md',
      'GONE is in docs/configuration.md but no shipped code reads it',
    ]);
  });
});
