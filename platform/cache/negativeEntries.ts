import { isFresh, isWithinGrace, type Envelope } from './envelope';
import type { RecordType } from './RecordType';

/**
 * Entries that say "the backend has no such record". Any caller can ask for ids that do not
 * exist, as many as their request quota allows, so these entries live briefly, are never served
 * in place of a failed fetch, and one request stores only a few: at the gateway's general quota
 * a caller keeps at most quota × NEGATIVE_ENTRIES_PER_LOADER × record types of them alive.
 */

/** How long "no such record" is believed; an entry for a record that exists lives its type's TTL. */
export const NEGATIVE_TTL_SECONDS = 60;

/** "No such record" entries one request may store per record type; more are answered, not stored. */
export const NEGATIVE_ENTRIES_PER_LOADER = 2;

type Lifetimes = Pick<RecordType<unknown>, 'ttlSeconds' | 'graceSeconds'>;

function ttlSecondsOf(type: Lifetimes, value: unknown): number {
  return value === null ? Math.min(type.ttlSeconds, NEGATIVE_TTL_SECONDS) : type.ttlSeconds;
}

/** Whether the entry answers without a fetch. */
export function isEntryFresh(envelope: Envelope<unknown>, type: Lifetimes, now: number): boolean {
  return isFresh(envelope, ttlSecondsOf(type, envelope.v), now);
}

/**
 * Whether the entry may stand in for a failed fetch: only a record, within its grace period. A
 * stale "no such record" is not served: it would answer an outage with "does not exist".
 */
export function servesWhileFailing(envelope: Envelope<unknown>, type: Lifetimes, now: number): boolean {
  return envelope.v !== null && isWithinGrace(envelope, type.ttlSeconds, type.graceSeconds, now);
}

/** How long the store keeps the entry: a record through its grace period, "no such record" only its short TTL. */
export function storeLifetimeMs(type: Lifetimes, value: unknown): number {
  return (value === null ? ttlSecondsOf(type, value) : type.ttlSeconds + type.graceSeconds) * 1000;
}

/** How many more "no such record" entries one request's loader may store. */
export class NegativeEntryBudget {
  constructor(private left: number = NEGATIVE_ENTRIES_PER_LOADER) {}

  /** Takes one entry of the budget; false once it is spent. */
  take(): boolean {
    if (this.left <= 0) return false;
    this.left--;
    return true;
  }
}
