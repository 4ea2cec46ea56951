import { performance } from 'node:perf_hooks';
import { Agent, request } from 'undici';
import type { WebhookOutcome } from '../../store/WebhookStore';

/** What came of one POST: the outcome, the status when an answer came, and how long it took. */
export interface PostResult {
  outcome: WebhookOutcome;
  httpStatus: number | null;
  durationMs: number;
}

export interface WebhookPoster {
  post(url: string, headers: Record<string, string>, body: string, signal: AbortSignal): Promise<PostResult>;
  close(): Promise<void>;
}

/** Of an answer's body only this much is read (and thrown away): a receiver has nothing to tell but its status. */
const MAX_ANSWER_BYTES = 64 * 1024;

const TIMEOUT_CODES = new Set(['UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT']);

function failureKind(error: unknown, timedOut: boolean): WebhookOutcome {
  if (timedOut) return 'timeout';
  const { name, code } = (error ?? {}) as { name?: unknown; code?: unknown };
  if (name === 'TimeoutError' || (typeof code === 'string' && TIMEOUT_CODES.has(code))) return 'timeout';
  return 'connection-error';
}

/**
 * POSTs deliveries with undici on a keep-alive agent of its own. Every attempt is bounded by
 * `timeoutMs` as a whole (connecting, the answer's headers and its body), redirects are not
 * followed (a 3xx is a failure), and nothing of the answer but its status is kept.
 */
export function undiciPoster(timeoutMs: number): WebhookPoster {
  const agent = new Agent({
    connect: { timeout: timeoutMs },
    headersTimeout: timeoutMs,
    bodyTimeout: timeoutMs,
    keepAliveTimeout: 10_000,
  });
  return {
    async post(url, headers, body, signal) {
      const started = performance.now();
      const timeout = AbortSignal.timeout(timeoutMs);
      try {
        const answer = await request(url, {
          method: 'POST',
          headers,
          body,
          dispatcher: agent,
          signal: AbortSignal.any([signal, timeout]),
        });
        await answer.body.dump({ limit: MAX_ANSWER_BYTES }).catch(() => undefined);
        const ok = answer.statusCode >= 200 && answer.statusCode < 300;
        return {
          outcome: ok ? 'delivered' : 'http-error',
          httpStatus: answer.statusCode,
          durationMs: performance.now() - started,
        };
      } catch (error) {
        return {
          outcome: failureKind(error, timeout.aborted),
          httpStatus: null,
          durationMs: performance.now() - started,
        };
      }
    },
    close: () => agent.close(),
  };
}
