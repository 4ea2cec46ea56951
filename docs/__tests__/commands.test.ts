/** @heavy runs the docs' commands against every component as a process */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../platform/paths';

/** Of these entries of the project root, those git does not ignore. */
function notIgnored(names: readonly string[]): string[] {
  if (names.length === 0) return [];
  let ignored: string[];
  try {
    ignored = execFileSync('git', ['check-ignore', ...names], { cwd: projectRoot, encoding: 'utf8' }).split('\n');
  } catch (error) {
    // Exit 1: none of them is ignored.
    ignored = String((error as { stdout?: unknown }).stdout ?? '').split('\n');
  }
  return names.filter((name) => !ignored.includes(name));
}
import {
  BashSession,
  documentedFiles,
  fences,
  missingFacts,
  REFUSED_SHELL_LANGS,
  rewritePorts,
  startDocSystem,
  steps,
  type DocSystem,
} from '../../test-support/docCommands';

/**
 * Docs that stay true: every command in the docs is run by a test or by a script the tests run.
 *
 * - Every ```bash block of README.md and docs/*.md is run, in the order of its file, all blocks of
 *   one file in one bash session (a variable or function one block sets is there for the next),
 *   from the project root, against one system this test starts: every component as a process of
 *   its own, as `npm start` runs them, on the documented ports shifted by a free offset.
 * - Before a block runs, `localhost:<port>` and `127.0.0.1:<port>` of a documented port (gateway
 *   4000 and 4900, portal 4200, subgraphs 4001–4004 and 4901–4904, legacy backends 4101–4104) are
 *   rewritten to the shifted port. The session has the variables the commands need, as a
 *   developer's shell beside `npm start` has them in effect: JWT_PRIVATE_JWK (the key identity signs
 *   with, for `npm run -s token`), IDENTITY_ADMIN_URL and INTERNAL_SERVICE_SECRET (for
 *   `npm run -s broker-client` and `npm run -s staff`).
 * - A block passes when every command in it exits 0 (pipefail; a failing command inside a
 *   function or `$(…)` counts too) within three minutes. A ```json or ```text block right after
 *   it (no heading between) is the answer it shows: its stable facts must be in what the block
 *   printed (keys, labels, enum values, names and legacy ids; see `answerFacts`). Write `…` in a
 *   shown value that differs from run to run.
 * - Commands that cannot run inside a test (`npm install && npm start`, `npm test` itself,
 *   `docker compose`, `npm run bench`, commands that rewrite checked-in files) go in ```sh (or
 *   ```console) fences, which are shown and never run. A shell fence of another name is refused.
 * - A command writes nothing into the working tree (`out=$(mktemp -d)`, then write in "$out"):
 *   the test fails on a new entry in the project root.
 *
 * After each file every legacy backend's behaviour is put back as it was at start, so a doc that
 * puts one in maintenance cannot fail the next file. docs/development.md says the same for writers.
 */
const BLOCK_TIMEOUT_MS = 180_000;
const FILES = documentedFiles();

function tail(text: string, lines = 25): string {
  return text.trimEnd().split('\n').slice(-lines).join('\n');
}

describe('the tools the docs use', () => {
  it.each(['bash', 'curl', 'jq'])('%s is on the PATH (the docs test runs the commands with it)', (tool) => {
    expect(() => execFileSync('bash', ['-c', `command -v ${tool}`], { stdio: 'ignore' })).not.toThrow();
  });
});

describe('the fences of the docs', () => {
  it.each(FILES)('%s names its shell blocks bash (run) or sh/console (shown only)', (file) => {
    const refused = fences(readFileSync(path.join(projectRoot, file), 'utf8'))
      .filter((fence) => REFUSED_SHELL_LANGS.has(fence.lang))
      .map((fence) => `${file}:${fence.line}: \`\`\`${fence.lang}`);
    expect(refused).toEqual([]);
  });
});

describe('the commands in the docs', () => {
  let system: DocSystem;

  beforeAll(async () => {
    system = await startDocSystem();
  }, 300_000);

  afterAll(async () => {
    await system?.stop();
  }, 60_000);

  it.each(FILES)(
    '%s: every bash block runs and answers as shown',
    async (file) => {
      const markdown = readFileSync(path.join(projectRoot, file), 'utf8');
      const rootBefore = new Set(readdirSync(projectRoot));
      const session = new BashSession(system.commandEnv);
      const problems: string[] = [];
      try {
        for (const { block, answer } of steps(markdown)) {
          const script = rewritePorts(block.body, system.offset);
          const run = await session.run(script, BLOCK_TIMEOUT_MS);
          const where = `${file}:${block.line}`;
          const report = (what: string): void => {
            problems.push(
              [
                `${where}: ${what}`,
                `--- block (as run)\n${script}`,
                `--- exit status: ${run.status ?? 'none'}`,
                `--- stderr (end)\n${tail(run.stderr)}`,
                `--- stdout (end)\n${tail(run.stdout)}`,
              ].join('\n'),
            );
          };
          if (run.timedOut) report(`did not finish within ${BLOCK_TIMEOUT_MS / 1000} s`);
          else if (run.status !== 0 || run.failures.length > 0)
            report(`a command failed: ${run.failures.join(' | ') || `exit ${run.status ?? 'none'}`}`);
          else if (answer) {
            const missing = missingFacts(answer, run.stdout);
            if (missing.length > 0)
              report(`printed an answer without what ${file}:${answer.line} shows: ${missing.join(', ')}`);
          }
        }
      } finally {
        await session.close();
        await system.resetBehaviour();
      }
      // What git ignores may appear meanwhile (other test files, running beside this one, write
      // test-results/); a command may write only what is ignored.
      const written = notIgnored(readdirSync(projectRoot).filter((name) => !rootBefore.has(name)));
      if (written.length > 0) problems.push(`${file}: its commands wrote into the working tree: ${written.join(', ')}`);
      if (problems.length > 0)
        problems.push(`--- the components' last warnings\n${tail(system.recentLogs().join('\n'), 15)}`);
      expect(problems).toEqual([]);
    },
    1_800_000,
  );
});
