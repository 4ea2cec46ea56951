import { randomBytes, randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import { Redis } from 'ioredis';
import type { SigningKey } from '../platform/auth/signingKey';
import type { JWK } from 'jose';
import { LocalRevocationList, type RevocationList } from '../platform/auth/revocations';
import { SharedRevocationList } from '../platform/auth/SharedRevocationList';
import { createTokenVerifier, type TokenVerifier } from '../platform/auth/tokens';
import { MemoryCacheStore } from '../platform/cache/MemoryCacheStore';
import { DEFAULT_NEAR_CACHE } from '../platform/cache/NearCache';
import { RedisCacheStore, type RedisCacheStoreOptions } from '../platform/cache/RedisCacheStore';
import type { RedisTarget } from '../platform/cache/redisClient';
import type { AuditStore } from '../platform/audit/AuditStore';
import { AUDIT_INGEST_PATH } from '../platform/audit/delivery';
import { CONSENTS_PATH } from '../platform/consentLookup';
import { HttpAuditWriter } from '../platform/audit/HttpAuditWriter';
import type { BackendPolicy } from '../platform/backend/BackendClient';
import type { Component } from '../platform/component';
import type { DrainOptions } from '../platform/http';
import type { SubgraphParts } from '../platform/graphql/subgraphParts';
import { createLogger, type Logger } from '../platform/logger';
import { createMetrics } from '../platform/metrics';
import { createGateway, type GatewayOptions } from '../gateway/server';
import { identityPublicRoutes } from '../gateway/identityRoutes';
import { documentDownloadRoutes } from '../gateway/documentRoutes';
import { readSupergraph } from '../gateway/config';
import { SUPERGRAPH_FILE } from '../scripts/supergraph';
import type { Behaviour } from '../legacy/shared/behaviour';
import { CALM } from '../legacy/shared/behaviour';
import { Universe } from '../legacy/shared/data/universe';
import type { LegacyService } from '../legacy/shared/service';
import { createCustomerMaster } from '../legacy/customer-master/server';
import { createLifeConnect } from '../legacy/life-connect/server';
import { createVConnect } from '../legacy/v-connect/server';
import { createDocumentArchive } from '../legacy/document-archive/server';
import { createIdentitySubgraph } from '../subgraphs/identity/server';
import type { IdentitySettings } from '../subgraphs/identity/config';
import { postGraphQL, signTestToken, testSigningKey, TOKEN_AUDIENCE, type GraphQLResult } from './callers';
import { openTestAuditTrail } from './auditTrail';
import { createTestDatabase } from './database';
import { lifeSubgraphOptions } from '../subgraphs/life/config';
import { createLifeSubgraph } from '../subgraphs/life/server';
import { createNonLifeSubgraph } from '../subgraphs/nonlife/server';
import { createDocumentsSubgraph } from '../subgraphs/documents/server';

/** Where tests find a Redis server; each test uses keys under a prefix of its own. */
export const TEST_REDIS_URL = process.env['TEST_REDIS_URL'] ?? 'redis://127.0.0.1:6379';
export { TOKEN_AUDIENCE, type GraphQLResult };
/**
 * The public origin download links point at, as behind a load balancer in production: not the
 * gateway's own address. Tests send such a link to the gateway by swapping in its origin.
 */
export const TEST_PUBLIC_BASE_URL = 'https://api.customer-graph.test/';

export interface SystemOptions {
  /**
   * The subgraphs to start (default all four), each with only the legacy backends it calls. With
   * fewer than four there is no gateway: tests send operations to `subgraphUrls` as a router would.
   * Without identity, the others verify tokens with the test signing key directly and write their
   * audit entries to the trail in the system's database with the PostgreSQL store, as identity
   * writes its own (`auditTrail`).
   */
  subgraphs?: readonly SubgraphKey[];
  /** Use the shared Redis (default) or an in-memory cache per subgraph. */
  cache?: 'redis' | 'memory';
  /** The Redis server or cluster to cache in, instead of TEST_REDIS_URL (e.g. one the test started). */
  redis?: RedisTarget;
  /** Tuning of every subgraph's Redis store (command timeout, circuit, fill locks). */
  redisTuning?: Partial<Pick<RedisCacheStoreOptions, 'commandTimeoutMs' | 'circuit' | 'fillLock' | 'nearCache'>>;
  /**
   * Copies of the gateway and the subgraphs (default 1), sharing the legacy backends and the
   * cache, like replicas behind a load balancer. `stacks[0]` is the one `gatewayUrl` serves.
   */
  stacks?: number;
  /**
   * Call policies towards the legacy backends; unless given, no retries and a 10 s timeout: on a
   * loaded 2-core CI machine an answer of the in-process backends can take seconds, and a test
   * about timeouts gives its own (with a backend that never answers).
   */
  backendPolicy?: Partial<BackendPolicy>;
  /**
   * Life Connect's own timeout, as LIFE_CONNECT_TIMEOUT_MS sets it in production: a test of a hanging
   * Life Connect waits this long per call while the other backends keep the loaded machine's 10 s.
   */
  lifeConnectTimeoutMs?: number;
  /** The clock the subgraphs' caches judge freshness by (tests move it to age entries). */
  clock?: () => number;
  customers?: number;
  /** Backend behaviour at start; CALM (no latency, no faults) unless given. */
  behaviour?: Partial<Record<BackendName, Partial<Behaviour>>>;
  /** Receives every log line of every component (for the log-leak tests). */
  logSink?: (line: string) => void;
  logLevel?: 'trace' | 'debug' | 'info' | 'warn' | 'silent';
  /**
   * How long a session's token is accepted after its issue while a component's revocation list is
   * out of step with Redis (30 s unless given; see SharedRevocationList).
   */
  revocationUnsyncedTokenAgeSeconds?: number;
  /** Identity's durations and attempt limits, where a test needs them shorter than the defaults. */
  identitySettings?: Partial<IdentitySettings>;
  /**
   * Gateway settings beyond the defaults: production mode, limits, CORS, persisted operations, rate
   * limiting, subgraph timeout. `false`: no gateway, even with all four subgraphs.
   */
  gateway?:
    | false
    | Partial<
        Pick<
          GatewayOptions,
          | 'production'
          | 'limits'
          | 'corsOrigins'
          | 'persistedOperations'
          | 'rateLimiting'
          | 'subgraphTimeoutMs'
          | 'supergraphWatch'
        >
      >;
  /** The non-life subgraph's bound on V-Connect calls in flight per request (8 unless given). */
  nonlife?: { perRequestConcurrency?: number };
  /** The documents subgraph's switches: non-life documents offered (off unless given), download link lifetime (300 s). */
  documents?: { nonLifeDocumentsEnabled?: boolean; linkTtlSeconds?: number };
}

export type BackendName = 'customerMaster' | 'lifeConnect' | 'vConnect' | 'documentArchive';

export type SubgraphKey = 'identity' | 'life' | 'nonlife' | 'documents';
const SUBGRAPHS: readonly SubgraphKey[] = ['identity', 'life', 'nonlife', 'documents'];
const BACKENDS: readonly BackendName[] = ['customerMaster', 'lifeConnect', 'vConnect', 'documentArchive'];
/** The legacy backends each subgraph calls. */
const BACKENDS_OF: Record<SubgraphKey, readonly BackendName[]> = {
  identity: ['customerMaster'],
  life: ['lifeConnect'],
  nonlife: ['vConnect'],
  documents: ['documentArchive', 'customerMaster'],
};

/**
 * The parts a system started, by name; reading one it did not start throws (a test's mistake,
 * said plainly) instead of giving undefined. Absent parts are not enumerated.
 */
function startedOnly<K extends string, V>(
  present: Partial<Record<K, V>>,
  all: readonly K[],
  what: string,
): Record<K, V> {
  const record = { ...present } as Record<K, V>;
  for (const key of all)
    if (!(key in record))
      Object.defineProperty(record, key, {
        enumerable: false,
        get: () => {
          throw new Error(`This system has no ${what} ${key} (see the subgraphs option of startSystem).`);
        },
      });
  return record;
}

function noGateway(): never {
  throw new Error('This system has no gateway (startSystem starts one only with all four subgraphs); pass a url.');
}

/** One gateway and its four subgraphs. */
export interface Stack {
  gatewayUrl: string;
  /** Each subgraph's GraphQL endpoint. */
  subgraphUrls: Record<SubgraphKey, string>;
  /** Each subgraph's origin, for its /admin and /internal routes. */
  subgraphOrigins: Record<SubgraphKey, string>;
  /** Each subgraph's operator origin (OPERATOR_PORT), for its /metrics and detailed /health/ready. */
  operatorOrigins: Record<SubgraphKey, string>;
  /** The gateway's operator origin. */
  gatewayOperatorOrigin: string;
}

/** A replica a test started on its own (startSubgraphReplica). */
export interface Replica {
  /** Its origin: /graphql, /health/ready. */
  origin: string;
  operatorOrigin: string;
  /** Drains and stops it (Component.stop); `stop` of the system then leaves it alone. */
  stop(drain?: DrainOptions): Promise<void>;
}

export interface RunningSystem {
  gatewayUrl: string;
  subgraphUrls: Record<SubgraphKey, string>;
  stacks: Stack[];
  backends: Record<BackendName, LegacyService & { url: string }>;
  universe: Universe;
  cachePrefix: string;
  signingKey: SigningKey;
  /** The private JWK of `signingKey` (JSON), e.g. for the token command as JWT_PRIVATE_JWK. */
  signingJwk: string;
  /** The PostgreSQL database of this system (created at start, dropped by stop). */
  databaseUrl: string;
  /**
   * The audit trail the subgraphs write to when identity is not in the system (in `databaseUrl`);
   * undefined when identity keeps it (read it through the gateway then).
   */
  auditTrail: AuditStore | undefined;
  /** Stops the first stack's identity subgraph and starts a fresh one on the same port and database. */
  restartIdentity(): Promise<void>;
  /** Stops the first stack's documents subgraph and starts a fresh one on the same port and database. */
  restartDocuments(): Promise<void>;
  /** Stops the first stack's subgraph `name` for good (an outage of that subgraph); `stop` does not stop it again. */
  stopSubgraph(name: SubgraphKey): Promise<void>;
  /**
   * Starts one more replica of the life or non-life subgraph beside the first stack's, sharing its
   * backends, cache and identity, as a deployment's second pod; `stop` stops it unless the test
   * already did (e.g. mid-load, with a drain delay).
   */
  startSubgraphReplica(name: 'life' | 'nonlife'): Promise<Replica>;
  /** The key the documents subgraphs sign download links with (tests make links of their own with it). */
  documentLinkSecret: Buffer;
  /** The subgraphs' credential for identity's internal routes (tests call them with it as a subgraph would). */
  serviceSecret: Buffer;
  token(role: 'customer' | 'broker' | 'support', id: string): Promise<string>;
  /** POSTs an operation to the gateway (or to `url`). */
  query(
    query: string,
    options?: { variables?: Record<string, unknown>; token?: string; headers?: Record<string, string>; url?: string },
  ): Promise<GraphQLResult>;
  resetCounters(): void;
  stop(): Promise<void>;
}

function lineSink(sink: (line: string) => void): Writable {
  return new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString('utf8').split('\n')) if (line) sink(line);
      done();
    },
  });
}

/**
 * Bounds sized for a loaded 2-core CI machine, where the whole system shares the test's event
 * loop: a Redis command or a subgraph answer that takes a second there is slow, not failed. Tests
 * about a hung Redis or subgraph set their own (redisTuning, a subgraph that never answers). The
 * gateway waits well past the subgraphs' own backend timeout (10 s, below), twice over: a subgraph
 * facing a hanging backend answers after its own timeout, once for a contract list and once more
 * for the contracts' details.
 */
const TEST_REDIS_COMMAND_TIMEOUT_MS = 2_000;
const TEST_SUBGRAPH_TIMEOUT_MS = 60_000;

/**
 * Starts the whole system in this process, on free ports, with real HTTP between every part
 * and (by default) the shared Redis server under a key prefix of its own.
 */
export async function startSystem(options: SystemOptions = {}): Promise<RunningSystem> {
  const started: Component[] = [];
  const cachePrefix = `test-${randomUUID().slice(0, 8)}`;
  const destination = options.logSink ? lineSink(options.logSink) : undefined;
  const logger = (component: string): Logger =>
    createLogger({
      component,
      level: options.logLevel ?? (options.logSink ? 'trace' : 'silent'),
      ...(destination ? { destination } : {}),
    });
  const universe = new Universe({
    customers: options.customers ?? 2_000,
    seed: 'test-seed',
    referenceDate: '2026-11-01',
  });
  const { key: signingKey, jwk: signingJwk } = await testSigningKey();
  const wanted = new Set(options.subgraphs ?? SUBGRAPHS);
  const withGateway = options.gateway !== false && SUBGRAPHS.every((name) => wanted.has(name));
  const gatewaySettings = options.gateway || {};
  // Without identity, the others' audit entries go to a trail of the system's own.
  const ownAuditTrail = !wanted.has('identity') && [...wanted].some((name) => name !== 'identity');
  // Identity and documents keep their data in PostgreSQL, and so does an own audit trail.
  const database =
    wanted.has('identity') || wanted.has('documents') || ownAuditTrail
      ? await createTestDatabase(options.subgraphs ? [...wanted].join('_') : 'system')
      : undefined;
  const databaseUrl = (): string => {
    if (!database) throw new Error('This system has no database: none of its parts needs one.');
    return database.url;
  };
  const ownTrail = ownAuditTrail ? await openTestAuditTrail(databaseUrl(), logger('audit')) : undefined;
  const auditWriter = ownTrail?.writer;
  const hashKey = randomBytes(32);
  const documentLinkSecret = randomBytes(32);
  const serviceSecret = randomBytes(32);

  /** Listens on free ports: the component's own and its operator port, as two processes' ports would be. */
  async function start<C extends Component>(component: C): Promise<C & { url: string; operatorUrl: string }> {
    const port = await component.listen(0, '127.0.0.1');
    started.push(component);
    const operatorPort = await component.operator?.listen(0, '127.0.0.1');
    return Object.defineProperties(component, {
      url: { value: `http://127.0.0.1:${port}`, writable: true },
      operatorUrl: {
        get(): string {
          if (operatorPort === undefined) throw new Error(`${component.name} has no operator port.`);
          return `http://127.0.0.1:${operatorPort}`;
        },
        configurable: true,
      },
    }) as C & { url: string; operatorUrl: string };
  }
  const behaviour = (name: BackendName): Behaviour => ({ ...CALM, ...options.behaviour?.[name] });

  const createBackend: Record<BackendName, () => LegacyService> = {
    customerMaster: () =>
      createCustomerMaster({ universe, behaviour: behaviour('customerMaster'), log: logger('customer-master') }),
    lifeConnect: () =>
      createLifeConnect({ universe, behaviour: behaviour('lifeConnect'), log: logger('life-connect') }),
    vConnect: () => createVConnect({ universe, behaviour: behaviour('vConnect'), log: logger('v-connect') }),
    documentArchive: () =>
      createDocumentArchive({ universe, behaviour: behaviour('documentArchive'), log: logger('document-archive') }),
  };
  const startedBackends: Partial<Record<BackendName, LegacyService & { url: string }>> = {};
  for (const name of BACKENDS)
    if ([...wanted].some((subgraph) => BACKENDS_OF[subgraph].includes(name)))
      startedBackends[name] = await start(createBackend[name]());
  const backends = startedOnly(startedBackends, BACKENDS, 'backend');

  // Each component has its own revocation list, as each process of a deployment has, in step with
  // Redis before it starts; with the in-memory cache, one list for the whole system (one process).
  const localRevocations = new LocalRevocationList();
  interface Verifying {
    tokenVerifier: TokenVerifier;
    revocations: RevocationList;
  }
  async function verifying(name: string, jwks: URL | JWK[]): Promise<Verifying> {
    let revocations: RevocationList = localRevocations;
    if (options.cache !== 'memory') {
      const shared = new SharedRevocationList({
        redis: options.redis ?? { url: TEST_REDIS_URL },
        commandTimeoutMs: options.redisTuning?.commandTimeoutMs ?? TEST_REDIS_COMMAND_TIMEOUT_MS,
        prefix: cachePrefix,
        unsyncedTokenAgeSeconds: options.revocationUnsyncedTokenAgeSeconds ?? 30,
        log: logger(name),
      });
      await shared.synced(2_000);
      revocations = shared;
    }
    return { revocations, tokenVerifier: createTokenVerifier({ jwks, ...TOKEN_AUDIENCE, revocations }) };
  }

  const parts = (name: string, { tokenVerifier, revocations }: Verifying): SubgraphParts => {
    const metrics = createMetrics(name, { defaultMetrics: false });
    const log = logger(name);
    const cacheStore =
      options.cache === 'memory'
        ? new MemoryCacheStore(100_000, options.redisTuning?.fillLock)
        : new RedisCacheStore({
            ...(options.redis ?? { url: TEST_REDIS_URL }),
            commandTimeoutMs: TEST_REDIS_COMMAND_TIMEOUT_MS,
            // As in production: hot entries in each process, kept right by Redis invalidations.
            nearCache: DEFAULT_NEAR_CACHE,
            ...options.redisTuning,
            metrics,
            log,
          });
    const backendPolicy = { timeoutMs: 10_000, retries: 0, ...options.backendPolicy };
    return {
      log,
      metrics,
      tokenVerifier,
      revocations,
      cacheStore,
      cachePrefix,
      production: false,
      backendPolicy,
      serviceSecret,
      ...(options.clock ? { clock: options.clock } : {}),
      // Identity keeps the audit trail; every other subgraph delivers to the first identity subgraph,
      // or without identity writes to the system's own trail.
      ...(name === 'identity'
        ? {}
        : {
            audit:
              auditWriter ??
              new HttpAuditWriter({
                url: `${identityUrl()}${AUDIT_INGEST_PATH}`,
                secret: serviceSecret,
                policy: backendPolicy,
                metrics,
                log,
              }),
          }),
    };
  };

  const createIdentity = async () =>
    createIdentitySubgraph({
      ...parts('identity', await verifying('identity', signingKey.publicJwks)),
      customerMasterUrl: backends.customerMaster.url,
      signingKey,
      tokenAudience: TOKEN_AUDIENCE,
      database: { kind: 'postgres', url: databaseUrl(), poolMax: 5 },
      hashKey,
      seedDemoData: true,
      ...(options.identitySettings ? { settings: options.identitySettings } : {}),
    });
  let firstIdentity: (Component & { url: string; operatorUrl: string }) | undefined;

  const createDocuments = async (jwks: URL | JWK[]) =>
    createDocumentsSubgraph({
      ...parts('documents', await verifying('documents', jwks)),
      archiveUrl: backends.documentArchive.url,
      customerMasterUrl: backends.customerMaster.url,
      // Without identity nothing answers consent lookups (documentDelivery is then BACKEND_UNAVAILABLE).
      consentsUrl: firstIdentity ? `${firstIdentity.url}${CONSENTS_PATH}` : `http://127.0.0.1:9${CONSENTS_PATH}`,
      database: { kind: 'postgres', url: databaseUrl(), poolMax: 5 },
      links: {
        secret: documentLinkSecret,
        publicBaseUrl: new URL(TEST_PUBLIC_BASE_URL),
        ttlSeconds: options.documents?.linkTtlSeconds ?? 300,
      },
      offer: { nonLifeDocumentsEnabled: options.documents?.nonLifeDocumentsEnabled ?? false },
    });
  let firstSubgraphs: Partial<Record<SubgraphKey, Component>> | undefined;
  let firstJwks: URL | JWK[] | undefined;
  const createLife = async (jwks: URL | JWK[]) =>
    createLifeSubgraph(
      lifeSubgraphOptions(parts('life', await verifying('life', jwks)), {
        LIFE_CONNECT_URL: backends.lifeConnect.url,
        LIFE_CONNECT_TIMEOUT_MS: options.lifeConnectTimeoutMs,
      }),
    );
  const createNonLife = async (jwks: URL | JWK[]) =>
    createNonLifeSubgraph({
      ...parts('nonlife', await verifying('nonlife', jwks)),
      vConnectUrl: backends.vConnect.url,
      perRequestConcurrency: options.nonlife?.perRequestConcurrency ?? 8,
    });
  let firstDocuments: { component: Component & { url: string; operatorUrl: string }; jwks: URL | JWK[] } | undefined;
  const identityUrl = (): string => {
    if (!firstIdentity) throw new Error('The identity subgraph starts first.');
    return firstIdentity.url;
  };

  async function startStack(): Promise<Stack> {
    // Identity first: the others verify tokens against its JWKS (without identity, with the keys
    // directly). Its own verifier uses the keys directly.
    const identity = wanted.has('identity') ? await start(await createIdentity()) : undefined;
    firstIdentity ??= identity;
    const jwks = identity ? new URL(`${identity.url}/.well-known/jwks.json`) : signingKey.publicJwks;
    const remoteVerifier = (name: string): Promise<Verifying> => verifying(name, jwks);
    const life = wanted.has('life') ? await start(await createLife(jwks)) : undefined;
    const nonlife = wanted.has('nonlife') ? await start(await createNonLife(jwks)) : undefined;
    const documents = wanted.has('documents') ? await start(await createDocuments(jwks)) : undefined;
    if (documents) firstDocuments ??= { component: documents, jwks };
    const running = { identity, life, nonlife, documents };
    firstSubgraphs ??= running;
    firstJwks ??= jwks;
    const origins: Partial<Record<SubgraphKey, string>> = {};
    const operators: Partial<Record<SubgraphKey, string>> = {};
    const urls: Partial<Record<SubgraphKey, string>> = {};
    for (const name of SUBGRAPHS) {
      const component = running[name];
      if (!component) continue;
      origins[name] = component.url;
      operators[name] = component.operatorUrl;
      urls[name] = `${component.url}/graphql`;
    }
    const subgraphOrigins = startedOnly(origins, SUBGRAPHS, 'subgraph');
    const operatorOrigins = startedOnly(operators, SUBGRAPHS, 'subgraph');
    const subgraphUrls = startedOnly(urls, SUBGRAPHS, 'subgraph');
    if (!withGateway || !identity || !documents)
      return {
        get gatewayUrl(): string {
          return noGateway();
        },
        get gatewayOperatorOrigin(): string {
          return noGateway();
        },
        subgraphUrls,
        subgraphOrigins,
        operatorOrigins,
      };

    const gateway = await start(
      await createGateway({
        // A watched file (the hot-swap test's copy) holds what the gateway starts with.
        supergraphSdl: readSupergraph(gatewaySettings.supergraphWatch?.path ?? SUPERGRAPH_FILE),
        subgraphUrls,
        subgraphTimeoutMs: TEST_SUBGRAPH_TIMEOUT_MS,
        tokenVerifier: (await remoteVerifier('gateway')).tokenVerifier,
        log: logger('gateway'),
        metrics: createMetrics('gateway', { defaultMetrics: false }),
        production: false,
        maxBodyBytes: 100_000,
        routes: [
          ...identityPublicRoutes(identity.url),
          ...documentDownloadRoutes(documents.url, { corsOrigins: gatewaySettings.corsOrigins ?? [] }),
        ],
        ...gatewaySettings,
        // Its counters live in the system's Redis namespace, like a deployment's (and are removed with it).
        ...(gatewaySettings.rateLimiting
          ? { rateLimiting: { prefix: cachePrefix, ...gatewaySettings.rateLimiting } }
          : {}),
      }),
    );
    return {
      gatewayUrl: `${gateway.url}/graphql`,
      gatewayOperatorOrigin: gateway.operatorUrl,
      subgraphUrls,
      subgraphOrigins,
      operatorOrigins,
    };
  }

  const stacks: Stack[] = [];
  for (let index = 0; index < (options.stacks ?? 1); index++) stacks.push(await startStack());
  const [first] = stacks as [Stack, ...Stack[]];

  return {
    get gatewayUrl() {
      return first.gatewayUrl;
    },
    subgraphUrls: first.subgraphUrls,
    stacks,
    backends,
    universe,
    cachePrefix,
    signingKey,
    signingJwk,
    get databaseUrl() {
      return databaseUrl();
    },
    auditTrail: ownTrail?.store,
    documentLinkSecret,
    serviceSecret,
    async startSubgraphReplica(name) {
      if (!wanted.has(name) || !firstJwks) throw new Error(`This system runs no ${name} subgraph to replicate.`);
      const replica = await start(await (name === 'life' ? createLife(firstJwks) : createNonLife(firstJwks)));
      return {
        origin: replica.url,
        operatorOrigin: replica.operatorUrl,
        async stop(drain) {
          if (!started.includes(replica)) return;
          started.splice(started.indexOf(replica), 1);
          await replica.stop(drain);
        },
      };
    },
    async stopSubgraph(name) {
      const component = firstSubgraphs?.[name];
      if (!component || !started.includes(component)) throw new Error(`No ${name} subgraph is running.`);
      await component.stop();
      started.splice(started.indexOf(component), 1);
    },
    async restartDocuments() {
      const previous = firstDocuments;
      if (!previous) throw new Error('No documents subgraph is running.');
      await previous.component.stop();
      started.splice(started.indexOf(previous.component), 1);
      const fresh = await createDocuments(previous.jwks);
      await fresh.listen(Number(new URL(previous.component.url).port), '127.0.0.1');
      await fresh.operator?.listen(Number(new URL(previous.component.operatorUrl).port), '127.0.0.1');
      started.push(fresh);
      firstDocuments = {
        component: Object.assign(fresh, { url: previous.component.url, operatorUrl: previous.component.operatorUrl }),
        jwks: previous.jwks,
      };
    },
    async restartIdentity() {
      const previous = firstIdentity;
      if (!previous) throw new Error('No identity subgraph is running.');
      await previous.stop();
      started.splice(started.indexOf(previous), 1);
      const fresh = await createIdentity();
      await fresh.listen(Number(new URL(previous.url).port), '127.0.0.1');
      await fresh.operator?.listen(Number(new URL(previous.operatorUrl).port), '127.0.0.1');
      started.push(fresh);
      firstIdentity = Object.assign(fresh, { url: previous.url, operatorUrl: previous.operatorUrl });
    },
    token: (role, id) => signTestToken(signingKey, role, id),
    query: (query, { url, ...options } = {}) => postGraphQL(url ?? first.gatewayUrl, query, options),
    resetCounters() {
      for (const backend of Object.values(backends)) backend.counters.reset();
    },
    async stop() {
      for (const component of started.reverse()) await component.stop();
      await ownTrail?.stop();
      const cacheTarget = options.redis ?? { url: TEST_REDIS_URL };
      if (options.cache !== 'memory' && 'url' in cacheTarget) await deleteKeys(cachePrefix, cacheTarget.url);
      await database?.drop();
    },
  };
}

/** The keys under `prefix` on a Redis server, sorted: where a test's parts wrote. */
export async function keysUnder(prefix: string, url = TEST_REDIS_URL): Promise<string[]> {
  const redis = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 1 });
  try {
    await redis.connect();
    const found: string[] = [];
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 500);
      cursor = next;
      found.push(...keys);
    } while (cursor !== '0');
    return found.sort();
  } finally {
    redis.disconnect();
  }
}

/** Removes a test's Redis keys (they expire anyway; this keeps the shared server tidy). */
export async function deleteKeys(prefix: string, url = TEST_REDIS_URL): Promise<void> {
  const redis = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 1 });
  try {
    await redis.connect();
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 500);
      cursor = next;
      if (keys.length) await redis.del(...keys);
    } while (cursor !== '0');
  } catch {
    // Redis may be the thing a test stopped; its keys then expire on their own.
  } finally {
    redis.disconnect();
  }
}
