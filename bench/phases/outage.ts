import type { RedisServer } from '../../test-support/redisServers';
import { percentile, round, steadyRate, type Timed } from '../measure';
import type { OutageSecond } from '../report';
import { customerId, type BenchSystem } from '../system';
import { overview } from './overview';
import type { Settings } from './settings';

export interface OutageResult {
  rate: number;
  requests: number;
  failed: number;
  /** Normal warm p50 under the steady rate, before the kill (ms). */
  baselineP50: number;
  killedP99: number;
  pausedP99: number;
  /** The larger of the two. */
  outageP99: number;
  /** Seconds from Redis answering again to the first second whose p50 is back within 1.5× the baseline; null: not by the end. */
  backAfterRestart: number | null;
  backAfterResume: number | null;
  /** When Redis actually came back (restart done, SIGCONT sent), seconds into the phase. */
  restartedAt: number | null;
  resumedAt: number | null;
  timeline: OutageSecond[];
}

function backWithin(results: Timed[], from: number | null, until: number, baselineP50: number): number | null {
  if (from === null) return null;
  for (let second = Math.floor(from); second < until; second++) {
    const latencies = results.filter((r) => r.at >= second && r.at < second + 1).map((r) => r.ms);
    if (latencies.length && percentile(latencies, 50) <= 1.5 * baselineP50) return round(Math.max(0, second - from), 1);
  }
  return null;
}

/**
 * The overview at a steady rate while the benchmark's own redis-server is killed (SIGKILL) and
 * restarted, then stopped (SIGSTOP) and continued: p50/p99 per second, failed requests, and how
 * long after Redis returns the latency is back to normal.
 */
export async function redisOutage(bench: BenchSystem, redis: RedisServer, settings: Settings): Promise<OutageResult> {
  const plan = settings.outage;
  // The customers the steady load goes round, warmed first so that Redis holds them when it is killed.
  const tokens = await Promise.all(
    Array.from({ length: plan.customers }, (_, i) => bench.customerToken(customerId(2_000 + i))),
  );
  for (const token of tokens) await overview(bench, token);
  let restartedAt: number | null = null;
  let resumedAt: number | null = null;
  let redisPid = 0;
  const start = performance.now();
  const now = (): number => (performance.now() - start) / 1000;
  const results = await steadyRate({
    rate: plan.rate,
    seconds: plan.endAt,
    send: (index) => overview(bench, tokens[index % tokens.length] ?? ''),
    events: [
      { at: plan.killAt, run: () => redis.stop() },
      {
        at: plan.restartAt,
        run: async () => {
          await redis.start();
          restartedAt = now();
          const admin = redis.admin();
          const info = await admin.info('server');
          redisPid = Number(/process_id:(\d+)/.exec(info)?.[1] ?? 0);
          admin.disconnect();
        },
      },
      {
        at: plan.pauseAt,
        run: () => {
          if (redisPid) process.kill(redisPid, 'SIGSTOP');
        },
      },
      {
        at: plan.resumeAt,
        run: () => {
          if (redisPid) process.kill(redisPid, 'SIGCONT');
          resumedAt = now();
        },
      },
    ],
  });
  // A paused Redis must not stay paused if the phase ended early.
  if (redisPid) process.kill(redisPid, 'SIGCONT');
  const within = (from: number, to: number): number[] =>
    results.filter((r) => r.at >= from && r.at < to).map((r) => r.ms);
  const baselineP50 = round(percentile(within(Math.min(1, plan.killAt / 2), plan.killAt), 50));
  const killedP99 = round(percentile(within(plan.killAt, restartedAt ?? plan.restartAt), 99));
  const pausedP99 = round(percentile(within(plan.pauseAt, resumedAt ?? plan.resumeAt), 99));
  const timeline: OutageSecond[] = [];
  for (let second = 0; second < plan.endAt; second++) {
    const inSecond = results.filter((r) => r.at >= second && r.at < second + 1);
    const latencies = inSecond.map((r) => r.ms);
    timeline.push({
      second,
      redis:
        second >= plan.killAt && second < plan.restartAt
          ? 'killed'
          : second >= plan.pauseAt && second < plan.resumeAt
            ? 'paused'
            : 'up',
      requests: inSecond.length,
      failed: inSecond.filter((r) => !r.ok).length,
      p50: latencies.length ? round(percentile(latencies, 50), 1) : null,
      p99: latencies.length ? round(percentile(latencies, 99), 1) : null,
    });
  }
  return {
    rate: plan.rate,
    requests: results.length,
    failed: results.filter((r) => !r.ok).length,
    baselineP50,
    killedP99,
    pausedP99,
    outageP99: Math.max(killedP99, pausedP99),
    backAfterRestart: backWithin(results, restartedAt, plan.pauseAt, baselineP50),
    backAfterResume: backWithin(results, resumedAt, plan.endAt, baselineP50),
    restartedAt: restartedAt === null ? null : round(restartedAt, 2),
    resumedAt: resumedAt === null ? null : round(resumedAt, 2),
    timeline,
  };
}
