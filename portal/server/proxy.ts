import type { IncomingMessage } from 'node:http';
import { pipeline } from 'node:stream/promises';
import { request, type Dispatcher } from 'undici';
import { HttpError, pickHeaders, readBody, sendJson, type Route } from '../../platform/http';
import { requirePortalPage } from './csrf';
import { isSession, sessionCookie } from './session';

const MAX_BODY_BYTES = 100_000;
const ANSWER_HEADERS = ['content-type', 'x-request-id', 'retry-after', 'cache-control'] as const;
const DOWNLOAD_HEADERS = [
  'content-type',
  'content-length',
  'content-disposition',
  'cache-control',
  'x-request-id',
  'retry-after',
  'www-authenticate',
] as const;

export interface ProxyOptions {
  gatewayOrigin: string;
  agent: Dispatcher;
  publicOrigin: string;
  /** The operations in operations/ by hash (their text): the only ones the portal's pages run. */
  registeredOperations: ReadonlyMap<string, string>;
  forwardedHeaders(req: IncomingMessage): Record<string, string>;
  timeoutMs?: number;
}

interface GraphQLAnswer {
  data?: Record<string, unknown> | null;
  errors?: { extensions?: { code?: string } }[];
}

function persistedHash(body: unknown): string | undefined {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return undefined;
  const extensions = (body as { extensions?: { persistedQuery?: { sha256Hash?: unknown } } }).extensions;
  const hash = extensions?.persistedQuery?.sha256Hash;
  return typeof hash === 'string' ? hash : undefined;
}

const unavailable = () =>
  new HttpError(
    503,
    'GATEWAY_UNAVAILABLE',
    'The customer zone is temporarily unavailable; try again in a few minutes.',
    {
      'retry-after': '5',
    },
  );

/**
 * `POST /graphql` from the portal's pages to the gateway. Only the portal's registered operations
 * pass (by hash), with the page's bearer token and language. A session in the answer loses its
 * refresh token on the way back: it becomes the HttpOnly cookie, so page scripts never hold it.
 */
export function graphqlProxy({
  gatewayOrigin,
  agent,
  publicOrigin,
  registeredOperations,
  forwardedHeaders,
  timeoutMs = 15_000,
}: ProxyOptions): Route {
  const endpoint = new URL('/graphql', gatewayOrigin);
  return {
    method: 'POST',
    path: '/graphql',
    handler: async ({ req, res }) => {
      requirePortalPage(req, publicOrigin);
      const raw = await readBody(req, MAX_BODY_BYTES);
      let body: unknown;
      try {
        body = JSON.parse(raw.toString('utf8'));
      } catch {
        throw new HttpError(400, 'BAD_REQUEST', 'The body must be a JSON GraphQL request.');
      }
      const hash = persistedHash(body);
      const registered = hash === undefined ? undefined : registeredOperations.get(hash);
      if (!registered) {
        sendJson(res, 400, {
          errors: [
            {
              message: 'The customer zone runs only the operations registered in operations/.',
              extensions: { code: 'PERSISTED_QUERY_NOT_IN_LIST' },
            },
          ],
        });
        return;
      }
      // The hash only; a gateway without the manifest is sent the registered text (never the page's).
      const { query: _pageText, ...byHash } = body as Record<string, unknown>;
      const send = async (withText: boolean) => {
        let upstream: Dispatcher.ResponseData;
        try {
          upstream = await request(endpoint, {
            method: 'POST',
            dispatcher: agent,
            headers: {
              ...forwardedHeaders(req),
              ...pickHeaders(req.headers, ['authorization']),
              'content-type': 'application/json',
            },
            body: JSON.stringify(withText ? { ...byHash, query: registered } : byHash),
            headersTimeout: timeoutMs,
            bodyTimeout: timeoutMs,
          });
        } catch {
          throw unavailable();
        }
        const text = await upstream.body.text();
        try {
          return { upstream, answer: JSON.parse(text) as GraphQLAnswer };
        } catch {
          throw unavailable();
        }
      };
      let { upstream, answer } = await send(false);
      if (answer.errors?.some((error) => error.extensions?.code === 'PERSISTED_QUERY_NOT_FOUND'))
        ({ upstream, answer } = await send(true));
      const cookies: string[] = [];
      for (const [field, value] of Object.entries(answer?.data ?? {}))
        if (isSession(value) && answer.data) {
          cookies.push(sessionCookie(value));
          answer.data[field] = { ...value, refreshToken: null };
        }
      sendJson(res, upstream.statusCode, answer, {
        ...pickHeaders(upstream.headers, ANSWER_HEADERS),
        'cache-control': 'no-store',
        ...(cookies.length > 0 ? { 'set-cookie': cookies } : {}),
      });
    },
  };
}

/**
 * `GET /documents/:id?…`: a document's download link, passed to the gateway's download route
 * with the page's bearer token; the PDF streams back. The documents subgraph checks the link,
 * the token and the customer's right.
 */
export function downloadProxy({ gatewayOrigin, agent, forwardedHeaders, timeoutMs = 30_000 }: ProxyOptions): Route {
  return {
    method: 'GET',
    path: '/documents/:id',
    handler: async ({ req, res, url, params }) => {
      // A HEAD would cost the whole download upstream (and an access record) for headers alone.
      if (req.method === 'HEAD')
        throw new HttpError(405, 'METHOD_NOT_ALLOWED', 'Documents are downloaded with GET.', { allow: 'GET' });
      const target = new URL(`/documents/${encodeURIComponent(params['id'] ?? '')}`, gatewayOrigin);
      target.search = url.search;
      let upstream: Dispatcher.ResponseData;
      try {
        upstream = await request(target, {
          method: 'GET',
          dispatcher: agent,
          headers: { ...forwardedHeaders(req), ...pickHeaders(req.headers, ['authorization']) },
          headersTimeout: timeoutMs,
          bodyTimeout: timeoutMs,
        });
      } catch {
        throw unavailable();
      }
      res.writeHead(upstream.statusCode, pickHeaders(upstream.headers, DOWNLOAD_HEADERS));
      await pipeline(upstream.body, res).catch(() => res.destroy());
    },
  };
}
