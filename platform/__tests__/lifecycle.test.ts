import type http from 'node:http';
import { connect, type Socket } from 'node:net';
import { createHttpServer, drainServer, listen, sendJson, type DrainOptions } from '../http';
import { createLogger } from '../logger';
import { Lifecycle, publicReadinessRoute, readinessOf } from '../operator';

/**
 * A component's life as a load balancer sees it, on a raw server of createHttpServer and raw
 * keep-alive sockets (so every byte of the exchange is the test's): readiness 503 while starting
 * and draining, requests in flight answered, kept-alive sockets told to close, new ones refused.
 */

interface Answer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** A kept-alive HTTP/1.1 connection: one request at a time, answers parsed by content-length. */
class KeptAlive {
  private buffer = Buffer.alloc(0);
  private waiting: ((answer: Answer) => void) | undefined;
  /** Resolves when the server closes the connection (or it is cut), with what was received meanwhile unanswered. */
  readonly closed: Promise<void>;

  private constructor(private readonly socket: Socket) {
    socket.on('data', (chunk: Buffer) => {
      this.buffer = Buffer.concat([this.buffer, chunk]);
      this.parse();
    });
    this.closed = new Promise((resolve) => socket.once('close', () => resolve()));
    socket.on('error', () => undefined);
  }

  static open(port: number): Promise<KeptAlive> {
    return new Promise((resolve, reject) => {
      const socket = connect(port, '127.0.0.1', () => {
        socket.off('error', reject);
        resolve(new KeptAlive(socket));
      });
      socket.once('error', reject);
    });
  }

  /** Sends a GET; resolves with the answer, rejects if the connection closes first. */
  get(path: string): Promise<Answer> {
    const answered = new Promise<Answer>((resolve, reject) => {
      this.waiting = resolve;
      void this.closed.then(() => reject(new Error(`the connection closed before ${path} was answered`)));
    });
    this.socket.write(`GET ${path} HTTP/1.1\r\nhost: test\r\n\r\n`);
    return answered;
  }

  end(): void {
    this.socket.destroy();
  }

  private parse(): void {
    const headEnd = this.buffer.indexOf('\r\n\r\n');
    if (headEnd < 0 || !this.waiting) return;
    const [statusLine = '', ...lines] = this.buffer.subarray(0, headEnd).toString('latin1').split('\r\n');
    const headers: Record<string, string> = {};
    for (const line of lines) {
      const colon = line.indexOf(':');
      headers[line.slice(0, colon).toLowerCase()] = line.slice(colon + 1).trim();
    }
    const length = Number(headers['content-length'] ?? 0);
    if (this.buffer.length < headEnd + 4 + length) return;
    const body = this.buffer.subarray(headEnd + 4, headEnd + 4 + length).toString('utf8');
    this.buffer = this.buffer.subarray(headEnd + 4 + length);
    const resolve = this.waiting;
    this.waiting = undefined;
    resolve({ status: Number(statusLine.split(' ')[1]), headers, body });
  }
}

/** Whether a new connection to the port is refused. */
function refused(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code === 'ECONNREFUSED'));
  });
}

interface TestComponent {
  port: number;
  operatorPort: number;
  lifecycle: Lifecycle;
  /** Holds every `/slow` request until called. */
  releaseSlow(): void;
  /** `/slow` requests received so far. */
  slowArrived(): number;
  stop(drain?: DrainOptions): Promise<void>;
  close(): Promise<void>;
}

/**
 * A public server (`/fast`, `/slow`, readiness) and an operator-like server with the same
 * readiness that stays open while the public one drains, as gateway and subgraphs have.
 */
async function startComponent(): Promise<TestComponent> {
  const log = createLogger({ component: 'lifecycle-test', level: 'silent' });
  const lifecycle = new Lifecycle();
  const readiness = readinessOf(lifecycle);
  let release: () => void = () => undefined;
  const slowGate = new Promise<void>((resolve) => (release = resolve));
  let slowArrived = 0;
  const server = createHttpServer({
    log,
    routes: [
      { method: 'GET', path: '/fast', handler: ({ res }) => sendJson(res, 200, { answer: 'fast' }) },
      {
        method: 'GET',
        path: '/slow',
        handler: async ({ res }) => {
          slowArrived++;
          await slowGate;
          sendJson(res, 200, { answer: 'slow' });
        },
      },
      publicReadinessRoute(readiness),
    ],
  });
  const operator = createHttpServer({
    log,
    routes: [
      {
        method: 'GET',
        path: '/health/ready',
        handler: async ({ res }) => {
          const { status, body } = await readiness();
          sendJson(res, status, body);
        },
      },
    ],
  });
  const servers: http.Server[] = [server, operator];
  return {
    port: await listen(server, 0, '127.0.0.1'),
    operatorPort: await listen(operator, 0, '127.0.0.1'),
    lifecycle,
    releaseSlow: () => release(),
    slowArrived: () => slowArrived,
    async stop(drain) {
      lifecycle.draining();
      await drainServer(server, drain);
    },
    async close() {
      release();
      for (const each of servers) {
        each.closeAllConnections();
        await new Promise((resolve) => each.close(resolve));
      }
    },
  };
}

/** A readiness probe on a connection of its own (raw, as every exchange of these tests). */
async function ready(port: number): Promise<{ status: number; body: unknown }> {
  const probe = await KeptAlive.open(port);
  try {
    const { status, body } = await probe.get('/health/ready');
    return { status, body: JSON.parse(body) as unknown };
  } finally {
    probe.end();
  }
}

describe('a component starting, serving and draining', () => {
  let component: TestComponent;
  const sockets: KeptAlive[] = [];
  const open = async (): Promise<KeptAlive> => {
    const socket = await KeptAlive.open(component.port);
    sockets.push(socket);
    return socket;
  };

  beforeEach(async () => {
    component = await startComponent();
  });
  afterEach(async () => {
    jest.useRealTimers();
    for (const socket of sockets.splice(0)) socket.end();
    await component.close();
  });

  it('is 503 starting until it serves, then 200 ok, on both ports', async () => {
    expect(await ready(component.port)).toEqual({ status: 503, body: { status: 'starting' } });
    expect(await ready(component.operatorPort)).toEqual({ status: 503, body: { status: 'starting' } });
    component.lifecycle.serving();
    expect(await ready(component.port)).toEqual({ status: 200, body: { status: 'ok' } });
    expect(await ready(component.operatorPort)).toEqual({ status: 200, body: { status: 'ok' } });
  });

  it('says draining from the moment it stops, answers what it accepted with Connection: close, refuses new connections', async () => {
    component.lifecycle.serving();
    const busy = await open();
    const warm = await busy.get('/fast');
    expect(warm.headers['connection']).toBe('keep-alive');
    const slow = busy.get('/slow');
    const second = (await open()).get('/slow');
    await eventuallyTrue(() => component.slowArrived() === 2);

    const stopped = component.stop();
    expect(await ready(component.operatorPort)).toEqual({ status: 503, body: { status: 'draining' } });
    expect(await refused(component.port)).toBe(true);

    component.releaseSlow();
    for (const answer of [await slow, await second]) {
      expect(answer).toMatchObject({ status: 200, body: '{"answer":"slow"}' });
      expect(answer.headers['connection']).toBe('close');
    }
    await busy.closed;
    await stopped;
    // A drain that ends is not undone: the operator port still says draining until it closes.
    expect(await ready(component.operatorPort)).toEqual({ status: 503, body: { status: 'draining' } });
  });

  it('closes a kept-alive socket that is idle when the listener closes', async () => {
    component.lifecycle.serving();
    const idle = await open();
    expect((await idle.get('/fast')).headers['connection']).toBe('keep-alive');
    await component.stop();
    await idle.closed;
  });

  it('answers the first request of a connection accepted just before the listener closed, with Connection: close', async () => {
    component.lifecycle.serving();
    const fresh = await open();
    const stopped = component.stop();
    const answer = await fresh.get('/fast');
    expect(answer).toMatchObject({ status: 200, body: '{"answer":"fast"}' });
    expect(answer.headers['connection']).toBe('close');
    await fresh.closed;
    await stopped;
  });

  it('during the drain delay keeps accepting, answering each request on a kept-alive socket with Connection: close', async () => {
    component.lifecycle.serving();
    const idle = await open();
    expect((await idle.get('/fast')).headers['connection']).toBe('keep-alive');
    // The delay is the test's to end: only the delay's and sweep's timers are faked (sockets are real).
    jest.useFakeTimers({ doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask', 'hrtime', 'performance', 'Date'] });
    const stopped = component.stop({ drainDelayMs: 5_000 });

    expect(await ready(component.port)).toEqual({ status: 503, body: { status: 'draining' } });
    const last = await idle.get('/fast');
    expect(last).toMatchObject({ status: 200, body: '{"answer":"fast"}' });
    expect(last.headers['connection']).toBe('close');
    await idle.closed;
    const fresh = await open();
    expect((await fresh.get('/fast')).headers['connection']).toBe('close');
    await fresh.closed;

    jest.advanceTimersByTime(5_000);
    jest.useRealTimers();
    await stopped;
    expect(await refused(component.port)).toBe(true);
  });

  it('cuts a request still running after the grace, and stops', async () => {
    component.lifecycle.serving();
    const hung = await open();
    const never = hung.get('/slow');
    await eventuallyTrue(() => component.slowArrived() === 1);
    await component.stop({ graceMs: 200 });
    await expect(never).rejects.toThrow('the connection closed before /slow was answered');
  });
});

async function eventuallyTrue(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setImmediate(resolve));
}
