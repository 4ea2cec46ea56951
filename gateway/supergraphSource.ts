import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { SupergraphManager } from '@apollo/gateway';
import { Counter } from 'prom-client';
import type { Logger } from '../platform/logger';
import type { Metrics } from '../platform/metrics';

/**
 * Schema delivery without a restart (SUPERGRAPH_POLL_SECONDS): the gateway looks at its supergraph
 * file every few seconds and, when its content changed, hands the new composition to
 * @apollo/gateway through the `update` hook of a supergraph manager, the documented way to swap a
 * schema in a running gateway. Requests already past validation finish on the composition they
 * started with; the next ones are planned on the new one, so nothing is dropped or refused.
 *
 * A file that is not a supergraph the gateway can serve (half written, a subgraph's SDL, a
 * subgraph without a configured URL) is refused with one log line and the previous composition
 * stays; the same content is not tried again until the file changes. Subgraphs are not health-
 * checked before a swap: one subgraph being down must not hold a schema rollout back (readiness
 * reports it), and its fields fail alike on either composition.
 *
 * Content, not modification time, decides what changed: a Kubernetes ConfigMap volume swaps a
 * symlink, and a copy can keep the old mtime. Reading and hashing the file (about 130 kB) every
 * few seconds costs nothing that matters.
 */

export interface SupergraphWatch {
  /** The file SUPERGRAPH_PATH names. */
  path: string;
  /** Seconds between two looks at the file (fractions allowed, for tests). */
  pollSeconds: number;
}

export interface SupergraphSourceOptions extends SupergraphWatch {
  /** What the file held at start: the composition the gateway starts with. */
  initialSdl: string;
  log: Logger;
  metrics: Metrics;
  /**
   * Derives what the gateway needs of a supergraph besides @apollo/gateway's schema (its cost model),
   * throwing when it cannot: run before the swap, so such a file is refused rather than served.
   */
  check?: (supergraphSdl: string) => void;
}

/** A short, stable name of a composition for logs: the start of its SHA-256. */
export function supergraphId(supergraphSdl: string): string {
  return createHash('sha256').update(supergraphSdl).digest('hex').slice(0, 12);
}

const UPDATES_METRIC = 'gateway_supergraph_updates_total';

function updatesCounter(metrics: Metrics): Counter<'outcome'> {
  // One per registry; a second gateway on the same registry (a test's) counts on the same one.
  const existing = metrics.registry.getSingleMetric(UPDATES_METRIC);
  if (existing) return existing as Counter<'outcome'>;
  return new Counter({
    name: UPDATES_METRIC,
    help: 'Changed supergraph files the gateway read: applied (now served) or refused (the previous one stays).',
    labelNames: ['outcome'],
    registers: [metrics.registry],
  });
}

/** The longest refusal reason logged: the start of a parse or composition error says enough. */
const MAX_REASON_CHARS = 500;

export function watchedSupergraph(options: SupergraphSourceOptions): SupergraphManager {
  const log = options.log.child({ part: 'supergraph' });
  const updates = updatesCounter(options.metrics);
  const intervalMs = Math.max(1, Math.round(options.pollSeconds * 1000));
  return {
    async initialize({ update }) {
      let served = supergraphId(options.initialSdl);
      /** The last content looked at and found wanting, or unreadable: logged once, not at every poll. */
      let refused: string | undefined;
      let stopped = false;
      let timer: NodeJS.Timeout | undefined;
      let polling: Promise<void> | undefined;

      const refuse = (id: string, reason: string): void => {
        if (refused === id) return;
        refused = id;
        updates.inc({ outcome: 'refused' });
        log.error(
          { supergraph: id, served, file: options.path, reason: reason.slice(0, MAX_REASON_CHARS) },
          'supergraph file refused; the previous composition stays',
        );
      };

      const look = async (): Promise<void> => {
        let sdl: string;
        try {
          sdl = await readFile(options.path, 'utf8');
        } catch (error) {
          // A file being replaced can be missing for a moment; the served composition stays meanwhile.
          const code = (error as NodeJS.ErrnoException).code ?? 'unreadable';
          if (refused !== code) log.warn({ file: options.path, code, served }, 'supergraph file unreadable');
          refused = code;
          return;
        }
        const id = supergraphId(sdl);
        // Stopping: @apollo/gateway refuses updates then, and there is nothing left to serve them to.
        if (stopped) return;
        if (id === served) {
          refused = undefined;
          return;
        }
        if (id === refused) return;
        try {
          if (!sdl.trim()) throw new Error('the file is empty');
          options.check?.(sdl);
          // Throws, leaving the served composition in place, when it cannot build a schema from it.
          update(sdl);
        } catch (error) {
          refuse(id, error instanceof Error ? error.message : String(error));
          return;
        }
        updates.inc({ outcome: 'applied' });
        log.info({ supergraph: id, previous: served, file: options.path }, 'supergraph swapped in');
        served = id;
        refused = undefined;
      };

      const schedule = (): void => {
        timer = setTimeout(() => {
          polling = look()
            .catch((error: unknown) => log.error({ err: error }, 'supergraph poll failed'))
            .finally(() => {
              polling = undefined;
              if (!stopped) schedule();
            });
        }, intervalMs);
        // The watch never keeps the process alive on its own.
        timer.unref();
      };
      schedule();
      log.info(
        { supergraph: served, file: options.path, pollSeconds: options.pollSeconds },
        'watching the supergraph file',
      );

      return {
        supergraphSdl: options.initialSdl,
        async cleanup() {
          stopped = true;
          clearTimeout(timer);
          await polling;
        },
      };
    },
  };
}
