import {
  BrokenCircuitError,
  CircuitState,
  ConsecutiveBreaker,
  circuitBreaker,
  handleAll,
  type CircuitBreakerPolicy,
} from 'cockatiel';

export type CacheFailure = 'circuit-open' | 'disconnected' | 'timeout' | 'error';

/** Why a cache operation did not happen; the loader then reads from the backend. */
export class CacheUnavailableError extends Error {
  override readonly name = 'CacheUnavailableError';

  constructor(
    readonly reason: CacheFailure,
    message: string,
  ) {
    super(message);
  }
}

/** The circuit's own bound ran out before Redis answered. */
class RedisTimeout extends Error {}

export interface RedisCircuitSettings {
  /** Bound on each store operation, whatever the client does (ioredis's own timeouts have gaps). */
  timeoutMs: number;
  /** Consecutive failed operations that open the circuit. */
  threshold: number;
  /** How long the circuit stays open before one operation probes Redis again. */
  halfOpenAfterMs: number;
}

export const DEFAULT_REDIS_CIRCUIT: Omit<RedisCircuitSettings, 'timeoutMs'> = { threshold: 5, halfOpenAfterMs: 1_000 };

/**
 * The real bound on what Redis can cost a request. Every operation gets a hard timeout; after
 * `threshold` consecutive failures the circuit opens and operations fail at once (the loader goes
 * straight to the backends). While it is open, a background probe (`ping`) tests Redis every
 * `halfOpenAfterMs` and closes the circuit when Redis answers, so no request ever pays for a
 * probe of a Redis that is still silent. The client reconnects in the background meanwhile.
 */
export class RedisCircuit {
  private readonly breaker: CircuitBreakerPolicy;
  private prober: NodeJS.Timeout | undefined;

  constructor(
    private readonly settings: RedisCircuitSettings,
    private readonly ping: () => Promise<unknown>,
    onStateChange: (open: boolean) => void = () => undefined,
  ) {
    this.breaker = circuitBreaker(handleAll, {
      halfOpenAfter: settings.halfOpenAfterMs,
      breaker: new ConsecutiveBreaker(settings.threshold),
    });
    let open = false;
    this.breaker.onStateChange((state) => {
      // Half-open counts as open: only a successful probe closes the circuit.
      if (open === (state !== CircuitState.Closed)) return;
      open = !open;
      if (open) this.startProbing();
      else this.stopProbing();
      onStateChange(open);
    });
  }

  get open(): boolean {
    return this.breaker.state !== CircuitState.Closed;
  }

  async run<T>(operation: string, work: () => Promise<T>): Promise<T> {
    if (this.open)
      throw new CacheUnavailableError('circuit-open', `Redis ${operation} skipped: the cache circuit is open.`);
    try {
      return await this.breaker.execute(() => this.bounded(work()));
    } catch (error) {
      throw this.describe(operation, error);
    }
  }

  /** Stops the background probe (the store is closing). */
  close(): void {
    this.stopProbing();
  }

  private startProbing(): void {
    this.stopProbing();
    this.prober = setInterval(() => {
      this.breaker.execute(() => this.bounded(this.ping())).catch(() => undefined);
    }, this.settings.halfOpenAfterMs);
    this.prober.unref();
  }

  private stopProbing(): void {
    if (this.prober) clearInterval(this.prober);
    this.prober = undefined;
  }

  /**
   * A plain timer rather than cockatiel's timeout policy: that one makes an AbortController per
   * operation and aborts it when the operation ends, building a DOMException each time (11 % of a
   * subgraph's CPU under warm load, profiled); the operation itself is not cancellable anyway.
   */
  private bounded<T>(operation: Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => reject(new RedisTimeout()), this.settings.timeoutMs);
      operation.then(
        (value) => {
          clearTimeout(timer);
          resolve(value);
        },
        (error: unknown) => {
          clearTimeout(timer);
          reject(error instanceof Error ? error : new Error(String(error)));
        },
      );
    });
  }

  private describe(operation: string, error: unknown): CacheUnavailableError {
    if (error instanceof BrokenCircuitError)
      return new CacheUnavailableError('circuit-open', `Redis ${operation} skipped: the cache circuit is open.`);
    // ioredis's own command timeout usually fires first; both are the same failure.
    if (error instanceof RedisTimeout || (error instanceof Error && /timed out/i.test(error.message))) {
      return new CacheUnavailableError('timeout', `Redis ${operation} took longer than ${this.settings.timeoutMs} ms.`);
    }
    return new CacheUnavailableError(
      'error',
      `Redis ${operation} failed: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}
