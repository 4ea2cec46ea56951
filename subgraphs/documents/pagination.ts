import { badUserInput } from '../../platform/graphql/errors';

/** The largest page any list of the documents subgraph returns. */
export const MAX_PAGE_SIZE = 50;

/** The page size asked for, or BAD_USER_INPUT outside 0 to MAX_PAGE_SIZE. */
export function pageSize(first: number | null | undefined, fallback = 20): number {
  const size = first ?? fallback;
  if (!Number.isInteger(size) || size < 0 || size > MAX_PAGE_SIZE)
    throw badUserInput(`first must be between 0 and ${MAX_PAGE_SIZE}.`, 'first');
  return size;
}

/**
 * An opaque cursor: the sort key of the last item of a page, tagged with the list it belongs to
 * so a cursor of one list is refused by another. It holds nothing the caller could not see.
 */
export function encodeCursor(list: string, key: readonly string[]): string {
  return Buffer.from(JSON.stringify([list, ...key]), 'utf8').toString('base64url');
}

/** The sort key in a cursor of `list`, or BAD_USER_INPUT when it is not one. */
export function decodeCursor(list: string, cursor: string, length: number): string[] {
  let decoded: unknown;
  try {
    decoded = cursor.length <= 512 ? JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) : undefined;
  } catch {
    decoded = undefined;
  }
  const valid =
    Array.isArray(decoded) &&
    decoded.length === length + 1 &&
    decoded[0] === list &&
    decoded.every((part) => typeof part === 'string' && part.length <= 200);
  if (!valid)
    throw badUserInput('after is not a cursor of this list; pass pageInfo.endCursor of the previous page.', 'after');
  return (decoded as string[]).slice(1);
}

export interface PageInfo {
  hasNextPage: boolean;
  endCursor: string | null;
}
