import { randomUUID } from 'node:crypto';
import { createLogger } from '../../logger';
import { createMetrics, type Metrics } from '../../metrics';
import type { CacheStore, FillLockSettings } from '../CacheStore';
import { MemoryCacheStore } from '../MemoryCacheStore';
import { RecordCache } from '../RecordCache';
import { RedisCacheStore } from '../RedisCacheStore';
import type { RedisTarget } from '../redisClient';
import type { Outcome, RecordType } from '../RecordType';
import { StaleRecorder } from '../staleness';

export const silent = createLogger({ component: 'cache-test', level: 'silent' });

export const TEST_FILL_LOCK: FillLockSettings = { ttlMs: 5_000, waitMs: 2_000 };

/** A connected store on the given target, or process memory. */
export async function storeFor(
  target: RedisTarget | 'memory',
  metrics?: Metrics,
  fillLock: FillLockSettings = TEST_FILL_LOCK,
): Promise<CacheStore> {
  if (target === 'memory') return new MemoryCacheStore(10_000, fillLock);
  const store = new RedisCacheStore({
    ...target,
    // Generous: no test here is about the command bound, and a loaded CI machine can miss 300 ms.
    commandTimeoutMs: 2_000,
    fillLock,
    ...(metrics ? { metrics } : {}),
    log: silent,
  });
  if (!(await store.ready(10_000))) throw new Error('the test Redis did not connect');
  return store;
}

export function newPrefix(): string {
  return `t-${randomUUID().slice(0, 8)}`;
}

/** A controllable clock: real time plus an offset the test moves. */
export function testClock(): { now: () => number; advance(ms: number): void } {
  let offset = 0;
  return { now: () => Date.now() + offset, advance: (ms) => (offset += ms) };
}

export function cacheOn(
  store: CacheStore,
  prefix: string,
  options: { now?: () => number; metrics?: Metrics; namespace?: string } = {},
): RecordCache {
  return new RecordCache({
    store,
    namespace: options.namespace ?? 'test',
    keyPrefix: prefix,
    log: silent,
    metrics: options.metrics ?? createMetrics('test', { defaultMetrics: false }),
    ...(options.now ? { now: options.now } : {}),
  });
}

export function scope(): { requestId: string; stale: StaleRecorder } {
  return { requestId: `req-${randomUUID()}`, stale: new StaleRecorder() };
}

export interface Policy {
  id: string;
  holder: string;
  startsOn: Date;
  insured: bigint;
}

/**
 * A record type over an in-test "backend": it records every batch it is asked for, answers
 * after `delayMs`, fails the ids in `failing` when asked, has nothing for ids starting with "none", and
 * can be held until the test releases it.
 */
export function policyType(
  options: { delayMs?: number; ttlSeconds?: number; graceSeconds?: number; tags?: boolean } = {},
) {
  const calls: string[][] = [];
  const failing = new Set<string>();
  let gate: Promise<void> | undefined;
  let open: () => void = () => undefined;
  const type: RecordType<Policy> = {
    name: 'policy',
    source: 'test-backend',
    version: 1,
    ttlSeconds: options.ttlSeconds ?? 60,
    graceSeconds: options.graceSeconds ?? 3_600,
    maxBatchSize: 100,
    async fetch(ids) {
      calls.push([...ids]);
      const failingNow = new Set(failing);
      if (options.delayMs) await new Promise((resolve) => setTimeout(resolve, options.delayMs));
      if (gate) await gate;
      return new Map<string, Outcome<Policy>>(
        ids.map((id) => {
          if (failingNow.has(id)) return [id, new Error(`backend failed for ${id}`)];
          if (id.startsWith('none')) return [id, null];
          return [
            id,
            { id, holder: `P-${id}`, startsOn: new Date('2024-01-15T00:00:00.000Z'), insured: 12_345_678_901_234_567n },
          ];
        }),
      );
    },
    ...(options.tags ? { tags: (_id: string, policy: Policy) => [`party:${policy.holder}`] } : {}),
  };
  return {
    type,
    calls,
    failing,
    fetchedIds: () => calls.flat(),
    hold() {
      gate = new Promise<void>((resolve) => (open = resolve));
    },
    release() {
      gate = undefined;
      open();
    },
  };
}
