import { bulkhead } from 'cockatiel';

/** Runs a V-Connect call when one of the request's slots is free. */
export type CallSlots = <T>(call: () => Promise<T>) => Promise<T>;

/**
 * One request's share of V-Connect, which has no batch endpoint: at most `limit` of its calls in
 * flight, across every batch the request's loaders start; the others wait their turn (the queue
 * holds only this request's own keys, so it needs no bound of its own). The process-wide cap is
 * the backend client's bulkhead (BACKEND_MAX_CONCURRENT).
 */
export function callSlots(limit: number): CallSlots {
  const policy = bulkhead(limit, Number.POSITIVE_INFINITY);
  return (call) => policy.execute(() => call());
}
