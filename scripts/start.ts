import pinoPretty from 'pino-pretty';
import { loadServiceSecret } from '../platform/auth/serviceCredential';
import { loadSigningKey } from '../platform/auth/signingKey';
import { createDataDirs, isDataDirCreated } from '../platform/database/PgliteDatabase';
import { START_BUILD_DIR, buildComponents } from './componentBuild';
import { embeddedDataDirs } from './embeddedDatabases';
import { buildPortal } from './portalBuild';
import { startProcesses, type System } from './processes';

/**
 * `npm start`: every component on this machine, each in its own process. Ctrl-C / SIGTERM stops
 * them all, each letting its in-flight requests finish. Logs are JSON; in development they are
 * shown through pino-pretty (LOG_FORMAT=json keeps them raw).
 */
const production = process.env['NODE_ENV'] === 'production';
const prettyOut =
  !production && process.env['LOG_FORMAT'] !== 'json'
    ? pinoPretty({ colorize: process.stdout.isTTY, translateTime: 'SYS:HH:MM:ss.l', ignore: 'pid,hostname' })
    : undefined;
let system: System | undefined;
let stopping = false;

async function stopAll(exitCode: number): Promise<void> {
  if (stopping) return;
  stopping = true;
  await system?.stop();
  process.exit(exitCode);
}

async function main(): Promise<void> {
  process.on('SIGINT', () => void stopAll(0));
  process.on('SIGTERM', () => void stopAll(0));
  const dataDirs = !production && !process.env['DATABASE_URL'] ? embeddedDataDirs(process.env) : [];
  // Create the development signing key and service credential once, before the processes that share them start.
  if (!production) {
    await loadSigningKey({ production: false, privateJwk: process.env['JWT_PRIVATE_JWK'] });
    await loadServiceSecret({ production: false, configured: process.env['INTERNAL_SERVICE_SECRET'] });
  }
  process.stdout.write('Building the components…\n');
  await buildComponents(START_BUILD_DIR);
  if (dataDirs.some((dir) => !isDataDirCreated(dir))) {
    process.stdout.write('Creating the embedded PostgreSQL databases (PGlite, on the first start only)…\n');
    await createDataDirs(dataDirs);
  }
  process.stdout.write('Starting the legacy backends, then the subgraphs, then the gateway and the portal…\n');
  system = await startProcesses({
    buildDir: START_BUILD_DIR,
    portal: { build: () => buildPortal() },
    onLog: (line) => (prettyOut ?? process.stdout).write(`${line}\n`),
    onExit: (component, code, signal) => {
      process.stderr.write(`${component} exited (${signal ?? code}); stopping everything.\n`);
      void stopAll(1);
    },
  });
  process.stdout.write(
    `\nCustomer portal: ${system.portalUrl ?? ''} (sign in as a demo customer: see docs/demo-data.md)\n` +
      `Customer graph ready: ${system.gatewayUrl} (Apollo Sandbox in a browser, offline GraphiQL at /graphiql; Ctrl-C stops everything)\n` +
      // Operator routes are on ports of their own, never on the public one.
      `Metrics and detailed readiness (operators only): ${system.gatewayOperatorUrl}/metrics and /health/ready\n\n`,
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  void stopAll(1);
});
