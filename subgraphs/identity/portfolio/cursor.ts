import { createHash } from 'node:crypto';

/** Furthest position a cursor may point at: well beyond any office's portfolio. */
const MAX_POSITION = 10_000_000;

/** Ties a cursor to its search, so a cursor from one search is not used to page another. */
const searchKey = (search: string): string => createHash('sha256').update(search).digest('base64url').slice(0, 12);

/**
 * An opaque cursor for the member at `position` (0-based) of an office's portfolio for `search`.
 * The customer master pages by offset, so that is what the cursor carries; clients must not
 * build one themselves.
 */
export function encodePortfolioCursor(position: number, search: string): string {
  return Buffer.from(JSON.stringify({ v: 1, p: position, s: searchKey(search) })).toString('base64url');
}

/** Where the page after `cursor` starts, or undefined when it is not a cursor of this search. */
export function offsetAfter(cursor: string, search: string): number | undefined {
  if (cursor.length > 200 || !/^[A-Za-z0-9_-]+$/.test(cursor)) return undefined;
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
  if (typeof decoded !== 'object' || decoded === null) return undefined;
  const { v, p, s } = decoded as Record<string, unknown>;
  if (v !== 1 || s !== searchKey(search) || typeof p !== 'number' || !Number.isInteger(p) || p < 0 || p >= MAX_POSITION)
    return undefined;
  return p + 1;
}
