/** Calls received per endpoint, and the peak number in flight at once, so tests can prove batching and concurrency bounds. */
export class CallCounters {
  private calls = new Map<string, number>();
  private inFlight = 0;
  private peak = 0;

  begin(endpoint: string): () => void {
    this.calls.set(endpoint, (this.calls.get(endpoint) ?? 0) + 1);
    this.inFlight++;
    this.peak = Math.max(this.peak, this.inFlight);
    let ended = false;
    return () => {
      if (ended) return;
      ended = true;
      this.inFlight--;
    };
  }

  snapshot(): { calls: Record<string, number>; total: number; inFlight: number; peakInFlight: number } {
    const calls = Object.fromEntries([...this.calls.entries()].sort(([a], [b]) => a.localeCompare(b)));
    const total = [...this.calls.values()].reduce((sum, n) => sum + n, 0);
    return { calls, total, inFlight: this.inFlight, peakInFlight: this.peak };
  }

  reset(): void {
    this.calls = new Map();
    this.peak = this.inFlight;
  }
}
