import { createServer, connect, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { Agent, request } from 'undici';

/**
 * A TCP load balancer for replica tests, as a Kubernetes Service with readiness probes behaves:
 * each new connection goes to the next replica (round robin) whose /health/ready last answered
 * 200, and stays with it; a replica that refuses the connection is skipped for the next one (and
 * left out until its readiness answers 200 again). It looks at no byte of HTTP: what keeps a
 * client's requests off a stopping replica is the replica itself (readiness 503, then answers with
 * `Connection: close`, then a closed listener).
 */
export interface Balancer {
  /** `http://127.0.0.1:<port>`: where clients connect. */
  origin: string;
  /** Connections each replica was given, by its origin. */
  connections(): Record<string, number>;
  /** Connections a replica refused and the balancer gave the next one instead, by its origin. */
  refusedAtConnect(): Record<string, number>;
  /** The readiness answers seen from each replica (their `status` words, or `unreachable`), counted. */
  probes(): Record<string, Record<string, number>>;
  /** Resolves once each of `origins` answered its readiness with 200 (and so takes connections). */
  whenReady(origins: readonly string[]): Promise<void>;
  close(): Promise<void>;
}

interface Backend {
  origin: string;
  host: string;
  port: number;
  ready: boolean;
  /** Readiness probes in a row that got no answer. */
  unanswered: number;
  connections: number;
  refused: number;
  probes: Record<string, number>;
}

/** How often each replica's readiness is asked; a Kubernetes probe's period, scaled down to a test. */
const PROBE_EVERY_MS = 50;
/**
 * Probes in a row without an answer (timed out, refused) that take a replica out, as a probe's
 * failureThreshold: a busy machine's slow answer is not a replica going away. An answer other
 * than 200 (503 draining) takes it out at once, and so does a refused connection (route below).
 */
const UNANSWERED_THRESHOLD = 3;

export async function startBalancer(origins: readonly string[]): Promise<Balancer> {
  const backends: Backend[] = origins.map((origin) => {
    const url = new URL(origin);
    return {
      origin,
      host: url.hostname,
      port: Number(url.port),
      ready: false,
      unanswered: 0,
      connections: 0,
      refused: 0,
      probes: {},
    };
  });
  const probeAgent = new Agent({ keepAliveTimeout: 1_000 });
  const open = new Set<Socket>();
  let next = 0;
  let closing = false;
  const readyWaiters: Array<() => void> = [];

  async function probe(backend: Backend): Promise<void> {
    let status = 'unreachable';
    try {
      const answer = await request(`${backend.origin}/health/ready`, {
        dispatcher: probeAgent,
        signal: AbortSignal.timeout(2_000),
      });
      const body = (await answer.body.json()) as { status?: unknown };
      status = typeof body.status === 'string' ? body.status : String(answer.statusCode);
      backend.ready = answer.statusCode === 200;
      backend.unanswered = 0;
    } catch {
      if (++backend.unanswered >= UNANSWERED_THRESHOLD) backend.ready = false;
    }
    backend.probes[status] = (backend.probes[status] ?? 0) + 1;
    for (const waiter of readyWaiters.splice(0)) waiter();
  }

  let probing: Promise<void> = Promise.resolve();
  const timer = setInterval(() => {
    // One round at a time: a slow replica must not pile probes up.
    probing = probing.then(() => Promise.all(backends.map(probe)).then(() => undefined));
  }, PROBE_EVERY_MS);

  function pick(skipped: ReadonlySet<Backend>): Backend | undefined {
    for (let tried = 0; tried < backends.length; tried++) {
      const backend = backends[next++ % backends.length] as Backend;
      if (backend.ready && !skipped.has(backend)) return backend;
    }
    return undefined;
  }

  /** Closes `to` as `from` closed: gracefully after an end (what was written still arrives), at once after an error. */
  function follow(from: Socket, to: Socket): void {
    from.once('close', (hadError) => (hadError ? to.destroy() : to.end()));
    from.on('error', () => to.destroy());
  }

  function route(client: Socket, skipped: Set<Backend>): void {
    const backend = pick(skipped);
    if (!backend || closing) {
      client.destroy();
      return;
    }
    const upstream = connect(backend.port, backend.host);
    open.add(upstream);
    upstream.once('close', () => open.delete(upstream));
    const refused = (): void => {
      backend.refused++;
      backend.ready = false;
      skipped.add(backend);
      route(client, skipped);
    };
    upstream.once('error', refused);
    upstream.once('connect', () => {
      upstream.off('error', refused);
      backend.connections++;
      follow(upstream, client);
      follow(client, upstream);
      client.pipe(upstream);
      upstream.pipe(client);
      client.resume();
    });
  }

  const server: Server = createServer((client) => {
    // What the client sends before its replica is connected waits in the socket.
    client.pause();
    open.add(client);
    client.once('close', () => open.delete(client));
    client.on('error', () => undefined);
    route(client, new Set());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  const count = (of: (backend: Backend) => number): Record<string, number> =>
    Object.fromEntries(backends.map((backend) => [backend.origin, of(backend)]));

  return {
    origin: `http://127.0.0.1:${port}`,
    connections: () => count((backend) => backend.connections),
    refusedAtConnect: () => count((backend) => backend.refused),
    probes: () => Object.fromEntries(backends.map((backend) => [backend.origin, { ...backend.probes }])),
    async whenReady(wanted) {
      const isReady = (): boolean =>
        wanted.every((origin) => backends.find((backend) => backend.origin === origin)?.ready === true);
      while (!isReady()) await new Promise<void>((resolve) => readyWaiters.push(resolve));
    },
    async close() {
      closing = true;
      clearInterval(timer);
      await probing;
      for (const socket of open) socket.destroy();
      await new Promise((resolve) => server.close(resolve));
      await probeAgent.close();
    },
  };
}
