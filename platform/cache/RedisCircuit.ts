import {
  BrokenCircuitError,
  CircuitState,
  ConsecutiveBreaker,
  TaskCancelledError,
  circuitBreaker,
  handleAll,
  timeout,
  TimeoutStrategy,
  wrap,
  type CircuitBreakerPolicy,
  type IPolicy,
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
 * straight to the backends) until, `halfOpenAfterMs` later, one operation tests Redis again and
 * closes the circuit when it succeeds. The client reconnects in the background meanwhile.
 */
export class RedisCircuit {
  private readonly breaker: CircuitBreakerPolicy;
  private readonly policy: IPolicy;

  constructor(
    private readonly settings: RedisCircuitSettings,
    onStateChange: (open: boolean) => void = () => undefined,
  ) {
    this.breaker = circuitBreaker(handleAll, { halfOpenAfter: settings.halfOpenAfterMs, breaker: new ConsecutiveBreaker(settings.threshold) });
    let open = false;
    this.breaker.onStateChange((state) => {
      // Half-open counts as open: only a successful probe closes the circuit.
      if (open === (state !== CircuitState.Closed)) return;
      open = !open;
      onStateChange(open);
    });
    this.policy = wrap(this.breaker, timeout(settings.timeoutMs, TimeoutStrategy.Aggressive));
  }

  get open(): boolean {
    return this.breaker.state !== CircuitState.Closed;
  }

  async run<T>(operation: string, work: () => Promise<T>): Promise<T> {
    try {
      return await this.policy.execute(() => work());
    } catch (error) {
      if (error instanceof BrokenCircuitError) throw new CacheUnavailableError('circuit-open', `Redis ${operation} skipped: the cache circuit is open.`);
      // ioredis's own command timeout usually fires first; both are the same failure.
      if (error instanceof TaskCancelledError || (error instanceof Error && /timed out/i.test(error.message))) {
        throw new CacheUnavailableError('timeout', `Redis ${operation} took longer than ${this.settings.timeoutMs} ms.`);
      }
      throw new CacheUnavailableError('error', `Redis ${operation} failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}
