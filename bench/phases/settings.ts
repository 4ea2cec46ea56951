/** How long each phase runs: the full benchmark, or `--quick` (a smoke test: shapes, not times). */
export interface Settings {
  quick: boolean;
  /** Seconds of one-request-at-a-time latency runs. */
  sequentialSeconds: number;
  /** Seconds of each 50-connection run. */
  loadSeconds: number;
  /** Fresh customers sent, one after another, for the cold overview. */
  coldRequests: number;
  /** The outage phase: customers warmed and gone round, steady rate, and its timeline in seconds. */
  outage: {
    customers: number;
    rate: number;
    killAt: number;
    restartAt: number;
    pauseAt: number;
    resumeAt: number;
    endAt: number;
  };
  /** The soak: seconds at `rate`, memory sampled every `sampleSeconds`. */
  soak: { seconds: number; rate: number; sampleSeconds: number };
}

export const FULL: Settings = {
  quick: false,
  sequentialSeconds: 10,
  loadSeconds: 15,
  coldRequests: 60,
  outage: { customers: 50, rate: 40, killAt: 15, restartAt: 35, pauseAt: 55, resumeAt: 65, endAt: 80 },
  soak: { seconds: 300, rate: 40, sampleSeconds: 10 },
};

/**
 * Each phase only long enough to yield its figures (npm test runs this on a shared machine: the
 * load phases keep both cores busy while they last). The outage timeline keeps its baseline second
 * (about ten requests), a second of each state, and two seconds for Redis to restart before it is
 * paused (a restart not done by then would leave nothing to pause).
 */
export const QUICK: Settings = {
  quick: true,
  sequentialSeconds: 0.5,
  loadSeconds: 1,
  coldRequests: 4,
  outage: { customers: 10, rate: 10, killAt: 2, restartAt: 3, pauseAt: 5, resumeAt: 6, endAt: 8 },
  soak: { seconds: 3, rate: 10, sampleSeconds: 1 },
};
