import type http from 'node:http';
import type { Logger } from './logger';
import type { OperatorEndpoint } from './operator';
import { startTracingFromEnvironment, stopTracing } from './tracing';

/** A process-level part of the system (a gateway, subgraph or legacy backend) that tests start in-process. */
export interface Component {
  readonly name: string;
  readonly httpServer: http.Server;
  /** Binds and resolves with the port (pass 0 for a free one). */
  listen(port: number, host: string): Promise<number>;
  /** Metrics and detailed readiness on a port of their own (the gateway and subgraphs); `stop` closes it too. */
  readonly operator?: OperatorEndpoint;
  /** Stops accepting requests, lets in-flight ones finish, releases connections. */
  stop(): Promise<void>;
}

const STOP_DEADLINE_MS = 30_000;

/**
 * What a component's index.ts does: build it from the environment, listen, and stop cleanly on
 * SIGTERM / SIGINT. A component that cannot start (bad config) exits non-zero with the reason.
 */
export async function runComponent(
  build: () => Promise<{ component: Component; port: number; host: string; log: Logger; operatorPort?: number }>,
): Promise<void> {
  let built: Awaited<ReturnType<typeof build>>;
  try {
    built = await build();
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  }
  const { component, port, host, log, operatorPort } = built;
  if (startTracingFromEnvironment(component.name)) log.info('traces exported over OTLP');
  const bound = await component.listen(port, host);
  log.info({ port: bound, host }, `${component.name} listening on http://${host}:${bound}`);
  if (component.operator && operatorPort !== undefined) {
    const operatorBound = await component.operator.listen(operatorPort, host);
    log.info({ port: operatorBound, host }, `${component.name} operator routes on http://${host}:${operatorBound}`);
  }
  let stopping = false;
  const shutdown = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, `${component.name} stopping`);
    // Keeps the process alive while stop() runs (closing the server releases the last handle, and
    // an empty event loop would end the process before pools and the database are closed), and
    // bounds how long stopping may take.
    setTimeout(() => {
      log.error(`${component.name} did not stop within ${STOP_DEADLINE_MS / 1000} s`);
      process.exit(1);
    }, STOP_DEADLINE_MS);
    component
      .stop()
      .then(() => stopTracing())
      .then(
        () => {
          log.flush?.();
          process.exit(0);
        },
        (error: unknown) => {
          log.error({ err: error }, `${component.name} did not stop cleanly`);
          process.exit(1);
        },
      );
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
}
