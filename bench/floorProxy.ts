import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { Agent } from 'undici';

/**
 * The floor probe: a plain proxy that answers the customer overview by sending exactly the
 * subgraph requests the gateway's query plan sends (recorded from the gateway by the benchmark),
 * in the same waves, and merging their JSON, with no planning, validation, limits or tracing.
 * What it costs per request is what any gateway must pay at least; the benchmark runs it as a
 * process of its own beside the gateway. FLOOR_PORT, FLOOR_PLAN (a JSON file of the waves).
 */
export interface RecordedCall {
  url: string;
  headers: Record<string, string>;
  body: string;
}

export interface FloorPlan {
  waves: RecordedCall[][];
}

type Json = Record<string, unknown>;

/** Entities of a later wave belong to the object the first wave returned (the signed-in customer). */
function merge(target: Json, source: Json): void {
  for (const [key, value] of Object.entries(source)) {
    const existing = target[key];
    if (existing && value && typeof existing === 'object' && typeof value === 'object' && !Array.isArray(value))
      merge(existing as Json, value as Json);
    else target[key] = value;
  }
}

function main(): void {
  const plan = JSON.parse(readFileSync(process.env['FLOOR_PLAN'] ?? '', 'utf8')) as FloorPlan;
  // A keep-alive pool as the gateway's undici fetcher has.
  const agent = new Agent({ connections: 128, keepAliveTimeout: 30_000 });
  const targets = plan.waves.map((wave) =>
    wave.map((call) => {
      const url = new URL(call.url);
      return { origin: url.origin, path: url.pathname, headers: call.headers, body: call.body };
    }),
  );
  const send = async (call: (typeof targets)[number][number], authorization: string | undefined): Promise<Json> => {
    const response = await agent.request({
      origin: call.origin,
      path: call.path,
      method: 'POST',
      // A request id of its own per call, as the gateway gives each request one.
      headers: { ...call.headers, ...(authorization ? { authorization } : {}), 'x-request-id': randomUUID() },
      body: call.body,
    });
    return JSON.parse(await response.body.text()) as Json;
  };
  const server = createServer((request, response) => {
    // The request's body (the overview query) is read and dropped: the plan is known.
    request.resume();
    request.on('end', () => {
      void (async () => {
        const authorization = request.headers.authorization;
        const result: Json = {};
        for (const wave of targets) {
          const answers = await Promise.all(wave.map((call) => send(call, authorization)));
          for (const answer of answers) {
            const data = (answer['data'] ?? {}) as Json;
            const entities = data['_entities'];
            if (Array.isArray(entities)) {
              const me = (result['me'] ?? {}) as Json;
              for (const entity of entities) merge(me, entity as Json);
              result['me'] = me;
            } else merge(result, data);
          }
        }
        response.writeHead(200, { 'content-type': 'application/json' });
        response.end(JSON.stringify({ data: result }));
      })().catch((error: unknown) => {
        response.writeHead(502, { 'content-type': 'application/json' });
        response.end(JSON.stringify({ errors: [{ message: String(error) }] }));
      });
    });
  });
  server.keepAliveTimeout = 30_000;
  server.listen(Number(process.env['FLOOR_PORT']), '127.0.0.1');
  process.once('SIGTERM', () => {
    server.close();
    void agent.close();
    server.closeAllConnections();
  });
}

if (require.main === module) main();
