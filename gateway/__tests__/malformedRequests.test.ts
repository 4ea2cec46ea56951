import { connect } from 'node:net';
import { startSystem, type RunningSystem } from '../../test-support/system';

/** What came back on one raw connection until it closed, and whether it closed with an error. */
interface RawExchange {
  received: string;
  error: string | undefined;
}

/**
 * Sends `parts` on one connection (each written as it is, without waiting for an answer) and
 * resolves when the connection closes; jest's timeout bounds the wait.
 */
function exchange(origin: string, parts: readonly string[]): Promise<RawExchange> {
  const { hostname, port } = new URL(origin);
  return new Promise((resolve) => {
    const socket = connect(Number(port), hostname);
    let received = '';
    let error: string | undefined;
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => {
      received += chunk;
    });
    socket.on('error', (failure: NodeJS.ErrnoException) => {
      error = failure.code ?? failure.message;
    });
    socket.on('close', () => resolve({ received, error }));
    socket.on('connect', () => {
      for (const part of parts) socket.write(part);
      // Half-closes after the last request, so a server that answered everything closes too.
      socket.end();
    });
  });
}

const chunk = (text: string): string => `${Buffer.byteLength(text).toString(16)}\r\n${text}\r\n`;

/** 99,000 bytes of JSON whitespace, then a query: just under MAX_BODY_BYTES (100,000). */
const paddedBody = (): string => `${' '.repeat(99_000)}${JSON.stringify({ query: '{ me { id firstName } }' })}`;

describe.each([{ production: false }, { production: true }])(
  'malformed requests at the gateway (production: $production)',
  ({ production }) => {
    let system: RunningSystem;
    let token: string;
    let origin: string;
    const logLines: string[] = [];

    beforeAll(async () => {
      system = await startSystem({
        cache: 'memory',
        gateway: { production },
        logSink: (line) => logLines.push(line),
        logLevel: 'info',
      });
      token = await system.token('customer', 'P00000001');
      origin = new URL(system.gatewayUrl).origin;
    });
    afterAll(async () => {
      await system.stop();
    });

    const errorLogs = (): string[] => logLines.filter((line) => /"level":"(error|fatal)"/.test(line));

    it.each(['/documents/%', '/documents/%zz', '/documents/%E0%A4%A'])(
      'answers a path with bad percent-encoding (%s) with 400, logging nothing at error level',
      async (path) => {
        logLines.length = 0;
        const response = await fetch(`${origin}${path}?customer=P00000001&expires=1&sig=x`);
        expect(response.status).toBe(400);
        expect(await response.json()).toEqual({
          error: { code: 'BAD_REQUEST', message: 'The request path is not validly percent-encoded.' },
        });
        expect(errorLogs()).toEqual([]);
      },
    );

    it('refuses a subscription with 400 GRAPHQL_VALIDATION_FAILED and no stack trace', async () => {
      logLines.length = 0;
      const { status, body } = await system.query('subscription { me { id } }', { token });
      expect(status).toBe(400);
      expect(body).toEqual({
        errors: [
          {
            message: 'Subscriptions are not supported; send a query or a mutation.',
            locations: [{ line: 1, column: 1 }],
            extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
          },
        ],
      });
      expect(errorLogs()).toEqual([]);
    });

    it('counts aliases of __typename against the alias limit (15)', async () => {
      const aliases = Array.from({ length: 16 }, (_, i) => `t${i}: __typename`).join(' ');
      const { status, body } = await system.query(`{ ${aliases} }`, { token });
      expect(status).toBe(400);
      expect(body.data).toBeUndefined();
      expect(body.errors?.[0]?.extensions).toEqual({
        code: 'GRAPHQL_VALIDATION_FAILED',
        limit: 'aliases',
        maximum: 15,
      });

      const within = Array.from({ length: 15 }, (_, i) => `t${i}: __typename`).join(' ');
      const allowed = await system.query(`{ ${within} }`, { token });
      expect(allowed.status).toBe(200);
      expect(allowed.body.data?.['t14']).toBe('Query');
    });

    it('closes the connection after refusing a chunked body over MAX_BODY_BYTES: the request sent behind it is answered or cleanly cut, never left hanging', async () => {
      const padded = paddedBody();
      const { received, error } = await exchange(origin, [
        'POST /graphql HTTP/1.1\r\nhost: gateway\r\ncontent-type: application/json\r\ntransfer-encoding: chunked\r\n\r\n',
        ...Array.from({ length: 8 }, () => chunk('x'.repeat(16_000))),
        '0\r\n\r\n',
        `POST /graphql HTTP/1.1\r\nhost: gateway\r\ncontent-type: application/json\r\nauthorization: Bearer ${token}\r\ncontent-length: ${Buffer.byteLength(padded)}\r\n\r\n${padded}`,
      ]);
      expect(received).toMatch(/^HTTP\/1\.1 413 Payload Too Large\r\n/);
      expect(received).toMatch(/\r\nconnection: close\r\n/i);
      expect(received).toContain('"code":"PAYLOAD_TOO_LARGE"');
      expect(received).not.toMatch(/\r\nconnection: keep-alive\r\n/i);
      // Answered (a second status line) or closed after the refusal; a reset would mean it hung first.
      expect(error === undefined || received.split('HTTP/1.1 ').length === 3).toBe(true);
    });

    it('answers a 99 KB body of whitespace followed by a query, every time', async () => {
      for (let attempt = 0; attempt < 11; attempt++) {
        const response = await fetch(system.gatewayUrl, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body: paddedBody(),
        });
        expect(response.status).toBe(200);
        expect(await response.json()).toEqual({ data: { me: { id: 'P00000001', firstName: 'An' } } });
      }
    });
  },
);
