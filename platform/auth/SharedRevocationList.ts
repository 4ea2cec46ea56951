import { revocationKeys } from '../cache/keys';
import { createRedisClient, type CacheRedisClient, type RedisTarget } from '../cache/redisClient';
import type { Logger } from '../logger';
import { RevokedSessions, SESSION_ID, type Refusal, type RevocationList } from './revocations';

export interface SharedRevocationListOptions {
  redis: RedisTarget;
  commandTimeoutMs: number;
  /** The deployment's Redis prefix (CACHE_PREFIX): deployments sharing a Redis never see each other's revocations. */
  prefix: string;
  /**
   * While this process cannot know every revocation (Redis unreachable, or not read since it came
   * back), a session's access token is accepted only this long after its issue (`iat`).
   */
  unsyncedTokenAgeSeconds: number;
  /** How often the subscription is tested, revocations Redis missed are written again, and lapsed ones forgotten. */
  heartbeatMs?: number;
  log: Logger;
  /** Milliseconds since the epoch (Date.now unless given: tests move their own). */
  now?: () => number;
}

export const DEFAULT_REVOCATION_HEARTBEAT_MS = 5_000;
/** Session ids per write: keeps one script's arguments small when an account with many sessions is reset. */
const WRITE_BATCH = 200;

/**
 * KEYS[1] the set; ARGV[1] the channel, ARGV[2] now (ms), ARGV[3] until (ms), ARGV[4] the message,
 * ARGV[5..] session ids. Drops lapsed members, keeps each session's latest lapse, lets the whole
 * set expire with its last member (Redis holds nothing lapsed), and announces the revocation in the
 * same step, so a reader that subscribes and then reads the set misses nothing.
 */
const RECORD_SCRIPT = `local now = tonumber(ARGV[2])
local untilMs = tonumber(ARGV[3])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now)
for i = 5, #ARGV do
  local old = redis.call('ZSCORE', KEYS[1], ARGV[i])
  if not old or tonumber(old) < untilMs then redis.call('ZADD', KEYS[1], untilMs, ARGV[i]) end
end
if redis.call('PTTL', KEYS[1]) < untilMs - now then redis.call('PEXPIRE', KEYS[1], untilMs - now) end
redis.call('PUBLISH', ARGV[1], ARGV[4])
return 1`;

interface Announcement {
  sessions: string[];
  until: number;
}

function parseAnnouncement(message: string): Announcement | undefined {
  try {
    const value: unknown = JSON.parse(message);
    if (typeof value !== 'object' || value === null) return undefined;
    const { sessions, until } = value as Record<string, unknown>;
    if (!Array.isArray(sessions) || typeof until !== 'number' || !Number.isFinite(until)) return undefined;
    const ids = sessions.filter((id): id is string => typeof id === 'string' && SESSION_ID.test(id));
    return ids.length === sessions.length ? { sessions: ids, until } : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The revocation list of a deployment with Redis: the hot path never waits for Redis. Every
 * process keeps the ended sessions in memory, fed by a Redis channel and read from Redis's
 * sorted set whenever its subscription (re)starts; identity writes each revocation to the set and
 * the channel in one script before its sign-out (or reset) answers, so Redis has pushed it to every
 * subscribed gateway and subgraph before the caller can send the next request.
 *
 * When Redis is down (the security choice, a bounded fail-open):
 * - the process that ended a session refuses its tokens at once (it keeps its own revocations),
 *   and writes them to Redis again on every heartbeat until they lapse;
 * - a process that lost its subscription, or whose heartbeat (every 5 s) went unanswered, cannot
 *   know what it missed: from then until it has subscribed and read the set again, it accepts a
 *   session's token only within `unsyncedTokenAgeSeconds` (30 s by default) of the token's issue
 *   and refuses older ones as expired (401 UNAUTHENTICATED). Clients refresh, and a refresh is
 *   decided by identity's database, where the ended session is ended: a revoked token works at
 *   most that long after its session ended, while customers who are still signed in carry on.
 * - the one case the bound does not cover: identity cut off from Redis while the others still reach
 *   it (they stay in step, so they keep accepting). They learn the revocation when identity's retry
 *   gets through (every heartbeat), at the latest the token expires (ACCESS_TOKEN_TTL_SECONDS); the
 *   error "revocation not yet shared" is logged for every revocation in that state.
 * Tokens without a session (broker systems, staff) are not revocable and are not affected. When
 * Redis restarts empty, running processes keep what they learned; a process started after that
 * misses the revocations of the last access-token lifetime (persistence in Redis closes that gap).
 */
export class SharedRevocationList implements RevocationList {
  private readonly commands: CacheRedisClient;
  private readonly subscriber: CacheRedisClient;
  private readonly revoked: RevokedSessions;
  /** Revocations Redis has not taken yet, by session: written again on each heartbeat until they lapse. */
  private readonly unwritten = new Map<string, number>();
  private readonly keys: { set: string; channel: string };
  private readonly now: () => number;
  private readonly heartbeatMs: number;
  private readonly timer: NodeJS.Timeout;
  /** Until when the in-memory list is known to hold every revocation: extended by each answered heartbeat. */
  private completeUntil = 0;
  private subscribed = false;
  private beating = false;
  /** Asked for while a beat ran (Redis came back): runs right after it. */
  private beatAgain = false;
  /** Counts losses of the subscription, so a beat that overlapped one does not declare the list complete. */
  private epoch = 0;
  private closed = false;
  private readonly syncedOnce: Promise<void>;
  private resolveSyncedOnce: () => void = () => undefined;

  constructor(private readonly options: SharedRevocationListOptions) {
    this.now = options.now ?? Date.now;
    this.heartbeatMs = options.heartbeatMs ?? DEFAULT_REVOCATION_HEARTBEAT_MS;
    this.revoked = new RevokedSessions(this.now);
    this.keys = revocationKeys(options.prefix);
    this.syncedOnce = new Promise((resolve) => (this.resolveSyncedOnce = resolve));
    const settings = { commandTimeoutMs: options.commandTimeoutMs };
    this.commands = createRedisClient(options.redis, settings);
    // Subscribed again by `beat` after a reconnect (createRedisClient leaves that to its caller).
    this.subscriber = createRedisClient(options.redis, settings);
    this.subscriber.on('message', (channel: string, message: string) => this.receive(channel, message));
    this.subscriber.on('ready', () => void this.beat());
    this.subscriber.on('close', () => this.lose('the subscription to Redis closed'));
    this.commands.on('ready', () => void this.writeUnwritten());
    this.timer = setInterval(() => void this.beat(), this.heartbeatMs);
    this.timer.unref();
  }

  /** Resolves once the list has been read from Redis, or after `waitMs` (it is then catching up on its own). */
  async synced(waitMs: number): Promise<boolean> {
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), waitMs)));
    const result = await Promise.race([this.syncedOnce.then(() => true as const), timedOut]);
    clearTimeout(timer);
    return result;
  }

  refusal(sessionId: string, issuedAtSeconds: number): Refusal | undefined {
    if (this.revoked.has(sessionId)) return 'revoked';
    const now = this.now();
    if (now < this.completeUntil) return undefined;
    return now - issuedAtSeconds * 1000 > this.options.unsyncedTokenAgeSeconds * 1000
      ? 'too-old-while-unsynced'
      : undefined;
  }

  async revoke(sessionIds: readonly string[], lifetimeSeconds: number): Promise<void> {
    const until = this.now() + lifetimeSeconds * 1000;
    for (const sessionId of sessionIds) this.revoked.add(sessionId, until);
    try {
      await this.write(sessionIds, until);
    } catch {
      for (const sessionId of sessionIds) this.unwritten.set(sessionId, until);
      this.options.log.error(
        { sessions: sessionIds.length },
        'revocation not yet shared: Redis did not take it; this process refuses the tokens and retries',
      );
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    clearInterval(this.timer);
    this.subscriber.disconnect();
    this.commands.disconnect();
  }

  private async write(sessionIds: readonly string[], until: number): Promise<void> {
    for (let start = 0; start < sessionIds.length; start += WRITE_BATCH) {
      const sessions = sessionIds.slice(start, start + WRITE_BATCH);
      const message = JSON.stringify({ sessions, until } satisfies Announcement);
      await this.commands.eval(
        RECORD_SCRIPT,
        1,
        this.keys.set,
        this.keys.channel,
        this.now(),
        until,
        message,
        ...sessions,
      );
    }
  }

  private async writeUnwritten(): Promise<void> {
    const now = this.now();
    const byUntil = new Map<number, string[]>();
    for (const [sessionId, until] of this.unwritten) {
      this.unwritten.delete(sessionId);
      if (until > now) byUntil.set(until, [...(byUntil.get(until) ?? []), sessionId]);
    }
    for (const [until, sessionIds] of byUntil) {
      try {
        await this.write(sessionIds, until);
      } catch {
        for (const sessionId of sessionIds) this.unwritten.set(sessionId, until);
      }
    }
  }

  /** Tests the subscription (subscribing and reading the set again after a loss) and retries unwritten revocations. */
  private async beat(): Promise<void> {
    if (this.closed) return;
    if (this.beating) {
      this.beatAgain = true;
      return;
    }
    this.beating = true;
    // A loss while this beat runs (the connection closing between two of its commands) voids it.
    const epoch = this.epoch;
    try {
      this.revoked.prune();
      if (this.unwritten.size > 0) await this.writeUnwritten();
      if (this.subscribed) {
        await this.subscriber.ping();
      } else {
        await this.subscriber.subscribe(this.keys.channel);
        // Read after the subscription stands: what is announced from now on arrives as messages.
        await this.readSet();
      }
      if (epoch === this.epoch) {
        if (!this.subscribed) this.options.log.info('revocation list in step with Redis');
        this.subscribed = true;
        this.completeUntil = this.now() + 2 * this.heartbeatMs;
        this.resolveSyncedOnce();
      }
    } catch {
      this.lose('Redis did not answer the revocation heartbeat');
    } finally {
      this.beating = false;
      if (this.beatAgain) {
        this.beatAgain = false;
        void this.beat();
      }
    }
  }

  private async readSet(): Promise<void> {
    const entries = await this.commands.zrangebyscore(this.keys.set, this.now(), '+inf', 'WITHSCORES');
    for (let index = 0; index + 1 < entries.length; index += 2) {
      const sessionId = entries[index];
      if (sessionId !== undefined) this.revoked.add(sessionId, Number(entries[index + 1]));
    }
  }

  private receive(channel: string, message: string): void {
    if (channel !== this.keys.channel) return;
    const announcement = parseAnnouncement(message);
    if (!announcement) {
      this.options.log.warn('revocation announcement ignored: not in the expected shape');
      return;
    }
    for (const sessionId of announcement.sessions) this.revoked.add(sessionId, announcement.until);
  }

  private lose(reason: string): void {
    if (!this.closed && (this.subscribed || this.completeUntil > 0))
      this.options.log.warn(
        { unsyncedTokenAgeSeconds: this.options.unsyncedTokenAgeSeconds },
        `revocation list out of step: ${reason}; older session tokens are refused until it is read again`,
      );
    this.epoch += 1;
    this.subscribed = false;
    this.completeUntil = 0;
  }
}
