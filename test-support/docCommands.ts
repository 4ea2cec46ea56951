import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { projectRoot } from '../platform/paths';
import { GATEWAY, LEGACY_BACKENDS, PORTAL, SUBGRAPHS } from '../platform/topology';
import { buildComponents } from '../scripts/componentBuild';
import { startProcesses, type System } from '../scripts/processes';
import { testSigningKey } from './callers';
import { createTestDatabase, type TestDatabase } from './database';
import {
  forgetTestProcess,
  recordTestProcess,
  removeTestTempDir,
  testComponentBuildDir,
  testTempDir,
} from './tempDirs';

/**
 * What the docs test needs: the fenced blocks of a markdown file, the answers shown after them,
 * the rewrite of the documented ports to a system's, a bash session that runs a file's blocks one
 * after the other, and the system they run against (every component as its own process, as
 * `npm start` runs them). The rules are in docs/development.md ("Commands in the docs").
 */

/** The markdown files whose commands are run: the README, then docs/*.md in name order. */
export function documentedFiles(): string[] {
  const docs = readdirSync(path.join(projectRoot, 'docs'))
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => `docs/${name}`);
  return ['README.md', ...docs];
}

export interface Fence {
  /** The info string's first word, lower-cased ('' for a fence without one). */
  lang: string;
  body: string;
  /** 1-based line of the opening fence. */
  line: number;
  /** Whether a heading stands between the previous fence and this one. */
  headingBefore: boolean;
}

/** Every fenced block (``` or ~~~, also indented in a list item) of a markdown text, in order. */
export function fences(markdown: string): Fence[] {
  const found: Fence[] = [];
  const lines = markdown.split('\n');
  let headingBefore = false;
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] ?? '';
    const open = /^(\s*)(`{3,}|~{3,})\s*([^`\s]*)/.exec(line);
    if (!open) {
      if (/^#{1,6}\s/.test(line)) headingBefore = true;
      continue;
    }
    const [, indent = '', marker = '```', info = ''] = open;
    const body: string[] = [];
    let end = index + 1;
    for (; end < lines.length; end++) {
      const candidate = lines[end] ?? '';
      const trimmed = candidate.trim();
      if (trimmed.length >= marker.length && trimmed === marker.charAt(0).repeat(trimmed.length)) break;
      body.push(candidate.startsWith(indent) ? candidate.slice(indent.length) : candidate.trimStart());
    }
    found.push({ lang: info.toLowerCase(), body: body.join('\n'), line: index + 1, headingBefore });
    headingBefore = false;
    index = end;
  }
  return found;
}

/** Fences that are run. */
export const RUN = 'bash';
/** Fences of commands shown but never run: starting the whole system, the test suite itself, the benchmark, ... */
export const SHOWN_ONLY = new Set(['sh', 'console']);
/** Shell fences of another name would be neither run nor clearly shown-only. */
export const REFUSED_SHELL_LANGS = new Set(['shell', 'zsh', 'shell-session', 'shellsession', 'ksh', 'fish']);

export interface Step {
  block: Fence;
  /** The answer shown right after the block (a json or text fence, no heading between), if any. */
  answer?: Fence;
}

/** A file's bash blocks, each with the answer the doc shows after it. */
export function steps(markdown: string): Step[] {
  const all = fences(markdown);
  const result: Step[] = [];
  all.forEach((fence, index) => {
    if (fence.lang !== RUN) return;
    const next = all[index + 1];
    const answer = next && (next.lang === 'json' || next.lang === 'text') && !next.headingBefore ? next : undefined;
    result.push(answer ? { block: fence, answer } : { block: fence });
  });
  return result;
}

/**
 * The facts of a shown answer that any true run shows too. A doc's answer is abridged (`…`) and
 * its amounts, dates, ids of new records and tokens differ from run to run, so what is checked is
 * what does not: in JSON every quoted key and string value without a digit or `…` (names, labels,
 * enum values, field names), and the legacy system's ids (`P00000001`, `L000000010`, `B00001`); in
 * text every word without a digit or `…`, case ignored.
 */
export function answerFacts(answer: Fence): string[] {
  const facts = new Set<string>();
  if (answer.lang === 'json') {
    for (const match of answer.body.matchAll(/"((?:[^"\\\n]|\\.)*)"/g)) {
      let value: string;
      try {
        value = JSON.parse(`"${match[1] ?? ''}"`) as string;
      } catch {
        continue;
      }
      if (!value || value.includes('…')) continue;
      if (/\d/.test(value) && !/^[PLVBE]\d{5,9}$/.test(value)) continue;
      facts.add(JSON.stringify(value));
    }
  } else {
    for (const word of answer.body.split(/\s+/))
      if (word.length > 1 && !/\d/.test(word) && !word.includes('…')) facts.add(word.toLowerCase());
  }
  return [...facts];
}

/** The facts of `answer` missing from what the block printed. */
export function missingFacts(answer: Fence, output: string): string[] {
  const haystack = answer.lang === 'json' ? output : output.toLowerCase();
  return answerFacts(answer).filter((fact) => !haystack.includes(fact));
}

/** The ports the docs name: every component's public and operator port, as `npm start` opens them. */
export const DOCUMENTED_PORTS: readonly number[] = [
  GATEWAY.port,
  GATEWAY.operatorPort,
  PORTAL.port,
  ...SUBGRAPHS.flatMap((subgraph) => [subgraph.port, subgraph.operatorPort]),
  ...LEGACY_BACKENDS.flatMap((backend) => [backend.port, backend.operatorPort]),
].sort((a, b) => a - b);

/** `localhost:4000`, `127.0.0.1:4102`, … become the same host on the port shifted by `offset`. */
export function rewritePorts(script: string, offset: number): string {
  return script.replace(/\b(localhost|127\.0\.0\.1):(\d{4})\b/g, (whole, host: string, port: string) =>
    DOCUMENTED_PORTS.includes(Number(port)) ? `${host}:${Number(port) + offset}` : whole,
  );
}

async function isFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
}

/**
 * An offset by which every documented port is free: below Linux's ephemeral range (32768…), so
 * outgoing connections do not take them meanwhile.
 */
export async function freePortOffset(): Promise<number> {
  for (let attempt = 0; attempt < 40; attempt++) {
    const offset = 12_000 + 100 * Math.floor(Math.random() * 150);
    let free = true;
    for (const port of DOCUMENTED_PORTS) if (!(free = await isFree(port + offset))) break;
    if (free) return offset;
  }
  throw new Error('no offset found at which all documented ports are free');
}

export interface DocSystem {
  offset: number;
  gatewayOrigin: string;
  /** The environment the docs' commands run with (the token and admin commands' variables). */
  commandEnv: Record<string, string>;
  /** The last log lines (warnings and errors) of the components, and components that exited. */
  recentLogs(): string[];
  /** Puts every legacy backend's behaviour back to what it was at start (a doc may have changed it). */
  resetBehaviour(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Every component in a process of its own on the documented ports shifted by a free offset, as
 * `npm start` runs them (the same defaults: 10,000 generated customers, the in-memory cache, the
 * first of this month as reference date), except that nothing is written into the working tree:
 * the keys `npm start` would generate into .dev-keys/ are given, and identity and documents keep
 * their data in a test database instead of PGlite under .data/. Life Connect's nightly window is
 * off, so a run at 01:00 UTC answers as any other.
 */
export async function startDocSystem(): Promise<DocSystem> {
  const offset = await freePortOffset();
  const database: TestDatabase = await createTestDatabase('docs');
  const { jwk } = await testSigningKey();
  const serviceSecret = randomBytes(32).toString('base64');
  const logs: string[] = [];
  const remember = (line: string): void => {
    logs.push(line.slice(0, 2_000));
    if (logs.length > 200) logs.shift();
  };
  let system: System;
  let stopping = false;
  try {
    const buildDir = testComponentBuildDir();
    await buildComponents(buildDir);
    system = await startProcesses({
      buildDir,
      portOffset: offset,
      env: {
        NODE_ENV: 'development',
        LOG_LEVEL: 'warn',
        DATABASE_URL: database.url,
        JWT_PRIVATE_JWK: jwk,
        INTERNAL_SERVICE_SECRET: serviceSecret,
        IDENTITY_HASH_KEY: randomBytes(32).toString('base64'),
        DOCUMENT_URL_SECRET: randomBytes(32).toString('base64'),
        // Should the environment name a Redis (REDIS_URL), this system's keys are its own there.
        CACHE_PREFIX: `docs-${randomBytes(4).toString('hex')}`,
      },
      envFor: { 'life-connect': { MAINTENANCE_WINDOW: 'none' } },
      onLog: (line, component) => remember(`[${component}] ${line}`),
      onExit: (component, code, signal) => {
        if (!stopping) remember(`[${component}] exited on its own (${signal ?? code})`);
      },
    });
  } catch (error) {
    await database.drop();
    throw error;
  }
  // Recorded under their command's name, so the global teardown ends them if this worker could not.
  for (const { child } of system.processes) if (child.pid !== undefined) recordTestProcess(child.pid, 'node');
  const backendUrl = (port: number): string => `http://127.0.0.1:${port + offset}/admin/behaviour`;
  const initial = new Map<number, string>();
  try {
    for (const backend of LEGACY_BACKENDS)
      initial.set(backend.port, await (await fetch(backendUrl(backend.port))).text());
  } catch (error) {
    await system.stop();
    await database.drop();
    throw error;
  }
  const identity = SUBGRAPHS.find((subgraph) => subgraph.name === 'identity')?.port ?? 4001;
  return {
    offset,
    gatewayOrigin: `http://127.0.0.1:${GATEWAY.port + offset}`,
    commandEnv: {
      // `npm run -s token` signs with the key identity signs with.
      JWT_PRIVATE_JWK: jwk,
      // `npm run -s broker-client` and `npm run -s staff` call identity's admin routes.
      IDENTITY_ADMIN_URL: `http://127.0.0.1:${identity + offset}`,
      INTERNAL_SERVICE_SECRET: serviceSecret,
      NODE_ENV: 'development',
    },
    recentLogs: () => [...logs],
    async resetBehaviour() {
      for (const [port, behaviour] of initial)
        await fetch(backendUrl(port), {
          method: 'PUT',
          headers: { 'content-type': 'application/json' },
          body: behaviour,
        });
    },
    async stop() {
      stopping = true;
      // As System.stop (SIGTERM, in-flight requests finish), with a bound of our own that is
      // cleared, so nothing keeps the worker waiting once every process has exited.
      const running = system.processes.filter(({ child }) => child.exitCode === null && child.signalCode === null);
      await Promise.all(
        running.reverse().map(({ child }) => {
          const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
          child.kill('SIGTERM');
          const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
          return exited.finally(() => clearTimeout(timer));
        }),
      );
      for (const { child } of system.processes) if (child.pid !== undefined) forgetTestProcess(child.pid);
      await database.drop();
    },
  };
}

export interface BlockRun {
  /** The block's last command's exit status (null when it did not finish in time). */
  status: number | null;
  stdout: string;
  stderr: string;
  /** Commands of the block that failed (also inside command substitutions and functions). */
  failures: string[];
  timedOut: boolean;
}

const FAILURE_MARK = '__doc_command_failed__';

/**
 * One bash process for one doc file: its blocks run one after the other in it, so a variable or a
 * function one block defines is there for the next (as in a reader's terminal). `pipefail` is on,
 * and every command that fails is recorded (an ERR trap, inherited by functions and command
 * substitutions) without ending the session, so a block fails when any command in it fails, not
 * only its last. Each block reads nothing from the session's input.
 */
export class BashSession {
  private readonly child: ChildProcess;
  private readonly dir: string;
  private count = 0;
  private buffer = '';
  private waiting: ((line: string) => void) | undefined;
  private exited = false;

  constructor(env: Record<string, string>) {
    this.dir = testTempDir('doc-commands');
    this.child = spawn('bash', ['--noprofile', '--norc'], {
      cwd: projectRoot,
      // mktemp makes its folders and files in the session's own, removed at close.
      env: { ...process.env, ...env, TMPDIR: this.dir },
      stdio: ['pipe', 'pipe', 'inherit'],
      detached: true,
    });
    if (this.child.pid !== undefined) recordTestProcess(this.child.pid, 'bash');
    // Writing to a session that has just ended reports EPIPE here rather than throwing.
    this.child.stdin?.on('error', () => undefined);
    this.child.stdout?.setEncoding('utf8');
    this.child.stdout?.on('data', (chunk: string) => {
      this.buffer += chunk;
      const newline = this.buffer.indexOf('\n');
      if (newline >= 0 && this.waiting) {
        const line = this.buffer.slice(0, newline);
        this.buffer = this.buffer.slice(newline + 1);
        const done = this.waiting;
        this.waiting = undefined;
        done(line);
      }
    });
    this.child.once('exit', () => {
      this.exited = true;
      this.waiting?.('exited');
    });
    this.child.stdin?.write(
      [
        'set -o pipefail -o errtrace',
        `trap '__rc=$?; printf "${FAILURE_MARK} (exit %s): %s\\n" "$__rc" "$BASH_COMMAND" >&2' ERR`,
        '',
      ].join('\n'),
    );
  }

  async run(script: string, timeoutMs: number): Promise<BlockRun> {
    if (this.exited)
      return { status: null, stdout: '', stderr: 'the bash session has ended', failures: [], timedOut: false };
    const index = ++this.count;
    const file = (suffix: string): string => path.join(this.dir, `block-${index}.${suffix}`);
    writeFileSync(file('sh'), `${script}\n`);
    const line = new Promise<string>((resolve) => (this.waiting = resolve));
    this.child.stdin?.write(`source ${file('sh')} >${file('out')} 2>${file('err')} </dev/null; echo "done $?"\n`);
    let timer: NodeJS.Timeout | undefined;
    const outcome = await Promise.race([
      line,
      new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), timeoutMs))),
    ]);
    clearTimeout(timer);
    const read = (suffix: string): string => (existsSync(file(suffix)) ? readFileSync(file(suffix), 'utf8') : '');
    if (outcome === 'timeout') this.kill();
    const stderr = read('err');
    const status = /^done (\d+)$/.exec(outcome)?.[1];
    return {
      status: status === undefined ? null : Number(status),
      stdout: read('out'),
      stderr,
      failures: stderr
        .split('\n')
        .filter((l) => l.startsWith(FAILURE_MARK))
        .map((l) => l.slice(FAILURE_MARK.length + 1)),
      timedOut: outcome === 'timeout',
    };
  }

  /** Ends the session (a block that hangs leaves nothing to run the next in). */
  private kill(): void {
    if (this.exited || this.child.pid === undefined) return;
    this.exited = true;
    try {
      process.kill(-this.child.pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }

  async close(): Promise<void> {
    if (this.child.exitCode === null && this.child.signalCode === null) {
      const exited = new Promise((resolve) => this.child.once('exit', resolve));
      this.child.stdin?.end('exit 0\n');
      const timer = setTimeout(() => this.kill(), 10_000);
      await exited;
      clearTimeout(timer);
    }
    if (this.child.pid !== undefined) forgetTestProcess(this.child.pid);
    removeTestTempDir(this.dir);
  }
}

export interface LocalLink {
  /** The file linked to, relative to the linking file ('' for a link within the same file). */
  path: string;
  /** The part after `#`, if any. */
  fragment?: string;
  line: number;
}

/** Lines of a markdown text outside fenced blocks, with their 1-based numbers. */
function proseLines(markdown: string): Array<{ text: string; line: number }> {
  const lines: Array<{ text: string; line: number }> = [];
  let fence: string | undefined;
  markdown.split('\n').forEach((text, index) => {
    const marker = /^\s*(`{3,}|~{3,})/.exec(text)?.[1];
    if (fence === undefined && marker) fence = marker;
    else if (fence !== undefined && marker && text.trim() === fence.charAt(0).repeat(text.trim().length))
      fence = undefined;
    else if (fence === undefined) lines.push({ text, line: index + 1 });
  });
  return lines;
}

/** Links of a markdown text that are not absolute URLs: `[text](target)`, `![alt](target)`, `[ref]: target`. */
export function localLinks(markdown: string): LocalLink[] {
  const links: LocalLink[] = [];
  for (const { text, line } of proseLines(markdown)) {
    const withoutCode = text.replace(/`+[^`]*`+/g, '');
    const targets = [
      ...[...withoutCode.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)].map((m) => m[1] ?? ''),
      ...[...withoutCode.matchAll(/^\s*\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)/g)].map((m) => m[1] ?? ''),
    ];
    for (const target of targets) {
      if (!target || /^[a-z][a-z0-9+.-]*:/i.test(target)) continue;
      const hash = target.indexOf('#');
      const path = decodeURIComponent(hash >= 0 ? target.slice(0, hash) : target);
      links.push(hash >= 0 ? { path, fragment: decodeURIComponent(target.slice(hash + 1)), line } : { path, line });
    }
  }
  return links;
}

/** The anchors GitHub gives a markdown file's headings: lower case, punctuation dropped, spaces as hyphens, repeats numbered. */
export function headingAnchors(markdown: string): Set<string> {
  const anchors = new Set<string>();
  const seen = new Map<string, number>();
  for (const { text } of proseLines(markdown)) {
    const heading = /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(text)?.[1];
    if (heading === undefined) continue;
    const base = heading
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
      .toLowerCase()
      .replace(/[^\p{L}\p{M}\p{N}\s_-]/gu, '')
      .replace(/ /g, '-');
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    anchors.add(count === 0 ? base : `${base}-${count}`);
  }
  return anchors;
}
