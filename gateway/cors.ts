import type { RouteHandler } from '../platform/http';
import { REQUEST_ID_HEADER } from '../platform/request';

/** Headers a browser client sends: Apollo Client's CSRF-prevention header and our request id among them. */
const ALLOWED_HEADERS = [
  'authorization',
  'content-type',
  'accept',
  'accept-language',
  'apollo-require-preflight',
  'x-apollo-operation-name',
  REQUEST_ID_HEADER,
].join(', ');
const EXPOSED_HEADERS = [REQUEST_ID_HEADER, 'retry-after'].join(', ');
const PREFLIGHT_MAX_AGE_SECONDS = 600;

/**
 * CORS for the GraphQL endpoint: only origins on the allow-list (the portal's) get CORS headers,
 * nothing is open by default, and credentials (cookies) are never allowed: callers authenticate
 * with a bearer token. Preflight requests are answered here, before Apollo Server, which knows
 * no OPTIONS.
 */
export function withCors(handler: RouteHandler, allowedOrigins: ReadonlySet<string>): RouteHandler {
  return async (request) => {
    const { req, res } = request;
    const origin = req.headers.origin;
    const allowed = origin !== undefined && allowedOrigins.has(origin);
    if (origin !== undefined) res.setHeader('vary', 'Origin');
    if (req.method === 'OPTIONS') {
      if (!allowed) {
        res.writeHead(403, { 'content-type': 'application/json; charset=utf-8' });
        res.end(
          JSON.stringify({
            error: { code: 'CORS_ORIGIN_NOT_ALLOWED', message: 'This origin may not call the API from a browser.' },
          }),
        );
        return;
      }
      res.writeHead(204, {
        'access-control-allow-origin': origin,
        'access-control-allow-methods': 'GET, POST, OPTIONS',
        'access-control-allow-headers': ALLOWED_HEADERS,
        'access-control-max-age': String(PREFLIGHT_MAX_AGE_SECONDS),
      });
      res.end();
      return;
    }
    if (allowed) {
      res.setHeader('access-control-allow-origin', origin);
      res.setHeader('access-control-expose-headers', EXPOSED_HEADERS);
    }
    await handler(request);
  };
}

/** Parses CORS_ORIGINS: a comma-separated list of exact origins (scheme, host and port; no path, no wildcard). */
export function parseOrigins(value: string): string[] {
  return value
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean)
    .map((item) => {
      const url = new URL(item);
      if ((url.protocol !== 'https:' && url.protocol !== 'http:') || url.origin !== item.replace(/\/$/, '')) {
        throw new Error(`"${item}" is not an origin (scheme://host[:port], without a path)`);
      }
      return url.origin;
    });
}
