import type http from 'node:http';
import { z } from 'zod';
import { env, loadConfig } from './config';
import type { DrainOptions } from './http';
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
  /**
   * Readiness turns 503 `draining`, then the component stops accepting requests, lets in-flight
   * ones finish (within `drain.graceMs`) and releases its connections, pools and clients.
   * Without options: no drain delay, the default grace (tests, and components no load balancer
   * sends to).
   */
  stop(drain?: DrainOptions): Promise<void>;
}

/**
 * How a component stops on SIGTERM (read by every component that runs through runComponent).
 * The default drain delay is for one machine; behind a load balancer it is the time the balancer
 * takes to stop sending (docs/operations.md "Shutdown"). The default grace, with what closing
 * the pools takes, stays inside Kubernetes' default 30 s terminationGracePeriodSeconds.
 */
export const shutdownConfigSchema = z.object({
  SHUTDOWN_DRAIN_SECONDS: env.nonNegativeInt(0),
  SHUTDOWN_GRACE_SECONDS: env.positiveInt(15),
});

/** What closing Redis clients, pools and databases may take after the drain, before the process gives up. */
const CLOSE_DEADLINE_MS = 5_000;

/**
 * What a component's index.ts does: build it from the environment, listen, and stop cleanly on
 * SIGTERM / SIGINT. A component that cannot start (bad config) exits non-zero with the reason.
 */
export async function runComponent(
  build: () => Promise<{ component: Component; port: number; host: string; log: Logger; operatorPort?: number }>,
): Promise<void> {
  let built: Awaited<ReturnType<typeof build>>;
  let drain: Required<DrainOptions>;
  try {
    const shutdown = loadConfig(shutdownConfigSchema);
    drain = { drainDelayMs: shutdown.SHUTDOWN_DRAIN_SECONDS * 1_000, graceMs: shutdown.SHUTDOWN_GRACE_SECONDS * 1_000 };
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
    log.info({ signal, ...drain }, `${component.name} stopping`);
    // Keeps the process alive while stop() runs (closing the server releases the last handle, and
    // an empty event loop would end the process before pools and the database are closed), and
    // bounds how long stopping may take.
    const deadlineMs = drain.drainDelayMs + drain.graceMs + CLOSE_DEADLINE_MS;
    setTimeout(() => {
      log.error(`${component.name} did not stop within ${deadlineMs / 1000} s`);
      process.exit(1);
    }, deadlineMs);
    component
      .stop(drain)
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
