import type { Fault } from './behaviour';

export interface CounterSnapshot {
  /** Calls received per endpoint since the last reset, faulty ones included. */
  calls: Record<string, number>;
  total: number;
  /** Calls answered with an injected fault, per kind, since the last reset. */
  faults: Record<Fault, number>;
  inFlight: number;
  /** Most calls in flight at once since the last reset. */
  peakInFlight: number;
  /**
   * The request ids (x-request-id) calls arrived with since the last reset, each once, in order of
   * first arrival, so a test can see that a request id crossed every system; the latest thousand.
   */
  requestIds: string[];
}

const KEPT_REQUEST_IDS = 1_000;

const NO_FAULTS = (): Record<Fault, number> => ({ maintenance: 0, error: 0, hang: 0, malformed: 0 });

/** Calls received per endpoint, and the peak number in flight at once, so tests can prove batching and concurrency bounds. */
export class CallCounters {
  private calls = new Map<string, number>();
  private faults = NO_FAULTS();
  private inFlight = 0;
  private peak = 0;
  private requestIds = new Set<string>();

  begin(endpoint: string, requestId?: string): () => void {
    this.calls.set(endpoint, (this.calls.get(endpoint) ?? 0) + 1);
    if (requestId !== undefined && !this.requestIds.has(requestId)) {
      this.requestIds.add(requestId);
      if (this.requestIds.size > KEPT_REQUEST_IDS)
        this.requestIds.delete(this.requestIds.values().next().value as string);
    }
    this.inFlight++;
    this.peak = Math.max(this.peak, this.inFlight);
    let ended = false;
    return () => {
      if (ended) return;
      ended = true;
      this.inFlight--;
    };
  }

  fault(kind: Fault): void {
    this.faults[kind]++;
  }

  snapshot(): CounterSnapshot {
    const calls = Object.fromEntries([...this.calls.entries()].sort(([a], [b]) => a.localeCompare(b)));
    const total = [...this.calls.values()].reduce((sum, n) => sum + n, 0);
    return {
      calls,
      total,
      faults: { ...this.faults },
      inFlight: this.inFlight,
      peakInFlight: this.peak,
      requestIds: [...this.requestIds],
    };
  }

  /** Calls still in flight stay counted as in flight (they end later), and set the new peak. */
  reset(): void {
    this.calls = new Map();
    this.faults = NO_FAULTS();
    this.peak = this.inFlight;
    this.requestIds = new Set();
  }
}
