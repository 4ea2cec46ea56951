/** How deliveries to an endpoint that fails are spread out. */
export interface RetrySchedule {
  /** The first retry's ceiling; each failure after it doubles the ceiling. */
  baseMs: number;
  /** No wait is longer than this. */
  capMs: number;
}

/** 1 s doubling, at most 1 h between attempts. */
export const DEFAULT_RETRY_SCHEDULE: RetrySchedule = { baseMs: 1000, capMs: 3600_000 };

/** The longest wait after the `failures`-th consecutive failure (1, 2, …): base · 2^(failures − 1), capped. */
export function retryCeilingMs(failures: number, schedule: RetrySchedule): number {
  if (failures < 1) return 0;
  // Past 2^40 the cap has long been reached; this keeps the power finite.
  const doubled = schedule.baseMs * 2 ** Math.min(failures - 1, 40);
  return Math.min(schedule.capMs, doubled);
}

/**
 * How long to wait before the next attempt after the `failures`-th consecutive failure: "full
 * jitter", a uniformly random wait between 0 and the ceiling, so endpoints that failed together
 * are not all retried at the same moment. `random` is in [0, 1) (Math.random by default).
 */
export function retryDelayMs(failures: number, schedule: RetrySchedule, random: () => number = Math.random): number {
  return Math.floor(random() * retryCeilingMs(failures, schedule));
}
