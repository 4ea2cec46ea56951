import { parse } from 'graphql';
import { postGraphQL } from '../../../test-support/callers';
import { createTokenVerifier } from '../../auth/tokens';
import type { Component } from '../../component';
import { createLogger } from '../../logger';
import { createMetrics } from '../../metrics';
import { createSubgraphServer, type RequestBase } from '../subgraphServer';

describe.each([{ production: false }, { production: true }])(
  'a subscription sent straight to a subgraph (production: $production)',
  ({ production }) => {
    let server: Component;
    let url: string;

    beforeAll(async () => {
      server = await createSubgraphServer<RequestBase>({
        name: 'probe',
        typeDefs: parse(`
          extend schema @link(url: "https://specs.apollo.dev/federation/v2.9", import: ["@key"])
          type Query { ping: String }
        `),
        resolvers: { Query: { ping: () => 'pong' } },
        createContext: (base) => base,
        tokenVerifier: createTokenVerifier({ jwks: [], issuer: 'i', audience: 'a' }),
        log: createLogger({ component: 'probe', level: 'silent' }),
        metrics: createMetrics('probe', { defaultMetrics: false }),
        production,
      });
      url = `http://127.0.0.1:${await server.listen(0, '127.0.0.1')}/graphql`;
    });
    afterAll(async () => {
      await server.stop();
    });

    it('is refused with 400 GRAPHQL_VALIDATION_FAILED and no stack trace', async () => {
      const { status, body } = await postGraphQL(url, 'subscription { ping }');
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
    });

    it('still answers a query', async () => {
      expect((await postGraphQL(url, '{ ping }')).body).toEqual({ data: { ping: 'pong' } });
    });
  },
);
