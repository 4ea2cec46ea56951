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
  type IPolicy,
} from 'cockatiel';
import type { Logger } from '../logger';
import type { Metrics } from '../metrics';
import { BackendError } from './BackendError';

export interface BackendPolicy {
  /** Per attempt; the caller's whole wait is bounded by timeoutMs × (1 + retries) plus backoff. */
  timeoutMs: number;
  /** Extra attempts for idempotent reads that failed in a way a retry can fix. */
  retries: number;
  /** Consecutive failures that open the circuit. */
  breakerThreshold: number;
  /** How long an open circuit waits before letting one call test the backend again. */
  breakerHalfOpenAfterMs: number;
  /** Calls in flight at once from this process; more wait in a queue of the same size. */
  maxConcurrent: number;
}

export const DEFAULT_BACKEND_POLICY: BackendPolicy = {
  timeoutMs: 2_000,
  retries: 1,
  breakerThreshold: 5,
  breakerHalfOpenAfterMs: 10_000,
  maxConcurrent: 32,
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
  private readonly idempotentPolicy: IPolicy;
  private readonly writePolicy: IPolicy;

  constructor(private readonly options: BackendClientOptions) {
    this.name = options.name;
    this.policy = { ...DEFAULT_BACKEND_POLICY, ...options.policy };
    this.pool = new Pool(options.baseUrl, { connections: this.policy.maxConcurrent, keepAliveTimeout: 10_000, pipelining: 1 });
    const transient = handleWhen((error) => error instanceof BackendError && error.retryable && error.failure !== 'circuit-open');
    const breaker = circuitBreaker(transient, {
      halfOpenAfter: this.policy.breakerHalfOpenAfterMs,
      breaker: new ConsecutiveBreaker(this.policy.breakerThreshold),
    });
    const limiter = bulkhead(this.policy.maxConcurrent, this.policy.maxConcurrent * 4);
    const perAttempt = timeout(this.policy.timeoutMs, TimeoutStrategy.Aggressive);
    const retries = retry(transient, {
      maxAttempts: this.policy.retries,
      backoff: new ExponentialBackoff({ initialDelay: 50, maxDelay: 500 }),
    });
    this.idempotentPolicy = wrap(limiter, retries, breaker, perAttempt);
    this.writePolicy = wrap(limiter, breaker, perAttempt);
  }

  async call(request: BackendRequest): Promise<BackendResponse> {
    const policy = request.idempotent ? this.idempotentPolicy : this.writePolicy;
    try {
      return await policy.execute(({ signal }) => this.attempt(request, signal));
    } catch (error) {
      throw this.asBackendError(request.endpoint, error);
    }
  }

  async close(): Promise<void> {
    await this.pool.close();
  }

  private async attempt(request: BackendRequest, signal: AbortSignal): Promise<BackendResponse> {
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
        headers: { ...request.headers, ...(request.requestId ? { 'x-request-id': request.requestId } : {}) },
        signal,
      });
      const body = Buffer.from(await response.body.arrayBuffer());
      const contentType = String(response.headers['content-type'] ?? '');
      if (response.statusCode === 503) {
        outcome = 'maintenance';
        throw new BackendError(this.name, request.endpoint, 'maintenance', `${this.name} is unavailable (maintenance).`, 503);
      }
      if (response.statusCode >= 500) {
        outcome = 'server-error';
        throw new BackendError(this.name, request.endpoint, 'unavailable', `${this.name} answered ${response.statusCode}.`, response.statusCode);
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

  private asBackendError(endpoint: string, error: unknown): BackendError {
    if (error instanceof BackendError) return error;
    if (error instanceof BrokenCircuitError) {
      return new BackendError(this.name, endpoint, 'circuit-open', `${this.name} is failing; calls are paused for a moment.`);
    }
    if (error instanceof BulkheadRejectedError) {
      return new BackendError(this.name, endpoint, 'overloaded', `Too many calls to ${this.name} are waiting.`);
    }
    if (error instanceof TaskCancelledError || (error instanceof Error && error.name === 'AbortError') || error instanceof undiciErrors.RequestAbortedError) {
      return new BackendError(this.name, endpoint, 'timeout', `${this.name} did not answer within ${this.policy.timeoutMs} ms.`);
    }
    if (error instanceof undiciErrors.UndiciError || (error instanceof Error && 'code' in error)) {
      return new BackendError(this.name, endpoint, 'unavailable', `${this.name} cannot be reached.`);
    }
    this.options.log.error({ err: error, backend: this.name, endpoint }, 'unexpected error calling backend');
    return new BackendError(this.name, endpoint, 'unavailable', `${this.name} call failed.`);
  }
}
