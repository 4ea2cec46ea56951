import { deserialize, serialize } from './serialization';

/** A cached record with the time it was fetched, which decides fresh, stale-but-servable or gone. */
export interface Envelope<V> {
  /** The record, or null for "the backend has none". */
  v: V | null;
  /** When it was fetched (ms since epoch). */
  t: number;
}

export function encodeEnvelope<V>(value: V | null, fetchedAt: number): string {
  return serialize({ v: value, t: fetchedAt } satisfies Envelope<V>);
}

/** The envelope, or undefined for text that is not one (a corrupt or foreign entry counts as a miss). */
export function decodeEnvelope<V>(text: string | null): Envelope<V> | undefined {
  if (text === null) return undefined;
  try {
    const envelope = deserialize<Partial<Envelope<V>>>(text);
    if (envelope && typeof envelope === 'object' && typeof envelope.t === 'number' && 'v' in envelope)
      return envelope as Envelope<V>;
    return undefined;
  } catch {
    return undefined;
  }
}

export function isFresh(envelope: Envelope<unknown>, ttlSeconds: number, now: number): boolean {
  return now - envelope.t <= ttlSeconds * 1000;
}

/** Whether a stale entry may still stand in for a failed fetch (the store's own expiry is the same bound, on its clock). */
export function isWithinGrace(
  envelope: Envelope<unknown>,
  ttlSeconds: number,
  graceSeconds: number,
  now: number,
): boolean {
  return now - envelope.t <= (ttlSeconds + graceSeconds) * 1000;
}

export function ageSeconds(envelope: Envelope<unknown>, now: number): number {
  return Math.max(0, Math.round((now - envelope.t) / 1000));
}
