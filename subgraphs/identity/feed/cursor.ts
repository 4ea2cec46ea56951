/** Furthest position a feed cursor may point at: far beyond any office's feed. */
const MAX_POSITION = Number.MAX_SAFE_INTEGER;

/**
 * An opaque cursor for the event at `position` of an office's feed (positions start at 1; 0 is
 * before the first event). Clients keep the last one they handled and must not build one.
 */
export function encodeFeedCursor(position: number): string {
  return Buffer.from(JSON.stringify({ v: 1, f: position })).toString('base64url');
}

/** The position a cursor stands for, or undefined when it is not a feed cursor. */
export function feedPositionOf(cursor: string): number | undefined {
  if (cursor.length > 100 || !/^[A-Za-z0-9_-]+$/.test(cursor)) return undefined;
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
  if (typeof decoded !== 'object' || decoded === null) return undefined;
  const { v, f } = decoded as Record<string, unknown>;
  if (v !== 1 || typeof f !== 'number' || !Number.isInteger(f) || f < 0 || f > MAX_POSITION) return undefined;
  return f;
}
