import { Pool, errors as undiciErrors } from 'undici';
import {
  BrokenCircuitError,
  BulkheadRejectedError,
  ConsecutiveBreaker,
  ExponentialBackoff,
  TaskCancelledError,
  bulkhead,
  circuitBreaker,
  handleWhen,
  retry,
  timeout,
  TimeoutStrategy,
  wrap,
  type CircuitBreakerPolicy,
  type IPolicy,
  CircuitState,
} from 'cockatiel';
import type { Logger } from '../logger';
import type { Metrics } from '../metrics';
import { inSpan, SpanKind, withTraceHeaders } from '../tracing';
import { BackendError } from './BackendError';
import { DEFAULT_RETRY_BUDGET, RetryBudget, type RetryBudgetSettings } from './RetryBudget';

export interface BackendPolicy {
  /** Per attempt; the caller's whole wait is bounded by timeoutMs × (1 + retries) plus backoff. */
  timeoutMs: number;
  /** Extra attempts for idempotent reads that failed in a way a retry can fix. */
  retries: number;
  /** Consecutive failures that open the circuit. */
  breakerThreshold: number;
  /** How long an open circuit waits before letting one call test the backend again. */
  breakerHalfOpenAfterMs: number;
  /** Calls in flight at once from this process; up to four times as many wait in a queue. */
  maxConcurrent: number;
  /** Retries allowed as a share of recent calls, so retries cannot pile onto a failing backend. */
  retryBudget: RetryBudgetSettings;
}

export const DEFAULT_BACKEND_POLICY: BackendPolicy = {
  timeoutMs: 2_000,
  retries: 1,
  breakerThreshold: 5,
  breakerHalfOpenAfterMs: 10_000,
  maxConcurrent: 32,
  retryBudget: DEFAULT_RETRY_BUDGET,
};

export interface BackendRequest {
  /** A stable name for counters and metrics (not the path, which carries ids). */
  endpoint: string;
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  path: string;
  body?: string;
  headers?: Record<string, string>;
  /** Reads may be retried; writes are retried only when they carry an idempotency key. */
  idempotent: boolean;
  /** Shown in the backend's logs so one request can be followed across systems. */
  requestId?: string;
}

export interface BackendResponse {
  status: number;
  contentType: string;
  body: Buffer;
}

export interface BackendClientOptions {
  name: string;
  baseUrl: string;
  policy?: Partial<BackendPolicy>;
  metrics?: Metrics;
  log: Logger;
}

/**
 * HTTP to one legacy backend, with the call policies every backend gets: a timeout per attempt,
 * retries with backoff for idempotent calls, a circuit breaker, and bounded concurrency.
 * Knows nothing of any format: the backend's own client parses and validates the body.
 */
export class BackendClient {
  readonly name: string;
  private readonly pool: Pool;
  private readonly policy: BackendPolicy;
  private readonly limiter: IPolicy;
  private readonly breaker: CircuitBreakerPolicy;
  private readonly perAttempt: IPolicy;
  private readonly writePolicy: IPolicy;
  private readonly budget: RetryBudget;

  constructor(private readonly options: BackendClientOptions) {
    this.name = options.name;
    this.policy = { ...DEFAULT_BACKEND_POLICY, ...options.policy };
    this.pool = new Pool(options.baseUrl, {
      connections: this.policy.maxConcurrent,
      keepAliveTimeout: 10_000,
      pipelining: 1,
    });
    this.budget = new RetryBudget(this.policy.retryBudget);
    this.breaker = circuitBreaker(
      handleWhen((error) => isTransient(error)),
      {
        halfOpenAfter: this.policy.breakerHalfOpenAfterMs,
        breaker: new ConsecutiveBreaker(this.policy.breakerThreshold),
      },
    );
    this.watchBreaker();
    this.limiter = bulkhead(this.policy.maxConcurrent, this.policy.maxConcurrent * 4);
    this.perAttempt = timeout(this.policy.timeoutMs, TimeoutStrategy.Aggressive);
    this.writePolicy = wrap(this.limiter, this.breaker, this.perAttempt);
  }

  async call(request: BackendRequest): Promise<BackendResponse> {
    const policy = request.idempotent
      ? wrap(this.limiter, this.retryPolicy(), this.breaker, this.perAttempt)
      : this.writePolicy;
    if (request.idempotent) this.budget.recordCall();
    try {
      // A signal of the call's own: without one, cockatiel derives every call's signals from one
      // shared never-aborted signal, which then collects a listener per call in flight.
      return await policy.execute(({ signal }) => this.attempt(request, signal), new AbortController().signal);
    } catch (error) {
      throw this.asBackendError(request.endpoint, error);
    }
  }

  async close(): Promise<void> {
    await this.pool.close();
  }

  /**
   * One per call, because whether to retry depends on this call's attempts: a transient failure
   * is retried with jittered exponential backoff while attempts and the shared budget allow.
   */
  private retryPolicy(): IPolicy {
    let failures = 0;
    const backend = this.name;
    const metrics = this.options.metrics;
    const policy = retry(
      handleWhen((error) => {
        failures++;
        if (!isTransient(error) || failures > this.policy.retries) return false;
        if (this.budget.canRetry()) return true;
        metrics?.backendRetries.inc({ backend, decision: 'refused' });
        return false;
      }),
      { maxAttempts: this.policy.retries, backoff: new ExponentialBackoff({ initialDelay: 50, maxDelay: 500 }) },
    );
    policy.onRetry(() => {
      this.budget.recordRetry();
      metrics?.backendRetries.inc({ backend, decision: 'made' });
    });
    return policy;
  }

  private watchBreaker(): void {
    const { metrics, log } = this.options;
    metrics?.backendCircuitOpen.set({ backend: this.name }, 0);
    this.breaker.onBreak(() => {
      metrics?.backendCircuitOpen.set({ backend: this.name }, 1);
      log.warn({ backend: this.name }, `${this.name} circuit open: calls paused after repeated failures`);
    });
    this.breaker.onReset(() => {
      metrics?.backendCircuitOpen.set({ backend: this.name }, 0);
      log.info({ backend: this.name }, `${this.name} circuit closed: calls resumed`);
    });
  }

  /** One attempt is one span: a retry shows as a second call with its own outcome. */
  private attempt(request: BackendRequest, signal: AbortSignal): Promise<BackendResponse> {
    return inSpan(
      `${this.name} ${request.endpoint}`,
      { kind: SpanKind.CLIENT, attributes: { 'legacy.backend': this.name, 'legacy.operation': request.endpoint } },
      async (span) => {
        try {
          const response = await this.send(request, signal);
          span.setAttribute('legacy.outcome', 'ok');
          span.setAttribute('http.response.status_code', response.status);
          return response;
        } catch (error) {
          span.setAttribute('legacy.outcome', error instanceof BackendError ? error.failure : 'error');
          throw error;
        }
      },
    );
  }

  private async send(request: BackendRequest, signal: AbortSignal): Promise<BackendResponse> {
    const { metrics } = this.options;
    const labels = { backend: this.name, endpoint: request.endpoint };
    const stopTimer = metrics?.backendLatency.startTimer(labels);
    metrics?.backendInFlight.inc({ backend: this.name });
    let outcome = 'ok';
    try {
      const response = await this.pool.request({
        method: request.method,
        path: request.path,
        body: request.body,
        headers: withTraceHeaders({
          ...request.headers,
          ...(request.requestId ? { 'x-request-id': request.requestId } : {}),
        }),
        signal,
      });
      const body = Buffer.from(await response.body.arrayBuffer());
      const contentType = String(response.headers['content-type'] ?? '');
      if (response.statusCode === 503) {
        outcome = 'maintenance';
        throw new BackendError(
          this.name,
          request.endpoint,
          'maintenance',
          `${this.name} is unavailable (maintenance).`,
          503,
        );
      }
      if (response.statusCode >= 500) {
        outcome = 'server-error';
        throw new BackendError(
          this.name,
          request.endpoint,
          'unavailable',
          `${this.name} answered ${response.statusCode}.`,
          response.statusCode,
        );
      }
      if (response.statusCode === 429) {
        outcome = 'overloaded';
        throw new BackendError(this.name, request.endpoint, 'overloaded', `${this.name} is overloaded.`, 429);
      }
      return { status: response.statusCode, contentType, body };
    } catch (error) {
      if (outcome === 'ok') outcome = signal.aborted ? 'timeout' : 'error';
      throw this.asBackendError(request.endpoint, error);
    } finally {
      metrics?.backendInFlight.dec({ backend: this.name });
      metrics?.backendCalls.inc({ ...labels, outcome });
      stopTimer?.();
    }
  }

  /** Whether the circuit currently lets calls through (closed) or not. */
  get circuitState(): 'closed' | 'open' | 'half-open' {
    if (this.breaker.state === CircuitState.Closed) return 'closed';
    return this.breaker.state === CircuitState.HalfOpen ? 'half-open' : 'open';
  }

  private asBackendError(endpoint: string, error: unknown): BackendError {
    if (error instanceof BackendError) return error;
    if (error instanceof BrokenCircuitError) {
      return new BackendError(
        this.name,
        endpoint,
        'circuit-open',
        `${this.name} is failing; calls are paused for a moment.`,
      );
    }
    if (error instanceof BulkheadRejectedError) {
      return new BackendError(this.name, endpoint, 'overloaded', `Too many calls to ${this.name} are waiting.`);
    }
    if (
      error instanceof TaskCancelledError ||
      (error instanceof Error && error.name === 'AbortError') ||
      error instanceof undiciErrors.RequestAbortedError
    ) {
      return new BackendError(
        this.name,
        endpoint,
        'timeout',
        `${this.name} did not answer within ${this.policy.timeoutMs} ms.`,
      );
    }
    if (error instanceof undiciErrors.UndiciError || (error instanceof Error && 'code' in error)) {
      return new BackendError(this.name, endpoint, 'unavailable', `${this.name} cannot be reached.`);
    }
    this.options.log.error({ err: error, backend: this.name, endpoint }, 'unexpected error calling backend');
    return new BackendError(this.name, endpoint, 'unavailable', `${this.name} call failed.`);
  }
}

/**
 * Failures that asking again later may fix, including an attempt the timeout cut short (the
 * timeout policy rejects before the attempt's own error arrives); an open circuit is not retried
 * (it is the pause).
 */
function isTransient(error: unknown): boolean {
  if (error instanceof TaskCancelledError) return true;
  return error instanceof BackendError && error.retryable && error.failure !== 'circuit-open';
}
