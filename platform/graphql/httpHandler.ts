import type { IncomingMessage, ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer, type BaseContext } from '@apollo/server';
import { HttpError, readBody, type RouteHandler } from '../http';

export interface GraphQLHandlerOptions<TContext extends BaseContext> {
  apollo: ApolloServer<TContext>;
  context: (req: IncomingMessage, res: ServerResponse) => Promise<TContext>;
  maxBodyBytes: number;
}

/**
 * Serves an Apollo Server over node:http. Small on purpose: body limits and JSON parsing
 * are ours (clear 400/413 answers before anything is parsed), the GraphQL semantics
 * (GET vs POST, CSRF prevention, status codes) are Apollo's.
 */
export function graphqlRouteHandler<TContext extends BaseContext>({ apollo, context, maxBodyBytes }: GraphQLHandlerOptions<TContext>): RouteHandler {
  return async ({ req, res, url }) => {
    const headers = new HeaderMap();
    for (const [name, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
    }
    let body: unknown;
    if (req.method === 'POST') {
      const raw = await readBody(req, maxBodyBytes);
      const contentType = headers.get('content-type') ?? '';
      if (contentType.startsWith('application/json') || contentType.startsWith('application/graphql-response+json')) {
        try {
          body = raw.length ? JSON.parse(raw.toString('utf8')) : undefined;
        } catch {
          throw new HttpError(400, 'BAD_REQUEST', 'The request body is not valid JSON.');
        }
      } else {
        body = raw.toString('utf8');
      }
    }
    const response = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: url.search, body },
      context: () => context(req, res),
    });
    for (const [name, value] of response.headers) res.setHeader(name, value);
    res.statusCode = response.status ?? 200;
    if (response.body.kind === 'complete') {
      res.end(response.body.string);
      return;
    }
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  };
}
