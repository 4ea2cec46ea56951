import { request } from 'undici';
import { HttpError, pickHeaders, readBody, type Route, type RouteHandler } from '../platform/http';
import { gatewayRequestIds, REQUEST_ID_HEADER, requestIdHeaders } from '../platform/request';

const REQUEST_HEADERS = ['content-type', 'accept', 'authorization'] as const;
const RESPONSE_HEADERS = ['content-type', 'cache-control', 'pragma', 'www-authenticate', 'retry-after'] as const;
const MAX_BODY_BYTES = 4_096;

function forwardTo(identityOrigin: string, path: string, timeoutMs: number): RouteHandler {
  const target = new URL(path, identityOrigin);
  return async ({ req, res }) => {
    const ids = gatewayRequestIds(req.headers);
    const { requestId } = ids;
    const body = req.method === 'POST' ? await readBody(req, MAX_BODY_BYTES) : undefined;
    let upstream: Awaited<ReturnType<typeof request>>;
    try {
      upstream = await request(target, {
        method: req.method === 'POST' ? 'POST' : 'GET',
        headers: { ...pickHeaders(req.headers, REQUEST_HEADERS), ...requestIdHeaders(ids) },
        body,
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch {
      throw new HttpError(503, 'IDENTITY_UNAVAILABLE', 'Signing in is temporarily unavailable; try again later.', {
        'retry-after': '5',
      });
    }
    const payload = Buffer.from(await upstream.body.arrayBuffer());
    res.writeHead(upstream.statusCode, {
      ...pickHeaders(upstream.headers, RESPONSE_HEADERS),
      'content-length': String(payload.length),
      [REQUEST_ID_HEADER]: requestId,
    });
    res.end(payload);
  };
}

/**
 * What the identity subgraph serves to the public, at the gateway's origin: the JWKS (so any
 * party can verify our access tokens) and the OAuth 2.0 token endpoint. Nothing else of
 * identity is reachable from outside; only these exact paths are forwarded, with a bounded
 * body and a fixed set of headers.
 */
export function identityPublicRoutes(
  identityOrigin: string,
  { timeoutMs = 5_000 }: { timeoutMs?: number } = {},
): Route[] {
  return [
    {
      method: 'GET',
      path: '/.well-known/jwks.json',
      handler: forwardTo(identityOrigin, '/.well-known/jwks.json', timeoutMs),
    },
    { method: 'POST', path: '/oauth/token', handler: forwardTo(identityOrigin, '/oauth/token', timeoutMs) },
  ];
}
