import { Agent } from 'undici';
import { createTokenVerifier } from '../../platform/auth/tokens';
import type { Component } from '../../platform/component';
import { createLogger } from '../../platform/logger';
import { createMetrics, type Metrics } from '../../platform/metrics';
import { readSupergraph } from '../config';
import { SUPERGRAPH_FILE } from '../../scripts/supergraph';
import { startBalancer, type Balancer } from '../../test-support/balancer';
import { startSystem, TOKEN_AUDIENCE, type Replica, type RunningSystem } from '../../test-support/system';
import { createGateway } from '../server';

/**
 * Scale-out under a rolling restart: two gateway replicas and two life replicas over one Redis
 * (and one identity with its PostgreSQL), each pair behind a TCP balancer that, like a Kubernetes
 * Service, gives new connections to replicas whose readiness answers 200. Steady load, with
 * keep-alive clients, goes to one gateway directly, to the other directly, and through the
 * gateways' balancer; mid-load the second gateway and the second life replica are stopped as
 * SIGTERM stops them (readiness 503 draining, a drain delay, then the listener closes and what was
 * accepted is answered). Counted: no request sent to the gateway that stays, or to the balancer,
 * fails, and none that the stopped gateway accepted was answered with a failure. A drain delay of
 * 1 s and probes every 50 ms stand in for Kubernetes' seconds; nothing here asserts a duration.
 */

/** Reaches identity and, through the life balancer, life: each answer depends on both. */
const QUERY = '{ me { firstName lifeContracts { contractNumber } } }';
const CUSTOMERS = ['P00000001', 'P00000002', 'P00000003', 'P00000004', 'P00000005', 'P00000006'];
const WORKERS_PER_STREAM = 8;
/** Answers each stream gets before the stops, and the staying ones after. */
const WARM_ANSWERS = 20;
const ANSWERS_AFTER_STOP = 40;
const DRAIN = { drainDelayMs: 1_000, graceMs: 10_000 };

type Outcome = 'ok' | 'failedAnswer' | 'refused' | 'cut';

interface Stream {
  name: string;
  origin: string;
  agent: Agent;
  counts: Record<Outcome, number>;
  /** What the first failures were, to say why if the test fails. */
  failures: string[];
  /** Stop sending once refused (the replica is gone; a client would go elsewhere). */
  quitWhenRefused: boolean;
}

interface GatewayReplica {
  origin: string;
  component: Component;
  metrics: Metrics;
  stopped: boolean;
}

describe('two gateways and two life replicas under load, one of each stopped', () => {
  let system: RunningSystem;
  let lifeReplica: Replica;
  let lifeBalancer: Balancer;
  let gatewayBalancer: Balancer;
  const gateways: GatewayReplica[] = [];
  const streams: Stream[] = [];

  async function startGateway(lifeUrl: string): Promise<GatewayReplica> {
    const metrics = createMetrics('gateway', { defaultMetrics: false });
    const component = await createGateway({
      supergraphSdl: readSupergraph(SUPERGRAPH_FILE),
      subgraphUrls: { ...system.subgraphUrls, life: lifeUrl },
      subgraphTimeoutMs: 10_000,
      tokenVerifier: createTokenVerifier({ jwks: system.signingKey.publicJwks, ...TOKEN_AUDIENCE }),
      log: createLogger({ component: 'gateway', level: 'silent' }),
      metrics,
      production: false,
      maxBodyBytes: 100_000,
    });
    const origin = `http://127.0.0.1:${await component.listen(0, '127.0.0.1')}`;
    await component.operator?.listen(0, '127.0.0.1');
    const replica = { origin, component, metrics, stopped: false };
    gateways.push(replica);
    return replica;
  }

  async function stopGateway(replica: GatewayReplica, drain?: typeof DRAIN): Promise<void> {
    if (replica.stopped) return;
    replica.stopped = true;
    await replica.component.stop(drain);
  }

  beforeAll(async () => {
    system = await startSystem({ gateway: false });
    lifeReplica = await system.startSubgraphReplica('life');
    lifeBalancer = await startBalancer([system.stacks[0]?.subgraphOrigins.life ?? '', lifeReplica.origin]);
    await lifeBalancer.whenReady([system.stacks[0]?.subgraphOrigins.life ?? '', lifeReplica.origin]);
    const staying = await startGateway(`${lifeBalancer.origin}/graphql`);
    const stopping = await startGateway(`${lifeBalancer.origin}/graphql`);
    gatewayBalancer = await startBalancer([staying.origin, stopping.origin]);
    await gatewayBalancer.whenReady([staying.origin, stopping.origin]);
  }, 120_000);

  afterAll(async () => {
    for (const stream of streams) await stream.agent.close();
    await gatewayBalancer?.close();
    for (const replica of gateways) await stopGateway(replica);
    await lifeBalancer?.close();
    await system?.stop();
  }, 60_000);

  it('loses no request on the gateway that stays or through the balancer, and answers all the stopped gateway accepted', async () => {
    const [staying, stopping] = gateways as [GatewayReplica, GatewayReplica];
    const tokens = await Promise.all(CUSTOMERS.map((id) => system.token('customer', id)));
    const stream = (name: string, origin: string, quitWhenRefused = false): Stream => {
      const created: Stream = {
        name,
        origin,
        // Keep-alive clients, as a browser or an upstream proxy is: sockets are reused between requests.
        agent: new Agent({ connections: WORKERS_PER_STREAM, keepAliveTimeout: 30_000 }),
        counts: { ok: 0, failedAnswer: 0, refused: 0, cut: 0 },
        failures: [],
        quitWhenRefused,
      };
      streams.push(created);
      return created;
    };
    const toStaying = stream('staying gateway', staying.origin);
    const toStopping = stream('stopped gateway', stopping.origin, true);
    const balanced = stream('gateway balancer', gatewayBalancer.origin);

    let sending = true;
    let sent = 0;
    const progress: Array<() => void> = [];
    const record = (into: Stream, outcome: Outcome, why?: string): void => {
      into.counts[outcome]++;
      if (why !== undefined && into.failures.length < 5) into.failures.push(why);
      for (const wake of progress.splice(0)) wake();
    };
    async function worker(into: Stream, index: number): Promise<void> {
      while (sending) {
        const token = tokens[sent++ % tokens.length] ?? '';
        try {
          const answer = await into.agent.request({
            origin: into.origin,
            path: '/graphql',
            method: 'POST',
            headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
            body: JSON.stringify({ query: QUERY }),
          });
          const text = await answer.body.text();
          const body = JSON.parse(text) as { data?: { me?: { lifeContracts?: unknown } }; errors?: unknown[] };
          if (answer.statusCode === 200 && !body.errors && Array.isArray(body.data?.me?.lifeContracts))
            record(into, 'ok');
          else record(into, 'failedAnswer', `${answer.statusCode} ${text.slice(0, 300)}`);
        } catch (error) {
          const code = String((error as { code?: unknown }).code ?? (error as Error).message);
          if (code === 'ECONNREFUSED') {
            record(into, 'refused');
            if (into.quitWhenRefused) return;
          } else record(into, 'cut', `worker ${index}: ${code}`);
        }
      }
    }
    const until = async (condition: () => boolean): Promise<void> => {
      while (!condition()) await new Promise<void>((resolve) => progress.push(resolve));
    };

    const workers = [toStaying, toStopping, balanced].flatMap((into) =>
      Array.from({ length: WORKERS_PER_STREAM }, (_, index) => worker(into, index)),
    );
    await until(() => streams.every((each) => each.counts.ok >= WARM_ANSWERS));
    const lifeConnectionsBefore = lifeBalancer.connections();

    const answeredBefore = { staying: toStaying.counts.ok, balanced: balanced.counts.ok };
    await Promise.all([stopGateway(stopping, DRAIN), lifeReplica.stop(DRAIN)]);
    await until(
      () =>
        toStaying.counts.ok >= answeredBefore.staying + ANSWERS_AFTER_STOP &&
        balanced.counts.ok >= answeredBefore.balanced + ANSWERS_AFTER_STOP,
    );
    sending = false;
    await Promise.all(workers);

    const figures = {
      streams: Object.fromEntries(streams.map((each) => [each.name, { ...each.counts, failures: each.failures }])),
      lifeConnections: { beforeStop: lifeConnectionsBefore, total: lifeBalancer.connections() },
      lifeRefusedAtConnect: lifeBalancer.refusedAtConnect(),
      lifeProbes: lifeBalancer.probes(),
      gatewayConnections: gatewayBalancer.connections(),
      gatewayRefusedAtConnect: gatewayBalancer.refusedAtConnect(),
      gatewayProbes: gatewayBalancer.probes(),
      lifeCallsSentAgain: await Promise.all(
        gateways.map(async (each) => (await each.metrics.backendRetries.get()).values.map((v) => v.value)),
      ),
    };
    process.stdout.write(`replica figures: ${JSON.stringify(figures)}\n`);

    // The life replica that was stopped was serving this load before it stopped.
    expect(lifeConnectionsBefore[lifeReplica.origin]).toBeGreaterThan(0);
    expect({ stream: toStaying.name, failures: toStaying.failures, ...toStaying.counts }).toMatchObject({
      failures: [],
      failedAnswer: 0,
      refused: 0,
      cut: 0,
    });
    expect({ stream: balanced.name, failures: balanced.failures, ...balanced.counts }).toMatchObject({
      failures: [],
      failedAnswer: 0,
      refused: 0,
      cut: 0,
    });
    // What the stopped gateway answered, it answered whole (a refused connection never reached it).
    expect({ stream: toStopping.name, failedAnswer: toStopping.counts.failedAnswer }).toEqual({
      stream: toStopping.name,
      failedAnswer: 0,
    });
    expect(toStopping.counts.ok).toBeGreaterThanOrEqual(WARM_ANSWERS);
  }, 180_000);
});
