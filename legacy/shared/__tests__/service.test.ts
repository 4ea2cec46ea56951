import { Agent, fetch as fetchWith } from 'undici';
import { behaviour, counters, setBehaviour, silent, started, type Running } from '../../__tests__/support';
import { createLegacyService, type LegacyReply, type LegacyService } from '../service';

const text = (status: number, body: string): LegacyReply => ({ status, contentType: 'text/plain', body });

/** A backend with two business routes; /echo names its counter from a header, like a SOAP action. */
function createTestService(clock: { now: Date }): LegacyService {
  return createLegacyService({
    name: 'test-backend',
    log: silent,
    behaviour: behaviour(),
    now: () => clock.now,
    routes: [
      {
        method: 'GET',
        path: '/items/:id',
        endpoint: 'getItem',
        handle: ({ params }) => text(200, `item ${params['id']}`),
      },
      {
        method: 'POST',
        path: '/echo',
        endpoint: ({ req }) => (req.headers['x-operation'] === 'Shout' ? 'Shout' : 'echo'),
        handle: () => text(200, 'echo'),
        malformedReply: () => text(200, 'ech'),
      },
    ],
    faultReply: (kind) =>
      text(kind === 'maintenance' ? 503 : 500, kind === 'maintenance' ? 'down for maintenance' : 'internal error'),
    malformedReply: () => text(200, '<<garbled>>'),
  });
}

describe('the legacy service frame', () => {
  const clock = { now: new Date('2026-11-03T12:00:00Z') };
  let service: Running<LegacyService>;

  beforeEach(async () => {
    clock.now = new Date('2026-11-03T12:00:00Z');
    service = await started(createTestService(clock));
  });
  afterEach(async () => {
    await service.stop();
  });

  it('answers calmly by default', async () => {
    const response = await fetch(`${service.url}/items/7`);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('item 7');
  });

  it('applies the configured latency to every business call', async () => {
    await setBehaviour(service.url, { latencyMs: 250, jitterMs: 0 });
    const started = performance.now();
    await (await fetch(`${service.url}/items/1`)).text();
    expect(performance.now() - started).toBeGreaterThanOrEqual(240);
  });

  it('answers the backend’s own error at error rate 1, and counts the fault', async () => {
    await setBehaviour(service.url, { errorRate: 1 });
    const response = await fetch(`${service.url}/items/1`);
    expect(response.status).toBe(500);
    expect(await response.text()).toBe('internal error');
    expect((await counters(service.url)).faults).toEqual({ maintenance: 0, error: 1, hang: 0, malformed: 0 });
  });

  it('answers a garbled body at malformed rate 1: the route’s own when it has one, else the backend’s', async () => {
    await setBehaviour(service.url, { malformedRate: 1 });
    expect(await (await fetch(`${service.url}/items/1`)).text()).toBe('<<garbled>>');
    expect(await (await fetch(`${service.url}/echo`, { method: 'POST' })).text()).toBe('ech');
  });

  it('never answers at hang rate 1; the call stays in flight until the caller gives up', async () => {
    await setBehaviour(service.url, { hangRate: 1 });
    // A client of its own: the shared one opens a spare connection when the call is given up, which
    // would hold the service's stop after the test for its whole 2 s grace.
    const client = new Agent();
    try {
      const call = fetchWith(`${service.url}/items/1`, { signal: AbortSignal.timeout(300), dispatcher: client });
      await expect(call).rejects.toThrow();
      expect((await counters(service.url)).faults.hang).toBe(1);
      // The server notices the closed socket and ends the call (a bound on tries, not on time).
      for (let i = 0; i < 250 && (await counters(service.url)).inFlight > 0; i++)
        await new Promise((resolve) => setTimeout(resolve, 20));
      expect((await counters(service.url)).inFlight).toBe(0);
    } finally {
      await client.close();
    }
  });

  it('stops promptly even while a call hangs', async () => {
    await setBehaviour(service.url, { hangRate: 1 });
    const call = fetch(`${service.url}/items/1`).then(
      () => 'answered',
      () => 'connection closed',
    );
    while ((await counters(service.url)).inFlight === 0) await new Promise((resolve) => setTimeout(resolve, 10));
    // Promptly: the hanging call ends when the service stops, not when the 2 s grace for in-flight
    // calls runs out and every connection is cut (which a wall-clock bound would check only on an idle machine).
    const cutAfterGrace = jest.spyOn(service.httpServer, 'closeAllConnections');
    await service.stop();
    expect(cutAfterGrace).not.toHaveBeenCalled();
    expect(await call).toBe('connection closed');
  });

  it('answers 503 when maintenance is forced, without a Retry-After (no known end)', async () => {
    await setBehaviour(service.url, { maintenance: true });
    const response = await fetch(`${service.url}/items/1`);
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBeNull();
    expect(await response.text()).toBe('down for maintenance');
  });

  it('answers 503 with Retry-After inside the daily window, and normally outside it', async () => {
    await setBehaviour(service.url, { maintenanceWindow: '01:00-01:30' });
    clock.now = new Date('2026-11-03T01:10:00Z');
    const inside = await fetch(`${service.url}/items/1`);
    expect(inside.status).toBe(503);
    expect(inside.headers.get('retry-after')).toBe(String(20 * 60));
    clock.now = new Date('2026-11-03T01:30:00Z');
    expect((await fetch(`${service.url}/items/1`)).status).toBe(200);
  });

  it('keeps admin and health routes out of faults and counters', async () => {
    await setBehaviour(service.url, { maintenance: true, errorRate: 1 });
    expect((await fetch(`${service.url}/health/live`)).status).toBe(200);
    expect((await fetch(`${service.url}/admin/behaviour`)).status).toBe(200);
    expect((await counters(service.url)).total).toBe(0);
  });

  it('counts calls per endpoint, named from the request where the route says so, and resets', async () => {
    await Promise.all([
      fetch(`${service.url}/items/1`),
      fetch(`${service.url}/items/2`),
      fetch(`${service.url}/echo`, { method: 'POST' }),
      fetch(`${service.url}/echo`, { method: 'POST', headers: { 'x-operation': 'Shout' } }),
    ]);
    expect(await counters(service.url)).toMatchObject({
      calls: { echo: 1, getItem: 2, Shout: 1 },
      total: 4,
      inFlight: 0,
    });
    const reset = (await (await fetch(`${service.url}/admin/counters`, { method: 'DELETE' })).json()) as unknown;
    expect(reset).toEqual({
      calls: {},
      total: 0,
      faults: { maintenance: 0, error: 0, hang: 0, malformed: 0 },
      inFlight: 0,
      peakInFlight: 0,
      requestIds: [],
    });
  });

  it('records the request id each call came with, each id once, until the counters are reset', async () => {
    for (const id of ['req-00000001', 'req-00000002', 'req-00000001'])
      await (await fetch(`${service.url}/items/1`, { headers: { 'x-request-id': id } })).text();
    await (await fetch(`${service.url}/items/2`)).text();
    expect((await counters(service.url)).requestIds).toEqual(['req-00000001', 'req-00000002']);
    await fetch(`${service.url}/admin/counters`, { method: 'DELETE' });
    expect((await counters(service.url)).requestIds).toEqual([]);
  });

  it('records the peak number of calls in flight at once', async () => {
    await setBehaviour(service.url, { latencyMs: 300, jitterMs: 0 });
    await Promise.all(Array.from({ length: 6 }, (_, i) => fetch(`${service.url}/items/${i}`).then((r) => r.text())));
    await fetch(`${service.url}/items/last`).then((r) => r.text());
    expect(await counters(service.url)).toMatchObject({ total: 7, inFlight: 0, peakInFlight: 6 });
  });

  it('changes behaviour at run time and refuses a bad change without changing anything', async () => {
    const changed = await setBehaviour(service.url, { latencyMs: 40, errorRate: 0.5 });
    expect(changed.status).toBe(200);
    const before = await (await fetch(`${service.url}/admin/behaviour`)).json();
    expect(before).toMatchObject({ latencyMs: 40, errorRate: 0.5 });

    for (const bad of [{ errorRate: 2 }, { hangRate: 0.6 }, { maintenanceWindow: '7am' }, { unknown: 1 }]) {
      const refused = await setBehaviour(service.url, bad);
      expect(refused.status).toBe(400);
      expect(((await refused.json()) as { error: { code: string } }).error.code).toBe('BAD_BEHAVIOUR');
    }
    const notJson = await fetch(`${service.url}/admin/behaviour`, { method: 'PUT', body: '{oops' });
    expect(notJson.status).toBe(400);
    expect(await (await fetch(`${service.url}/admin/behaviour`)).json()).toEqual(before);
  });

  it('reports its calls on its operator port only: /metrics and a readiness, none of them on the public port', async () => {
    const operatorPort = await service.operator?.listen(0, '127.0.0.1');
    const operatorUrl = `http://127.0.0.1:${String(operatorPort)}`;
    await fetch(`${service.url}/items/1`);
    await setBehaviour(service.url, { errorRate: 1 });
    await fetch(`${service.url}/items/2`);
    await fetch(`${service.url}/echo`, { method: 'POST', headers: { 'x-operation': 'Shout' } });

    const metrics = await (await fetch(`${operatorUrl}/metrics`)).text();
    const answered = metrics.split('\n').filter((line) => line.startsWith('legacy_mock_requests_total{'));
    expect(answered.sort()).toEqual([
      'legacy_mock_requests_total{endpoint="Shout",outcome="error",component="test-backend"} 1',
      'legacy_mock_requests_total{endpoint="getItem",outcome="error",component="test-backend"} 1',
      'legacy_mock_requests_total{endpoint="getItem",outcome="ok",component="test-backend"} 1',
    ]);
    expect(await (await fetch(`${operatorUrl}/health/ready`)).json()).toEqual({ status: 'ok' });
    expect((await fetch(`${service.url}/metrics`)).status).toBe(404);
  });
});
