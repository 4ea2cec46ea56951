import { Cluster, Redis, type RedisOptions } from 'ioredis';

/**
 * Standalone Redis by URL (credentials and TLS in the URL: rediss://user:password@host), or Redis
 * Cluster by its seed nodes, with the credentials and TLS every node shares.
 */
export type RedisTarget =
  | { url: string }
  | {
      clusterNodes: ReadonlyArray<{ host: string; port: number }>;
      username?: string | undefined;
      password?: string | undefined;
      tls?: boolean | undefined;
    };

/** The scripts the store runs; each touches one entry and its lock, which share a hash slot. */
export interface CacheScripts {
  /**
   * Takes the lock (KEYS[1]) for ARGV[1] for ARGV[2] ms unless held, and reads the entry
   * (KEYS[2]): ['' when taken, else the holder; the entry or null].
   */
  cgClaim(lockKey: string, key: string, owner: string, ttlMs: number): Promise<[string, string | null]>;
  /** Writes KEYS[1] (when ARGV[4] is '1') and releases the lock KEYS[2], only if ARGV[1] holds it: 1 when written. */
  cgSettle(
    key: string,
    lockKey: string,
    owner: string,
    value: string,
    ttlMs: number,
    write: '0' | '1',
  ): Promise<number>;
  /** Adds ARGV[1] to the tag set KEYS[1] and keeps the set alive at least ARGV[2] ms. */
  cgTag(tagKey: string, member: string, ttlMs: number): Promise<number>;
  /**
   * Leases up to ARGV[2] points of the count KEYS[1] (limit ARGV[1]), at least ARGV[3] or none;
   * a new count lives ARGV[4] ms: [points granted, ms the count still lives].
   */
  cgLease(countKey: string, limit: number, want: number, need: number, ttlMs: number): Promise<[number, number]>;
}

export type CacheRedisClient = (Redis | Cluster) & CacheScripts;

const SCRIPTS: Record<keyof CacheScripts, { numberOfKeys: number; lua: string }> = {
  cgClaim: {
    numberOfKeys: 2,
    lua: `local holder = redis.call('GET', KEYS[1])
local value = redis.call('GET', KEYS[2])
if holder then return {holder, value} end
redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
return {'', value}`,
  },
  cgSettle: {
    numberOfKeys: 2,
    lua: `if redis.call('GET', KEYS[2]) ~= ARGV[1] then return 0 end
redis.call('DEL', KEYS[2])
if ARGV[4] ~= '1' then return 0 end
redis.call('SET', KEYS[1], ARGV[2], 'PX', ARGV[3])
return 1`,
  },
  cgTag: {
    numberOfKeys: 1,
    lua: `redis.call('SADD', KEYS[1], ARGV[1])
if redis.call('PTTL', KEYS[1]) < tonumber(ARGV[2]) then redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
return 1`,
  },
  cgLease: {
    numberOfKeys: 1,
    lua: `local used = tonumber(redis.call('GET', KEYS[1]) or '0')
local grant = math.min(tonumber(ARGV[2]), tonumber(ARGV[1]) - used)
if grant < tonumber(ARGV[3]) then return {0, redis.call('PTTL', KEYS[1])} end
redis.call('INCRBY', KEYS[1], grant)
if used == 0 then redis.call('PEXPIRE', KEYS[1], ARGV[4]) end
return {grant, redis.call('PTTL', KEYS[1])}`,
  },
};

export interface RedisClientSettings {
  /** ioredis's own bound on each command; the store's circuit adds a hard bound on top. */
  commandTimeoutMs: number;
  /** Called with "ready" / "lost" as the connection comes and goes. */
  onConnection?: (state: 'ready' | 'lost') => void;
}

/**
 * An ioredis client that never queues commands while disconnected (a queue would hang requests;
 * a failed command is a cache miss), gives up on a command after one retry, reconnects forever in
 * the background, and pipelines automatically: commands issued in one tick travel in one round
 * trip per node, which in a cluster also keeps multi-key traffic from crossing slots.
 */
export function createRedisClient(
  target: RedisTarget,
  { commandTimeoutMs, onConnection }: RedisClientSettings,
): CacheRedisClient {
  const perConnection: RedisOptions = {
    commandTimeout: commandTimeoutMs,
    // A client that subscribes does so again on 'ready' itself (the revocation list's heartbeat).
    // ioredis's own resubscribe is a promise nobody handles: a Redis slow to answer it would turn the
    // command timeout into an unhandled rejection, which ends the process.
    autoResubscribe: false,
    connectTimeout: 2_000,
    maxRetriesPerRequest: 1,
    // How long `disconnect` lets the socket end before destroying it. ioredis arms this timer even
    // for a socket that has already closed (Redis down), and then never clears it: at the 2 s default
    // a process stopping while Redis is away stays alive 2 s longer than it needs to.
    disconnectTimeout: 200,
  };
  const client =
    'url' in target
      ? new Redis(target.url, {
          ...perConnection,
          enableOfflineQueue: false,
          enableAutoPipelining: true,
          retryStrategy: (attempt) => Math.min(attempt * 200, 2_000),
        })
      : new Cluster(
          target.clusterNodes.map(({ host, port }) => ({ host, port })),
          {
            enableOfflineQueue: false,
            enableAutoPipelining: true,
            scaleReads: 'master',
            slotsRefreshTimeout: 1_000,
            clusterRetryStrategy: (attempt) => Math.min(100 + attempt * 200, 2_000),
            redisOptions: {
              ...perConnection,
              ...(target.username ? { username: target.username } : {}),
              ...(target.password ? { password: target.password } : {}),
              ...(target.tls ? { tls: {} } : {}),
            },
          },
        );
  for (const [name, definition] of Object.entries(SCRIPTS)) client.defineCommand(name, definition);
  // Failures surface on the commands; unhandled 'error' events would otherwise crash the process.
  client.on('error', () => undefined);
  client.on('node error', () => undefined);
  client.on('ready', () => onConnection?.('ready'));
  client.on('close', () => onConnection?.('lost'));
  return client as CacheRedisClient;
}
