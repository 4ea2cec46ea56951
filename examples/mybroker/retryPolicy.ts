/**
 * What to retry and how long to wait: pure functions of one request's outcome, so the policy can
 * be read (and tested) apart from any HTTP. The graph client, the token client and the download
 * all ask `decide` after every attempt.
 *
 * The rules follow the graph's error codes (docs/errors.md):
 * - a mutation is never sent twice: it may have run even when its answer was lost;
 * - 429 / RATE_LIMITED waits what the server says (`Retry-After`, or `extensions.retryAfterSeconds`);
 * - a network failure, 503 or 504, and GraphQL errors the graph marks `retryable: true`
 *   (SUBGRAPH_UNAVAILABLE, BACKEND_UNAVAILABLE, …) are retried with a bounded, jittered backoff;
 * - everything else (FORBIDDEN, BAD_USER_INPUT, COST_ESTIMATED_TOO_EXPENSIVE, invalid_client, …)
 *   is final: asking again unchanged gives the same answer.
 */

/** What was sent: queries, token requests and downloads are safe to repeat; mutations are not. */
export type RequestKind = 'query' | 'mutation' | 'token' | 'download';

/** The parts of a GraphQL error (`errors[].extensions`) the policy reads. */
export interface ErrorSignal {
  code?: string | undefined;
  retryable?: boolean | undefined;
  retryAfterSeconds?: number | undefined;
}

export type Outcome =
  /** No HTTP answer at all: connection refused or reset, DNS, a timeout. */
  | { kind: 'network-error' }
  | {
      kind: 'response';
      status: number;
      /** The raw `Retry-After` header, if any. */
      retryAfter: string | null;
      /** The GraphQL errors of the answer (none for the token endpoint and downloads). */
      errors: readonly ErrorSignal[];
    };

export interface RetrySettings {
  /** Attempts in all, the first one included. */
  maxAttempts: number;
  /** The first backoff; it doubles with every further attempt. */
  baseDelayMs: number;
  /** No backoff is longer than this. */
  maxDelayMs: number;
  /** A server asking for a longer pause than this is not waited on: the caller reports it instead. */
  maxRetryAfterSeconds: number;
}

export const DEFAULT_RETRY_SETTINGS: RetrySettings = {
  maxAttempts: 4,
  baseDelayMs: 500,
  maxDelayMs: 8_000,
  maxRetryAfterSeconds: 120,
};

export type Decision = { retry: false; reason: string } | { retry: true; waitMs: number; reason: string };

/**
 * Codes that mean "a part of the system is down for now": retried even if an older server did not
 * mark them `retryable`. BACKEND_ERROR (an unusable backend answer) is deliberately not here.
 */
const TRANSIENT_CODES: ReadonlySet<string> = new Set([
  'SUBGRAPH_UNAVAILABLE',
  'BACKEND_UNAVAILABLE',
  'AUDIT_UNAVAILABLE',
]);

/** HTTP statuses that mean "temporarily unavailable" (the token endpoint's and downloads' 503s, a proxy's 504). */
const TRANSIENT_STATUSES: ReadonlySet<number> = new Set([503, 504]);

/**
 * `Retry-After` in seconds: delta-seconds or an HTTP date (RFC 9110 §10.2.3). Undefined when absent
 * or unreadable, so the caller falls back to the error's `retryAfterSeconds` or a backoff.
 */
export function parseRetryAfter(header: string | null, now: number): number | undefined {
  if (header === null) return undefined;
  const text = header.trim();
  if (/^\d+$/.test(text)) return Number(text);
  // An HTTP date names its day and month ("Mon, 02 Nov 2026 10:00:00 GMT"); Date.parse alone would take "-5" for a year.
  if (!/[a-z]/i.test(text)) return undefined;
  const date = Date.parse(text);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, Math.ceil((date - now) / 1000));
}

/**
 * The pause after `attempt` failed attempts: base · 2^(attempt−1), capped, with "equal jitter"
 * (half fixed, half random) so many clients that failed together do not all come back together.
 */
export function backoffMs(attempt: number, settings: RetrySettings, random: () => number): number {
  const ceiling = Math.min(settings.maxDelayMs, settings.baseDelayMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

function isRetryableError(error: ErrorSignal): boolean {
  return error.retryable === true || (error.code !== undefined && TRANSIENT_CODES.has(error.code));
}

/**
 * Whether to send the request again after its `attempt`-th attempt (1 for the first) ended in
 * `outcome`, and after how long.
 */
export function decide(
  kind: RequestKind,
  outcome: Outcome,
  attempt: number,
  {
    settings = DEFAULT_RETRY_SETTINGS,
    random = Math.random,
    now = Date.now(),
  }: { settings?: RetrySettings; random?: () => number; now?: number } = {},
): Decision {
  const rateLimited =
    outcome.kind === 'response' &&
    (outcome.status === 429 || outcome.errors.some((error) => error.code === 'RATE_LIMITED'));
  const succeeded = outcome.kind === 'response' && outcome.status < 400 && outcome.errors.length === 0;
  if (succeeded) return { retry: false, reason: 'succeeded' };
  // A mutation may have run although its answer was lost or refused late: the caller decides.
  if (kind === 'mutation') return { retry: false, reason: 'mutations are never retried' };
  if (attempt >= settings.maxAttempts) return { retry: false, reason: `gave up after ${attempt} attempts` };

  if (outcome.kind === 'network-error')
    return { retry: true, waitMs: backoffMs(attempt, settings, random), reason: 'no answer (network)' };

  if (rateLimited) {
    const fromErrors = outcome.errors
      .map((error) => error.retryAfterSeconds)
      .filter((seconds): seconds is number => typeof seconds === 'number' && seconds >= 0);
    const seconds =
      parseRetryAfter(outcome.retryAfter, now) ?? (fromErrors.length ? Math.max(...fromErrors) : undefined);
    if (seconds === undefined)
      return { retry: true, waitMs: backoffMs(attempt, settings, random), reason: 'rate limited (no Retry-After)' };
    if (seconds > settings.maxRetryAfterSeconds)
      return { retry: false, reason: `rate limited for ${seconds} s, longer than ${settings.maxRetryAfterSeconds} s` };
    return { retry: true, waitMs: seconds * 1000, reason: `rate limited: Retry-After ${seconds} s` };
  }

  if (TRANSIENT_STATUSES.has(outcome.status)) {
    const seconds = parseRetryAfter(outcome.retryAfter, now);
    if (seconds !== undefined && seconds > settings.maxRetryAfterSeconds)
      return { retry: false, reason: `unavailable for ${seconds} s, longer than ${settings.maxRetryAfterSeconds} s` };
    return {
      retry: true,
      waitMs: seconds !== undefined ? seconds * 1000 : backoffMs(attempt, settings, random),
      reason: `HTTP ${outcome.status}`,
    };
  }

  // A GraphQL answer with errors: retry only when every error is one that may pass. One FORBIDDEN
  // or BAD_USER_INPUT among them would come back unchanged, so the answer is taken as it is.
  if (outcome.status === 200 && outcome.errors.length > 0 && outcome.errors.every(isRetryableError)) {
    const codes = [...new Set(outcome.errors.map((error) => error.code ?? 'retryable'))].join(', ');
    return { retry: true, waitMs: backoffMs(attempt, settings, random), reason: codes };
  }

  return {
    retry: false,
    reason: outcome.status >= 400 ? `HTTP ${outcome.status}` : 'errors that retrying will not fix',
  };
}
