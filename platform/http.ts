import http, { type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import type { Logger } from './logger';
import { serverSpan } from './tracing';

/** An HTTP failure with a status and a machine-readable code, answered as JSON. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

export interface RouteRequest {
  req: IncomingMessage;
  res: ServerResponse;
  url: URL;
  /** Values of `:name` segments in the route's path. */
  params: Record<string, string>;
}

export type RouteHandler = (request: RouteRequest) => Promise<void> | void;

export interface Route {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE' | 'ANY';
  /** `/exact`, `/with/:param`, or `/prefix/*`. */
  path: string;
  handler: RouteHandler;
}

export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string | string[]> = {},
): void {
  const payload = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(payload),
    ...headers,
  });
  res.end(payload);
}

export function sendError(res: ServerResponse, error: HttpError): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  sendJson(res, error.status, { error: { code: error.code, message: error.message } }, error.headers);
}

/**
 * A refused body is left unread, so what follows it on the connection is not a request: the answer
 * closes the connection (Node ends the socket once the answer is sent). Kept alive, the rest of a
 * chunked body would be parsed as the next request's head, and that request, perhaps another
 * caller's behind a pooling proxy, would hang until the header timeout.
 */
function bodyTooLarge(maxBytes: number): HttpError {
  return new HttpError(413, 'PAYLOAD_TOO_LARGE', `The request body exceeds ${maxBytes} bytes.`, {
    connection: 'close',
  });
}

/** Reads the whole body, refusing more than `maxBytes` (413) before buffering it. */
export async function readBody(req: IncomingMessage, maxBytes: number): Promise<Buffer> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > maxBytes) throw bodyTooLarge(maxBytes);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > maxBytes) throw bodyTooLarge(maxBytes);
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}

export async function readJsonBody(req: IncomingMessage, maxBytes: number): Promise<unknown> {
  const raw = await readBody(req, maxBytes);
  if (raw.length === 0) return undefined;
  try {
    return JSON.parse(raw.toString('utf8')) as unknown;
  } catch {
    throw new HttpError(400, 'BAD_REQUEST', 'The request body is not valid JSON.');
  }
}

/** A path segment's value; bad percent-encoding (`%`, `%zz`, a lone UTF-8 byte) is the caller's mistake: 400. */
function decodeSegment(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    throw new HttpError(400, 'BAD_REQUEST', 'The request path is not validly percent-encoded.');
  }
}

function matchPath(pattern: string, pathname: string): Record<string, string> | undefined {
  if (pattern.endsWith('/*')) return pathname.startsWith(pattern.slice(0, -1)) ? {} : undefined;
  const expected = pattern.split('/');
  const actual = pathname.split('/');
  if (expected.length !== actual.length) return undefined;
  const params: Record<string, string> = {};
  for (let i = 0; i < expected.length; i++) {
    const segment = expected[i] as string;
    const value = actual[i] as string;
    if (segment.startsWith(':')) {
      if (value === '') return undefined;
      params[segment.slice(1)] = decodeSegment(value);
    } else if (segment !== value) {
      return undefined;
    }
  }
  return params;
}

export interface HttpServerOptions {
  routes: Route[];
  log: Logger;
  /**
   * Idle keep-alive sockets are closed after this long. It must exceed the idle time of the
   * caller's connection pool, or the caller reuses a socket the server is closing (ECONNRESET).
   */
  keepAliveTimeoutMs?: number;
  /** The component's name in traces: each request it serves is a span (none for operator routes). */
  traceAs?: string;
}

/**
 * How long a connection that has carried no request yet is left open by a drain: its client
 * connected to send one, which is answered (with `Connection: close`). Closing it at once would
 * cut that request as it arrives; a connection that stays silent is closed after this.
 */
const FIRST_REQUEST_WAIT_MS = 1_000;

/** What a drain knows of a server of createHttpServer: the answers it is writing, and how each connection is used. */
interface Traffic {
  answering: Set<ServerResponse>;
  connections: Map<Socket, { openedAt: number; inFlight: number; served: number; ending: boolean }>;
}
const traffic = new WeakMap<http.Server, Traffic>();

export function createHttpServer({
  routes,
  log,
  keepAliveTimeoutMs = 65_000,
  traceAs,
}: HttpServerOptions): http.Server {
  const seen: Traffic = { answering: new Set(), connections: new Map() };
  const server = http.createServer((req, res) => {
    seen.answering.add(res);
    const use = seen.connections.get(req.socket);
    if (use) use.inFlight++;
    res.once('close', () => {
      seen.answering.delete(res);
      if (use) {
        use.inFlight--;
        use.served++;
        // Node ends the connection itself once this answer is written.
        if (!res.shouldKeepAlive) use.ending = true;
      }
    });
    if (!traceAs) {
      void handle(req, res);
      return;
    }
    const span = serverSpan(traceAs, req.method ?? 'GET', req.headers, res);
    void span.run(() => handle(req, res, span.route));
  });
  server.on('connection', (socket: Socket) => {
    seen.connections.set(socket, { openedAt: Date.now(), inFlight: 0, served: 0, ending: false });
    socket.once('close', () => seen.connections.delete(socket));
  });
  traffic.set(server, seen);
  // Node's own closes (server.close() calls it too) every connection without a request in
  // progress, one just accepted whose first request is on its way included: that request would be
  // cut as it arrives. This one leaves such a connection its request (answered with
  // `Connection: close` once draining), for FIRST_REQUEST_WAIT_MS, and leaves one that is ending
  // after its last answer to end (destroyed, the answer's last bytes could be lost).
  server.closeIdleConnections = () => {
    for (const [socket, use] of seen.connections)
      if (use.inFlight === 0 && !use.ending && (use.served > 0 || Date.now() - use.openedAt >= FIRST_REQUEST_WAIT_MS))
        socket.destroy();
  };
  server.keepAliveTimeout = keepAliveTimeoutMs;
  server.headersTimeout = keepAliveTimeoutMs + 1_000;
  server.requestTimeout = 120_000;

  async function handle(
    req: IncomingMessage,
    res: ServerResponse,
    named: (route: string) => void = () => undefined,
  ): Promise<void> {
    let url: URL;
    try {
      url = new URL(req.url ?? '/', 'http://localhost');
    } catch {
      sendError(res, new HttpError(400, 'BAD_REQUEST', 'The request URL is malformed.'));
      return;
    }
    try {
      for (const route of routes) {
        if (route.method !== 'ANY' && route.method !== req.method && !(route.method === 'GET' && req.method === 'HEAD'))
          continue;
        const params = matchPath(route.path, url.pathname);
        if (!params) continue;
        named(route.path);
        await route.handler({ req, res, url, params });
        return;
      }
      const pathKnown = routes.some((route) => matchPath(route.path, url.pathname));
      if (pathKnown)
        sendError(res, new HttpError(405, 'METHOD_NOT_ALLOWED', `${req.method ?? ''} is not allowed on this path.`));
      else sendError(res, new HttpError(404, 'NOT_FOUND', 'No such resource.'));
    } catch (error) {
      if (error instanceof HttpError) {
        log.info({ method: req.method, path: url.pathname, status: error.status, code: error.code }, 'request refused');
        sendError(res, error);
        return;
      }
      log.error({ err: error, path: url.pathname }, 'unhandled error in HTTP handler');
      sendError(res, new HttpError(500, 'INTERNAL_SERVER_ERROR', 'Something went wrong on our side.'));
    }
  }

  return server;
}

/** Listens and resolves with the bound port (useful with port 0 in tests). */
export function listen(server: http.Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

/** How a server drains when its component stops (SHUTDOWN_DRAIN_SECONDS, SHUTDOWN_GRACE_SECONDS; platform/component.ts). */
export interface DrainOptions {
  /**
   * How long the listener keeps accepting after the component's readiness turned 503 `draining`,
   * answering every request with `Connection: close`, so that a load balancer (or a Kubernetes
   * Service's endpoints) stops sending new connections before they would be refused. 0 by default.
   */
  drainDelayMs?: number;
  /** How long requests in flight may take once the listener is closed; what is still open then is cut. */
  graceMs?: number;
}

export const DEFAULT_GRACE_MS = 15_000;
/** How often sockets that went idle during the drain are closed (a response begun before it kept its socket). */
const IDLE_SWEEP_MS = 100;

/** Ends the connection after this answer (Node then writes `Connection: close` and closes the socket once it is sent). */
function closeAfterAnswer(_req: IncomingMessage, res: ServerResponse): void {
  res.shouldKeepAlive = false;
}

/**
 * Drains a server: from now on every answer closes its connection (a keep-alive client opens a new
 * one, which the load balancer sends elsewhere), answers not yet begun included; after
 * `drainDelayMs` the listener closes (new connections are refused), sockets closed as soon as they
 * are idle; requests in flight finish, and whatever is still open after `graceMs` is cut, so a hung
 * client cannot keep the process alive. Resolves once every connection is closed.
 *
 * Idle keep-alive sockets are not closed at the start of the drain: a client may be writing a
 * request on one at that moment, and would see its request cut ("other side closed") instead of
 * answered. During the delay they carry a last request each, answered with `Connection: close`.
 */
export async function drainServer(server: http.Server, options: DrainOptions = {}): Promise<void> {
  if (!server.listening) return;
  const { drainDelayMs = 0, graceMs = DEFAULT_GRACE_MS } = options;
  server.prependListener('request', closeAfterAnswer);
  for (const res of traffic.get(server)?.answering ?? []) if (!res.headersSent) res.shouldKeepAlive = false;
  if (drainDelayMs > 0) await new Promise((resolve) => setTimeout(resolve, drainDelayMs));
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  const sweep = setInterval(() => server.closeIdleConnections(), IDLE_SWEEP_MS);
  const cut = setTimeout(() => server.closeAllConnections(), graceMs);
  sweep.unref();
  cut.unref();
  await closed;
  clearInterval(sweep);
  clearTimeout(cut);
}

/** drainServer without a delay: for servers no load balancer sends to (operator ports, legacy backends, tests). */
export function closeGracefully(server: http.Server, graceMs = DEFAULT_GRACE_MS): Promise<void> {
  return drainServer(server, { graceMs });
}

/** The named headers that have a single string value, for passing a request or answer on with only what is meant to cross. */
export function pickHeaders(
  headers: IncomingHttpHeaders | Record<string, string | string[] | undefined>,
  names: readonly string[],
): Record<string, string> {
  const picked: Record<string, string> = {};
  for (const name of names) {
    const value = headers[name];
    if (typeof value === 'string') picked[name] = value;
  }
  return picked;
}
