import type { IncomingMessage, ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer, type BaseContext, type HTTPGraphQLRequest } from '@apollo/server';
import { HttpError, readBody, type RouteHandler } from '../http';

export interface GraphQLHandlerOptions<TContext extends BaseContext> {
  apollo: ApolloServer<TContext>;
  /** Builds the context; `request` is what Apollo Server will run (the gateway checks it against the safelist). */
  context: (req: IncomingMessage, res: ServerResponse, request: HTTPGraphQLRequest) => Promise<TContext>;
  maxBodyBytes: number;
}

/**
 * Serves an Apollo Server over node:http. Small on purpose: body limits and JSON parsing
 * are ours (clear 400/413 answers before anything is parsed), the GraphQL semantics
 * (GET vs POST, CSRF prevention, status codes) are Apollo's.
 */
export function graphqlRouteHandler<TContext extends BaseContext>({
  apollo,
  context,
  maxBodyBytes,
}: GraphQLHandlerOptions<TContext>): RouteHandler {
  return async ({ req, res, url }) => {
    const headers = new HeaderMap();
    for (const [name, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
    }
    let body: unknown;
    if (req.method === 'POST') {
      const raw = await readBody(req, maxBodyBytes);
      const contentType = (headers.get('content-type') ?? '').toLowerCase();
      if (contentType.startsWith('application/json') || contentType.startsWith('application/graphql-response+json')) {
        try {
          body = raw.length ? JSON.parse(raw.toString('utf8')) : undefined;
        } catch {
          throw new HttpError(400, 'BAD_REQUEST', 'The request body is not valid JSON.');
        }
      } else {
        throw new HttpError(
          415,
          'UNSUPPORTED_MEDIA_TYPE',
          'Send GraphQL requests as JSON (content-type: application/json).',
        );
      }
    }
    const httpGraphQLRequest: HTTPGraphQLRequest = { method: req.method ?? 'GET', headers, search: url.search, body };
    const response = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest,
      context: () => context(req, res, httpGraphQLRequest),
    });
    for (const [name, value] of response.headers) {
      // A Vary set before (e.g. Origin by the gateway's CORS) is kept beside Apollo's.
      const earlier = name === 'vary' ? res.getHeader('vary') : undefined;
      res.setHeader(name, earlier ? `${String(earlier)}, ${value}` : value);
    }
    res.statusCode = response.status ?? 200;
    if (response.body.kind === 'complete') {
      res.end(response.body.string);
      return;
    }
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  };
}
