import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { AUDIT_INGEST_PATH } from '../platform/audit/delivery';
import { CONSENTS_PATH } from '../platform/consentLookup';
import { projectRoot } from '../platform/paths';
import { builtEntry } from './componentBuild';
import { GATEWAY, LEGACY_BACKENDS, PORTAL, SUBGRAPHS, localUrl } from '../platform/topology';

export interface RunningProcess {
  name: string;
  port: number;
  /** Where its /metrics and detailed /health/ready are (the gateway and subgraphs). */
  operatorPort?: number;
  child: ChildProcess;
}

export interface StartOptions {
  /** The components' build (buildComponents); each runs from it on plain Node. */
  buildDir: string;
  /** Ports are the defaults shifted by this much (the gateway on 4000 + offset). */
  portOffset?: number;
  /** Extra environment for every component. */
  env?: Record<string, string>;
  /** Extra environment per component name. */
  envFor?: Record<string, Record<string, string>>;
  /** Extra Node options per component name, before the entry (the profile run's `--cpu-prof`, which NODE_OPTIONS refuses). */
  nodeOptionsFor?: Record<string, string[]>;
  /** Receives each stdout line (JSON log records). */
  onLog(line: string, component: string): void;
  /** Called when a component exits on its own. */
  onExit(component: string, code: number | null, signal: NodeJS.Signals | null): void;
  /** Serve the customer portal too, once `build` (started at once, beside the others' start) is done. */
  portal?: { build(): Promise<void> };
}

export interface System {
  gatewayUrl: string;
  /** The gateway's operator port: /metrics and the detailed /health/ready. */
  gatewayOperatorUrl: string;
  /** The customer portal, when started (open it at localhost: the cookies and identity providers expect that name). */
  portalUrl?: string;
  processes: RunningProcess[];
  stop(): Promise<void>;
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

/**
 * Starts every component in a process of its own (as in production), from the build in
 * `buildDir`: legacy backends, then subgraphs, then the gateway, each once the previous ones
 * answer. Used by `npm start` and the benchmark.
 */
export async function startProcesses(options: StartOptions): Promise<System> {
  const offset = options.portOffset ?? 0;
  const processes: RunningProcess[] = [];
  let stopping = false;

  const start = (
    name: string,
    entry: string,
    port: number,
    env: Record<string, string>,
    operatorPort?: number,
  ): void => {
    const nodeOptions = ['--enable-source-maps', ...(options.nodeOptionsFor?.[name] ?? [])];
    const child = spawn(process.execPath, [...nodeOptions, builtEntry(options.buildDir, entry)], {
      cwd: projectRoot,
      env: {
        ...process.env,
        NODE_ENV: process.env['NODE_ENV'] ?? 'development',
        ...options.env,
        ...env,
        ...(operatorPort === undefined ? {} : { OPERATOR_PORT: String(operatorPort) }),
        ...options.envFor?.[name],
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    // Line by line rather than pipe(): many children piping into one stream would pile listeners on it.
    if (child.stdout) createInterface({ input: child.stdout }).on('line', (line) => options.onLog(line, name));
    if (child.stderr)
      createInterface({ input: child.stderr }).on('line', (line) => process.stderr.write(`[${name}] ${line}\n`));
    child.on('exit', (code, signal) => {
      if (!stopping) options.onExit(name, code, signal);
    });
    processes.push({ name, port, ...(operatorPort === undefined ? {} : { operatorPort }), child });
  };

  const stop = async (): Promise<void> => {
    stopping = true;
    const running = processes.filter(({ child }) => child.exitCode === null && child.signalCode === null);
    const exits = running.map(({ child }) => new Promise((resolve) => child.once('exit', resolve)));
    for (const { child } of [...running].reverse()) child.kill('SIGTERM');
    // A process that ignores SIGTERM is left after 15 s; the timer does not outlive the wait.
    let giveUp: NodeJS.Timeout | undefined;
    await Promise.race([Promise.all(exits), new Promise((resolve) => (giveUp = setTimeout(resolve, 15_000)))]);
    clearTimeout(giveUp);
  };

  const portalBuilt = options.portal?.build();
  // Awaited below; until then a failure is not "unhandled".
  portalBuilt?.catch(() => undefined);
  const portalUrl = `http://localhost:${PORTAL.port + offset}`;
  const customerMasterPort = LEGACY_BACKENDS.find((backend) => backend.name === 'customer-master')?.port ?? 4101;
  try {
    const backendUrls = Object.fromEntries(LEGACY_BACKENDS.map((b) => [b.urlVariable, localUrl(b.port + offset)]));
    for (const backend of LEGACY_BACKENDS)
      start(
        backend.name,
        backend.entry,
        backend.port + offset,
        { PORT: String(backend.port + offset) },
        backend.operatorPort + offset,
      );
    await Promise.all(LEGACY_BACKENDS.map((b) => waitUntilLive(b.name, b.port + offset)));

    const identity = SUBGRAPHS.find((s) => s.name === 'identity');
    const jwks = { JWKS_URL: localUrl((identity?.port ?? 4001) + offset, '/.well-known/jwks.json') };
    const audit = { AUDIT_URL: localUrl((identity?.port ?? 4001) + offset, AUDIT_INGEST_PATH) };
    const consents = { CONSENTS_URL: localUrl((identity?.port ?? 4001) + offset, CONSENTS_PATH) };
    // Download links point at the gateway's origin.
    const publicBaseUrl = { PUBLIC_BASE_URL: localUrl(GATEWAY.port + offset) };
    for (const subgraph of SUBGRAPHS)
      start(
        subgraph.name,
        subgraph.entry,
        subgraph.port + offset,
        { PORT: String(subgraph.port + offset), ...backendUrls, ...jwks, ...audit, ...consents, ...publicBaseUrl },
        subgraph.operatorPort + offset,
      );
    await Promise.all(SUBGRAPHS.map((s) => waitUntilLive(s.name, s.port + offset)));

    const subgraphUrls = Object.fromEntries(
      SUBGRAPHS.map((s) => [s.urlVariable, localUrl(s.port + offset, '/graphql')]),
    );
    start(
      GATEWAY.name,
      GATEWAY.entry,
      GATEWAY.port + offset,
      { GATEWAY_PORT: String(GATEWAY.port + offset), ...subgraphUrls, ...jwks },
      GATEWAY.operatorPort + offset,
    );
    await waitUntilLive(GATEWAY.name, GATEWAY.port + offset);

    if (portalBuilt) {
      await portalBuilt;
      start(PORTAL.name, PORTAL.entry, PORTAL.port + offset, {
        PORTAL_PORT: String(PORTAL.port + offset),
        GATEWAY_URL: localUrl(GATEWAY.port + offset),
        PORTAL_PUBLIC_ORIGIN: portalUrl,
        CUSTOMER_MASTER_URL: backendUrls['CUSTOMER_MASTER_URL'] ?? '',
        // The browser itself visits the (mocked) identity provider.
        IDENTITY_PROVIDER_AUTHORIZE_URL: `http://localhost:${customerMasterPort + offset}/oidc/{provider}/authorize`,
      });
      await waitUntilLive(PORTAL.name, PORTAL.port + offset);
    }
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    gatewayUrl: localUrl(GATEWAY.port + offset, '/graphql'),
    gatewayOperatorUrl: localUrl(GATEWAY.operatorPort + offset),
    ...(portalBuilt ? { portalUrl } : {}),
    processes,
    stop,
  };
}
