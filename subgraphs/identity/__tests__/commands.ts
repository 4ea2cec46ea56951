import { spawn } from 'node:child_process';
import path from 'node:path';
import { projectRoot } from '../../../platform/paths';
import type { RunningSystem } from '../../../test-support/system';

export interface CommandRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs an admin command (scripts/<script>.ts) as `npm run` does, against the test system's identity subgraph. */
export function runAdminCommand(
  system: RunningSystem,
  script: 'brokerClients' | 'staff',
  args: readonly string[],
): Promise<CommandRun> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(projectRoot, 'scripts', `${script}.ts`), ...args],
    {
      cwd: projectRoot,
      env: { ...process.env, IDENTITY_ADMIN_URL: system.stacks[0]?.subgraphOrigins.identity ?? '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  return new Promise((resolve) => child.once('close', (code) => resolve({ code, stdout, stderr })));
}

/** The JSON a command printed, failing when it did not succeed. */
export async function commandResult<T>(
  system: RunningSystem,
  script: 'brokerClients' | 'staff',
  args: readonly string[],
): Promise<T> {
  const run = await runAdminCommand(system, script, args);
  if (run.code !== 0) throw new Error(`${script} ${args.join(' ')} failed (${run.code}): ${run.stderr}`);
  return JSON.parse(run.stdout) as T;
}
