import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { type Change, CriticalityLevel, diff } from '@graphql-inspector/core';
import { z } from 'zod';
import { projectRoot, schemaDir } from '../platform/paths';
import { clientSchema } from './schemaReference';
import { SUPERGRAPH_FILE } from './supergraph';

/**
 * `npm run schema:changes` (and scripts/__tests__/schemaChanges.test.ts in `npm test`): what the
 * checked-in supergraph changes for clients against the one on the previous commit of main, as
 * @graphql-inspector/core classifies it (breaking, dangerous, safe). Both sides are compared as API
 * schemas (what clients see, scripts/schemaReference.ts's clientSchema): join__/link__ machinery and
 * @inaccessible fields are not the clients' business, so moving a field between subgraphs is no
 * change. A breaking change (a field or type removed, a type changed, an argument made required…)
 * fails the check unless schema/intended-breaking-changes.json lists it with a reason.
 *
 * The previous commit of main (`baseRef`): SCHEMA_BASE_REF when set (a CI job comparing a pull
 * request with its target branch); on a branch other than main, the commit it left main at
 * (`git merge-base HEAD main`), so a branch is judged on what it changes; on main itself (or a
 * detached HEAD, as CI checks out a commit), HEAD's parent, so the commit at HEAD is judged, with
 * whatever the working tree adds to it.
 */

export const INTENDED_CHANGES_FILE = path.join(schemaDir, 'intended-breaking-changes.json');
/** The supergraph's path in the repository, as `git show <ref>:<path>` wants it. */
const SUPERGRAPH_IN_REPO = path.relative(projectRoot, SUPERGRAPH_FILE).split(path.sep).join('/');

const intendedChangesSchema = z.object({
  changes: z.array(
    z.object({
      /** @graphql-inspector's change type, e.g. FIELD_REMOVED, FIELD_TYPE_CHANGED. */
      type: z.string().min(1),
      /** The schema coordinate it reports, e.g. Customer.email or Query.customer.id. */
      path: z.string().min(1),
      /** Why clients can bear it (nobody reads the field, the portal no longer asks for it, …). */
      reason: z.string().trim().min(10, 'say why clients can bear it'),
    }),
  ),
});

export type IntendedChange = z.infer<typeof intendedChangesSchema>['changes'][number];

export interface SchemaChange {
  type: string;
  /** The schema coordinate (`Type.field`, `Type.field.argument`); the type's name for a type. */
  path: string;
  message: string;
  level: 'breaking' | 'dangerous' | 'safe';
}

export interface SchemaChangeReport {
  breaking: SchemaChange[];
  dangerous: SchemaChange[];
  safe: SchemaChange[];
  /** The breaking changes that no intended change names: each one fails the check. */
  unlisted: SchemaChange[];
  /** Intended changes that no longer happen (the comparison has moved past them): safe to remove. */
  stale: IntendedChange[];
}

const LEVELS: Record<CriticalityLevel, SchemaChange['level']> = {
  [CriticalityLevel.Breaking]: 'breaking',
  [CriticalityLevel.Dangerous]: 'dangerous',
  [CriticalityLevel.NonBreaking]: 'safe',
};

function ofInspector(change: Change): SchemaChange {
  return {
    type: String(change.type),
    path: change.path ?? '',
    message: change.message,
    level: LEVELS[change.criticality.level],
  };
}

const sameChange = (intended: IntendedChange, change: SchemaChange): boolean =>
  intended.type === change.type && intended.path === change.path;

/** Compares two supergraphs' API schemas; breaking changes `intended` names pass. */
export async function compareSupergraphs(
  previousSdl: string,
  currentSdl: string,
  intended: readonly IntendedChange[] = [],
): Promise<SchemaChangeReport> {
  const changes = (await diff(clientSchema(previousSdl), clientSchema(currentSdl))).map(ofInspector);
  const of = (level: SchemaChange['level']): SchemaChange[] => changes.filter((change) => change.level === level);
  const breaking = of('breaking');
  return {
    breaking,
    dangerous: of('dangerous'),
    safe: of('safe'),
    unlisted: breaking.filter((change) => !intended.some((entry) => sameChange(entry, change))),
    stale: intended.filter((entry) => !breaking.some((change) => sameChange(entry, change))),
  };
}

export function readIntendedChanges(file: string = INTENDED_CHANGES_FILE): IntendedChange[] {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`${path.relative(projectRoot, file)}: not readable JSON (${(error as Error).message})`, {
      cause: error,
    });
  }
  const parsed = intendedChangesSchema.safeParse(json);
  if (!parsed.success)
    throw new Error(
      `${path.relative(projectRoot, file)}: ${parsed.error.issues
        .map((issue) => `${issue.path.join('.')}: ${issue.message}`)
        .join('; ')}`,
    );
  return parsed.data.changes;
}

function git(args: string[]): string {
  return execFileSync('git', args, {
    cwd: projectRoot,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer: 64 * 1024 * 1024,
  });
}

function gitAnswers(args: string[]): string | undefined {
  try {
    return git(args).trim();
  } catch {
    return undefined;
  }
}

/** The commit to compare with, and why that one; or why there is none in this checkout. */
export type BaseRef = { commit: string; description: string } | { unavailable: string };

export function baseRef(env: NodeJS.ProcessEnv = process.env): BaseRef {
  if (gitAnswers(['rev-parse', '--is-inside-work-tree']) !== 'true')
    return { unavailable: 'this is not a git checkout, so there is no previous commit to compare with' };
  const given = env['SCHEMA_BASE_REF'];
  const branch = gitAnswers(['rev-parse', '--abbrev-ref', 'HEAD']);
  const hasMain = gitAnswers(['rev-parse', '--verify', '--quiet', 'main^{commit}']) !== undefined;
  let ref: string;
  let description: string;
  if (given) {
    ref = given;
    description = `SCHEMA_BASE_REF (${given})`;
  } else if (branch && branch !== 'main' && branch !== 'HEAD' && hasMain) {
    ref = gitAnswers(['merge-base', 'HEAD', 'main']) ?? 'main';
    description = `where ${branch} left main`;
  } else {
    ref = 'HEAD~1';
    description = 'the commit before HEAD';
  }
  const commit = gitAnswers(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
  if (commit) return { commit, description: `${description}, ${commit.slice(0, 12)}` };
  // A ref asked for by name that is not there is a mistake to report, not a comparison to skip.
  if (given) throw new Error(`SCHEMA_BASE_REF: no commit ${given} in this checkout`);
  const shallow = gitAnswers(['rev-parse', '--is-shallow-repository']) === 'true';
  return {
    unavailable: shallow
      ? `${description} is not in this shallow clone: fetch it (git fetch --deepen=1) or set SCHEMA_BASE_REF`
      : `HEAD is the first commit: there is no ${description}`,
  };
}

/** The supergraph as it was at `commit`; undefined when the commit has none (it came later). */
export function supergraphAt(commit: string): string | undefined {
  try {
    return git(['show', `${commit}:${SUPERGRAPH_IN_REPO}`]);
  } catch {
    return undefined;
  }
}

export type SchemaCheck = { skipped: string } | { base: string; report: SchemaChangeReport };

/** The working tree's supergraph against the previous commit of main's. */
export async function checkSchemaChanges(env: NodeJS.ProcessEnv = process.env): Promise<SchemaCheck> {
  const base = baseRef(env);
  if ('unavailable' in base) return { skipped: base.unavailable };
  const previous = supergraphAt(base.commit);
  if (previous === undefined) return { skipped: `${base.description} has no ${SUPERGRAPH_IN_REPO}` };
  const report = await compareSupergraphs(previous, readFileSync(SUPERGRAPH_FILE, 'utf8'), readIntendedChanges());
  return { base: base.description, report };
}

/** The longest message printed: a changed description is quoted in full otherwise. */
const MAX_MESSAGE_CHARS = 200;

function oneLine(message: string): string {
  const flat = message.replace(/\s+/g, ' ');
  return flat.length > MAX_MESSAGE_CHARS ? `${flat.slice(0, MAX_MESSAGE_CHARS - 1)}…` : flat;
}

/** The report as the command prints it: every change by level, then what fails the check. */
export function formatReport(check: SchemaCheck): string {
  if ('skipped' in check) return `Schema changes not checked: ${check.skipped}.\n`;
  const { report } = check;
  const lines = [`Schema changes against ${check.base}:`];
  const section = (title: string, changes: SchemaChange[]): void => {
    lines.push(`  ${title}: ${changes.length}`);
    for (const change of changes) lines.push(`    - ${change.type} ${change.path}: ${oneLine(change.message)}`);
  };
  section('breaking', report.breaking);
  section('dangerous', report.dangerous);
  section('safe', report.safe);
  if (report.stale.length)
    lines.push(
      `  listed in ${path.relative(projectRoot, INTENDED_CHANGES_FILE)} but no longer a change (remove them): ${report.stale
        .map((entry) => `${entry.type} ${entry.path}`)
        .join(', ')}`,
    );
  if (report.unlisted.length)
    lines.push(
      `${report.unlisted.length} breaking change(s) not listed in ${path.relative(projectRoot, INTENDED_CHANGES_FILE)}: ` +
        'keep the field (deprecate it first), or list the change with the reason clients can bear it.',
    );
  return `${lines.join('\n')}\n`;
}

if (require.main === module) {
  checkSchemaChanges().then(
    (check) => {
      process.stdout.write(formatReport(check));
      if ('report' in check && check.report.unlisted.length) process.exitCode = 1;
    },
    (error: unknown) => {
      process.stderr.write(`${(error as Error).message}\n`);
      process.exitCode = 1;
    },
  );
}
