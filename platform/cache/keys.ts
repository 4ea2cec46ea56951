/**
 * Redis key and channel layout, in one place. Every key and channel a deployment uses (cache
 * entries, their fill locks and tags, the gateway's rate-limit counters, the revoked sessions and
 * their announcements) starts with the deployment's prefix (CACHE_PREFIX), so deployments sharing
 * one Redis never read, count or hear each other's.
 *
 * An entry's key carries a Redis Cluster hash tag around the entry's own identity (namespace,
 * type, version, id), so entries spread over every node while an entry and its fill lock share
 * one slot (a Lua script may touch both). A whole namespace never shares one tag: that would put
 * it on a single node.
 */

/** Longest record id the cache accepts; anything longer is a bad input, not a key. */
export const MAX_ID_LENGTH = 200;

export interface EntryIdentity {
  prefix: string;
  namespace: string;
  type: string;
  version: number;
  id: string;
}

export function entryKey({ prefix, namespace, type, version, id }: EntryIdentity): string {
  return `${prefix}:{${namespace}:${type}:v${version}:${id}}`;
}

/** The lock held while one caller fills an entry; it extends the entry key, so it keeps its hash tag. */
export function lockKeyOf(key: string): string {
  return `${key}:fill`;
}

/** Whether a key is a fill lock (never held in the near cache: its holder changes by the moment). */
export function isLockKey(key: string): boolean {
  return key.endsWith(':fill');
}

/** The set of entry keys that carry `tag` within a namespace. */
export function tagKey(prefix: string, namespace: string, tag: string): string {
  return `${prefix}:{${namespace}:tag:${tag}}`;
}

/**
 * The prefix of one rate-limit quota's counters (`<prefix>:rl2:<quota>:<hashed caller>:<window>`).
 * `rl2` is the counters' format version (2: one count per fixed window, leased): bumping it
 * abandons every count without touching the cache.
 */
export function rateLimitKeyPrefix(prefix: string, quota: string): string {
  return `${prefix}:rl2:${quota}`;
}

/** The sorted set of ended sessions (scored by when their revocation lapses), and the channel that announces them. */
export function revocationKeys(prefix: string): { set: string; channel: string } {
  return { set: `${prefix}:revoked-sessions`, channel: `${prefix}:revoked-sessions:announced` };
}

/** Whether an id can be part of a key: not empty, not too long, no control characters. */
export function isValidId(id: string): boolean {
  // eslint-disable-next-line no-control-regex
  return id.length > 0 && id.length <= MAX_ID_LENGTH && !/[\u0000-\u001f\u007f]/.test(id);
}
