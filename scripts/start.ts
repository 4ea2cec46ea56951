import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { createInterface } from 'node:readline';
import pinoPretty from 'pino-pretty';
import { loadSigningKey } from '../platform/auth/signingKey';
import { projectRoot } from '../platform/paths';
import { GATEWAY, LEGACY_BACKENDS, SUBGRAPHS, localUrl } from '../platform/topology';

/**
 * `npm start`: every component on this machine, each in its own process (as in production),
 * legacy backends first, then subgraphs, then the gateway. Ctrl-C / SIGTERM stops them all,
 * each letting its in-flight requests finish. Logs are JSON; in development they are shown
 * through pino-pretty (LOG_FORMAT=json keeps them raw).
 */
const production = process.env['NODE_ENV'] === 'production';
const pretty = !production && process.env['LOG_FORMAT'] !== 'json';
const children: ChildProcess[] = [];
let stopping = false;
/** One pretty-printer for every child (each line is a whole JSON log record). */
const prettyOut = pretty ? pinoPretty({ colorize: process.stdout.isTTY, translateTime: 'SYS:HH:MM:ss.l', ignore: 'pid,hostname' }) : undefined;

function startComponent(name: string, entry: string, env: Record<string, string>): ChildProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(projectRoot, entry)], {
    cwd: projectRoot,
    env: { ...process.env, NODE_ENV: process.env['NODE_ENV'] ?? 'development', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // Line by line rather than pipe(): nine children piping into one stream would pile listeners on it.
  if (child.stdout) createInterface({ input: child.stdout }).on('line', (line) => (prettyOut ?? process.stdout).write(`${line}\n`));
  if (child.stderr) createInterface({ input: child.stderr }).on('line', (line) => process.stderr.write(`[${name}] ${line}\n`));
  child.on('exit', (code, signal) => {
    if (!stopping) {
      process.stderr.write(`${name} exited (${signal ?? code}); stopping everything.\n`);
      void stopAll(1);
    }
  });
  children.push(child);
  return child;
}

async function waitUntilLive(name: string, port: number, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(localUrl(port, '/health/live'), { signal: AbortSignal.timeout(1_000) });
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${name} did not start within ${timeoutMs / 1000} s.`);
}

async function stopAll(exitCode: number): Promise<void> {
  if (stopping) return;
  stopping = true;
  const exits = children.filter((child) => child.exitCode === null).map((child) => new Promise((resolve) => child.once('exit', resolve)));
  for (const child of [...children].reverse()) child.kill('SIGTERM');
  await Promise.race([Promise.all(exits), new Promise((resolve) => setTimeout(resolve, 15_000))]);
  process.exit(exitCode);
}

async function main(): Promise<void> {
  process.on('SIGINT', () => void stopAll(0));
  process.on('SIGTERM', () => void stopAll(0));
  // Create the development signing key once, before the processes that share it start.
  if (!production) await loadSigningKey({ production: false, privateJwk: process.env['JWT_PRIVATE_JWK'] });

  const backendUrls = Object.fromEntries(LEGACY_BACKENDS.map((b) => [b.urlVariable, localUrl(b.port)]));
  for (const backend of LEGACY_BACKENDS) startComponent(backend.name, backend.entry, { PORT: String(backend.port) });
  await Promise.all(LEGACY_BACKENDS.map((b) => waitUntilLive(b.name, b.port)));

  const jwks = { JWKS_URL: localUrl(SUBGRAPHS[0].port, '/.well-known/jwks.json') };
  for (const subgraph of SUBGRAPHS) startComponent(subgraph.name, subgraph.entry, { PORT: String(subgraph.port), ...backendUrls, ...jwks });
  await Promise.all(SUBGRAPHS.map((s) => waitUntilLive(s.name, s.port)));

  const subgraphUrls = Object.fromEntries(SUBGRAPHS.map((s) => [s.urlVariable, localUrl(s.port, '/graphql')]));
  startComponent(GATEWAY.name, GATEWAY.entry, { GATEWAY_PORT: String(GATEWAY.port), ...subgraphUrls, ...jwks });
  await waitUntilLive(GATEWAY.name, GATEWAY.port);

  process.stdout.write(`\nCustomer graph ready: ${localUrl(GATEWAY.port, '/graphql')} (Apollo Sandbox in a browser; Ctrl-C stops everything)\n\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  void stopAll(1);
});
