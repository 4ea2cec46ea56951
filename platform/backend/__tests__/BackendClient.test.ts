import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { createLogger } from '../../logger';
import { createMetrics, type Metrics } from '../../metrics';
import { BackendClient, type BackendPolicy } from '../BackendClient';
import { BackendError } from '../BackendError';

/**
 * The call policies against a real HTTP server whose answers each test scripts: per path, a
 * queue of replies ("ok", a status code, or "hang"), then the path's default.
 */
const silent = createLogger({ component: 'backend-test', level: 'silent' });
type Reply = 'ok' | 'hang' | number;

let server: http.Server;
let baseUrl: string;
const scripts = new Map<string, Reply[]>();
const defaults = new Map<string, Reply>();
const received = new Map<string, number>();
let inFlight = 0;
let peakInFlight = 0;
let slowMs = 0;

beforeAll(async () => {
  server = http.createServer((req, res) => {
    const path = req.url ?? '/';
    received.set(path, (received.get(path) ?? 0) + 1);
    inFlight++;
    peakInFlight = Math.max(peakInFlight, inFlight);
    const reply = scripts.get(path)?.shift() ?? defaults.get(path) ?? 'ok';
    const done = (): void => {
      inFlight--;
    };
    if (reply === 'hang') {
      req.socket.once('close', done);
      return;
    }
    setTimeout(() => {
      done();
      res.writeHead(reply === 'ok' ? 200 : reply, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ path }));
    }, slowMs);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const clients: BackendClient[] = [];
beforeEach(() => {
  scripts.clear();
  defaults.clear();
  received.clear();
  peakInFlight = 0;
  slowMs = 0;
});
afterEach(async () => {
  for (const client of clients.splice(0)) await client.close();
});

function client(policy: Partial<BackendPolicy>, metrics?: Metrics): BackendClient {
  const created = new BackendClient({
    name: 'test-backend',
    baseUrl,
    log: silent,
    policy: { breakerThreshold: 1_000, ...policy },
    ...(metrics ? { metrics } : {}),
  });
  clients.push(created);
  return created;
}

const read = (path: string) => ({ endpoint: 'read', method: 'GET' as const, path, idempotent: true });
const write = (path: string) => ({ endpoint: 'write', method: 'POST' as const, path, body: '{}', idempotent: false });

async function failureOf(call: Promise<unknown>): Promise<BackendError> {
  try {
    await call;
  } catch (error) {
    if (error instanceof BackendError) return error;
    throw error;
  }
  throw new Error('the call succeeded');
}

async function counter(
  metrics: Metrics,
  name: 'backendCalls' | 'backendRetries',
  labels: Record<string, string>,
): Promise<number> {
  const { values } = await metrics[name].get();
  return values
    .filter((value) =>
      Object.entries(labels).every(
        ([key, expected]) => (value.labels as Record<string, string | number | undefined>)[key] === expected,
      ),
    )
    .reduce((sum, value) => sum + value.value, 0);
}

describe('BackendClient call policies', () => {
  it('bounds each attempt with the timeout and retries a timed-out read once', async () => {
    defaults.set('/hang', 'hang');
    const started = Date.now();
    const error = await failureOf(client({ timeoutMs: 200, retries: 1 }).call(read('/hang')));
    expect(error.failure).toBe('timeout');
    expect(received.get('/hang')).toBe(2);
    // Both attempts waited out their 200 ms (the server never answers, so only the timeout ends one);
    // a lower bound holds on a busy machine, where an upper one would not.
    expect(Date.now() - started).toBeGreaterThanOrEqual(2 * 200 - 10);
  });

  it('retries a transient failure of a read, never a write', async () => {
    scripts.set('/flaky-read', [500]);
    scripts.set('/flaky-write', [500]);
    const backend = client({ retries: 2 });
    await expect(backend.call(read('/flaky-read'))).resolves.toMatchObject({ status: 200 });
    expect(received.get('/flaky-read')).toBe(2);
    expect((await failureOf(backend.call(write('/flaky-write')))).failure).toBe('unavailable');
    expect(received.get('/flaky-write')).toBe(1);
  });

  it('stops retrying when the retry budget is spent, and counts the refusals', async () => {
    defaults.set('/down', 500);
    const metrics = createMetrics('test', { defaultMetrics: false });
    // One retry per 10 s window whatever the traffic.
    const backend = client({ retries: 1, retryBudget: { ratio: 0, minPerSecond: 0.1, windowMs: 10_000 } }, metrics);
    for (let call = 0; call < 5; call++)
      expect((await failureOf(backend.call(read('/down')))).failure).toBe('unavailable');
    expect(received.get('/down')).toBe(6);
    expect(await counter(metrics, 'backendRetries', { decision: 'made' })).toBe(1);
    expect(await counter(metrics, 'backendRetries', { decision: 'refused' })).toBe(4);
  });

  it('opens the circuit after consecutive failures, fails fast without calling, and closes when the backend recovers', async () => {
    defaults.set('/maint', 503);
    const metrics = createMetrics('test', { defaultMetrics: false });
    const backend = client({ retries: 0, breakerThreshold: 3, breakerHalfOpenAfterMs: 300 }, metrics);
    for (let call = 0; call < 3; call++)
      expect((await failureOf(backend.call(read('/maint')))).failure).toBe('maintenance');
    expect((await failureOf(backend.call(read('/maint')))).failure).toBe('circuit-open');
    expect(received.get('/maint')).toBe(3);
    expect(backend.circuitState).toBe('open');
    expect((await metrics.backendCircuitOpen.get()).values[0]?.value).toBe(1);

    defaults.set('/maint', 'ok');
    await sleep(400);
    await expect(backend.call(read('/maint'))).resolves.toMatchObject({ status: 200 });
    expect(backend.circuitState).toBe('closed');
    expect((await metrics.backendCircuitOpen.get()).values[0]?.value).toBe(0);
  });

  it('keeps at most maxConcurrent calls in flight, queues a bounded number and refuses the rest', async () => {
    slowMs = 100;
    const backend = client({ maxConcurrent: 2 });
    const outcomes = await Promise.all(
      Array.from({ length: 12 }, () =>
        backend.call(read('/slow')).then(
          () => 'ok',
          (error: BackendError) => error.failure,
        ),
      ),
    );
    expect(peakInFlight).toBe(2);
    expect(outcomes.filter((outcome) => outcome === 'ok')).toHaveLength(10);
    expect(outcomes.filter((outcome) => outcome === 'overloaded')).toHaveLength(2);
  });

  it('counts calls by endpoint and outcome, times them, and ends with nothing in flight', async () => {
    scripts.set('/mixed', [500]);
    const metrics = createMetrics('test', { defaultMetrics: false });
    const backend = client({ retries: 1 }, metrics);
    await backend.call(read('/mixed'));
    expect(
      await counter(metrics, 'backendCalls', { backend: 'test-backend', endpoint: 'read', outcome: 'server-error' }),
    ).toBe(1);
    expect(await counter(metrics, 'backendCalls', { backend: 'test-backend', endpoint: 'read', outcome: 'ok' })).toBe(
      1,
    );
    const latency = await metrics.backendLatency.get();
    expect(latency.values.find((value) => value.metricName === 'backend_call_duration_seconds_count')?.value).toBe(2);
    expect((await metrics.backendInFlight.get()).values[0]?.value).toBe(0);
  });
});
