import { pipeline } from 'node:stream/promises';
import { request } from 'undici';
import { HttpError, pickHeaders, type Route, type RouteHandler } from '../platform/http';
import { gatewayRequestIds, REQUEST_ID_HEADER, requestIdHeaders } from '../platform/request';
import { withCors } from './cors';

const REQUEST_HEADERS = ['authorization', 'accept-language'] as const;
const RESPONSE_HEADERS = [
  'content-type',
  'content-length',
  'content-disposition',
  'cache-control',
  'x-content-type-options',
  'content-security-policy',
  'referrer-policy',
  'www-authenticate',
  'retry-after',
] as const;
/** The parts of a download link; nothing else of the query is passed on. */
const LINK_PARAMETERS = ['customer', 'expires', 'sig'] as const;
const MAX_PARAMETER_LENGTH = 200;

function download(documentsOrigin: string, timeoutMs: number): RouteHandler {
  return async ({ req, res, url, params }) => {
    const ids = gatewayRequestIds(req.headers);
    const { requestId } = ids;
    const target = new URL(`/internal/documents/${encodeURIComponent(params['id'] ?? '')}/content`, documentsOrigin);
    // Every value, so the documents subgraph sees a part given twice and refuses the link.
    for (const name of LINK_PARAMETERS)
      for (const value of url.searchParams.getAll(name))
        if (value.length <= MAX_PARAMETER_LENGTH) target.searchParams.append(name, value);
    let upstream: Awaited<ReturnType<typeof request>>;
    try {
      upstream = await request(target, {
        method: 'GET',
        headers: { ...pickHeaders(req.headers, REQUEST_HEADERS), ...requestIdHeaders(ids) },
        headersTimeout: timeoutMs,
        bodyTimeout: timeoutMs,
      });
    } catch {
      throw new HttpError(
        503,
        'DOCUMENTS_UNAVAILABLE',
        'Downloading documents is temporarily unavailable; try again later.',
        { 'retry-after': '5' },
      );
    }
    res.writeHead(upstream.statusCode, {
      ...pickHeaders(upstream.headers, RESPONSE_HEADERS),
      [REQUEST_ID_HEADER]: requestId,
    });
    // A failure half-way closes the connection: the client sees a cut-off download, never a wrong file.
    await pipeline(upstream.body, res).catch(() => res.destroy());
  };
}

const methodNotAllowed: RouteHandler = () => {
  throw new HttpError(405, 'METHOD_NOT_ALLOWED', 'Documents are downloaded with GET.', { allow: 'GET, OPTIONS' });
};

/**
 * A HEAD would cost a whole download (the archive read, the audit record of a broker's or staff
 * member's access) for headers alone, and record an access whose bytes no one received.
 */
function getOnly(handler: RouteHandler): RouteHandler {
  return (request) => (request.req.method === 'HEAD' ? methodNotAllowed(request) : handler(request));
}

/**
 * The public download route, `GET /documents/:id?customer=…&expires=…&sig=…`, on the gateway's
 * origin where `Document.downloadUrl` points: passed to the documents subgraph, which checks the
 * caller's token, the link and the caller's right, and streams the PDF. Only the link's own
 * parameters and a fixed set of headers go in and out. The link and the token are never logged.
 * CORS as for the API: allowed origins only (the portal fetches with its bearer token).
 */
export function documentDownloadRoutes(
  documentsOrigin: string,
  { timeoutMs = 15_000, corsOrigins = [] }: { timeoutMs?: number; corsOrigins?: readonly string[] } = {},
): Route[] {
  const origins = new Set(corsOrigins);
  return [
    {
      method: 'GET',
      path: '/documents/:id',
      handler: withCors(getOnly(download(documentsOrigin, timeoutMs)), origins),
    },
    // Browsers send a preflight (OPTIONS) before a GET with a bearer token; anything else is refused.
    { method: 'ANY', path: '/documents/:id', handler: withCors(methodNotAllowed, origins) },
  ];
}
