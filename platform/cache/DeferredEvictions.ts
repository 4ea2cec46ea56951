import type { Logger } from '../logger';
import type { Metrics } from '../metrics';
import { reportCacheFailure } from './cacheFailures';

/** Pauses between attempts; the last one comes about a minute after the first failure. */
const RETRY_DELAYS_MS = [1_000, 2_000, 4_000, 8_000, 16_000, 30_000];

/**
 * Evictions that failed because Redis was unavailable, retried in the background: a mutation has
 * already changed the backend, so its eviction must not be lost to a Redis blip (the entry would
 * be served until its TTL). After the last attempt it gives up loudly; the TTL still bounds the
 * damage. Timers do not keep the process alive.
 */
export class DeferredEvictions {
  constructor(
    private readonly log: Logger,
    private readonly metrics?: Metrics,
  ) {}

  schedule(eviction: () => Promise<void>, attempt = 0): void {
    const delay = RETRY_DELAYS_MS[attempt];
    if (delay === undefined) {
      this.log.error(
        { attempts: attempt },
        'cache eviction abandoned after repeated Redis failures; entries expire with their TTL',
      );
      return;
    }
    setTimeout(() => {
      eviction().then(
        () => this.log.info({ attempt: attempt + 1 }, 'deferred cache eviction done'),
        (error: unknown) => {
          reportCacheFailure(this.metrics, this.log, 'invalidate', error);
          this.schedule(eviction, attempt + 1);
        },
      );
    }, delay).unref();
  }
}
