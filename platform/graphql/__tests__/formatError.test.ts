import { parse } from 'graphql';
import { createTokenVerifier } from '../../auth/tokens';
import type { Component } from '../../component';
import { createLogger } from '../../logger';
import { createMetrics } from '../../metrics';
import { backendFailure, forbidden } from '../errors';
import { BackendError } from '../../backend/BackendError';
import { createFormatError, maskError, MASKED_MESSAGE } from '../formatError';
import { createSubgraphServer, type RequestBase } from '../subgraphServer';

describe('maskError (production)', () => {
  it('replaces the message of an internal error and drops every extension but the code', () => {
    const masked = maskError({
      message: 'connect ECONNREFUSED 10.0.3.7:4002 (http://life.internal:4002/graphql)',
      path: ['me', 'lifeContracts'],
      extensions: {
        code: 'INTERNAL_SERVER_ERROR',
        stacktrace: ['Error: at LifeConnectClient.ts:12'],
        response: { url: 'http://life.internal:4002/graphql', body: '<html>' },
      },
    });
    expect(masked).toEqual({
      message: MASKED_MESSAGE,
      path: ['me', 'lifeContracts'],
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
  });

  it('masks errors with an unknown code or none (they may carry a backend message)', () => {
    expect(
      maskError({
        message: 'SQLSTATE 23505 on accounts',
        extensions: { code: 'DOWNSTREAM_SERVICE_ERROR', serviceName: 'identity' },
      }),
    ).toEqual({ message: MASKED_MESSAGE, extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    expect(maskError({ message: 'oops' })).toEqual({
      message: MASKED_MESSAGE,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
  });

  it('keeps client-facing codes with their message and allow-listed fields only', () => {
    const backend = backendFailure(
      new BackendError('life-connect', '/soap', 'timeout', 'timeout after 3000 ms calling http://10.0.3.7'),
    );
    const formatted = {
      message: backend.message,
      extensions: { ...backend.extensions, stacktrace: ['x'], exception: { host: '10.0.3.7' } },
    };
    expect(maskError(formatted)).toEqual({
      message: 'life-connect is temporarily unavailable; try again later.',
      extensions: { code: 'BACKEND_UNAVAILABLE', backend: 'life-connect', reason: 'timeout', retryable: true },
    });
    expect(maskError({ message: forbidden().message, extensions: { code: 'FORBIDDEN' } })).toEqual({
      message: 'You do not have access to this.',
      extensions: { code: 'FORBIDDEN' },
    });
  });

  it('removes "Did you mean" suggestions from validation and input errors', () => {
    expect(
      maskError({
        message: 'Cannot query field "firstNme" on type "Customer". Did you mean "firstName"?',
        extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
      }).message,
    ).toBe('Cannot query field "firstNme" on type "Customer".');
    expect(
      maskError({
        message: 'Value "NLX" does not exist in "Language" enum. Did you mean the enum value "NL"?',
        extensions: { code: 'BAD_USER_INPUT' },
      }).message,
    ).toBe('Value "NLX" does not exist in "Language" enum.');
  });

  it("outside production keeps our failures' stacks, but never a caller's error's stack or a subgraph's response", () => {
    const format = createFormatError({ production: false });
    const failure = { message: 'boom', extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at x'] } };
    expect(format(failure, new Error('boom'))).toEqual(failure);
    const refused = {
      message: 'Sign in to see this.',
      path: ['me'],
      extensions: {
        code: 'UNAUTHENTICATED',
        serviceName: 'identity',
        stacktrace: ['at access.ts:40'],
        response: { url: 'http://127.0.0.1:4001/graphql', status: 401, body: '{}' },
      },
    };
    expect(format(refused, new Error('x'))).toEqual({
      message: 'Sign in to see this.',
      path: ['me'],
      extensions: { code: 'UNAUTHENTICATED', serviceName: 'identity' },
    });
    const backend = {
      message: 'Life Connect is temporarily unavailable; try again later.',
      extensions: {
        code: 'BACKEND_UNAVAILABLE',
        stacktrace: ['at LifeConnectClient.ts:12'],
        response: { body: '<html>' },
      },
    };
    expect(format(backend, new Error('x'))).toEqual({
      message: 'Life Connect is temporarily unavailable; try again later.',
      extensions: { code: 'BACKEND_UNAVAILABLE', stacktrace: ['at LifeConnectClient.ts:12'] },
    });
  });
});

describe('a subgraph in production', () => {
  let server: Component;
  let url: string;

  beforeAll(async () => {
    server = await createSubgraphServer<RequestBase>({
      name: 'probe',
      typeDefs: parse(`
        extend schema @link(url: "https://specs.apollo.dev/federation/v2.9", import: ["@key"])
        type Query { broken: String, refused: String }
      `),
      resolvers: {
        Query: {
          broken: () => {
            throw new Error(
              'duplicate key value: Key (email)=(an.peeters@klant.example) already exists on db.internal:5432',
            );
          },
          refused: () => {
            throw forbidden();
          },
        },
      },
      createContext: (base) => base,
      tokenVerifier: createTokenVerifier({ jwks: [], issuer: 'i', audience: 'a' }),
      log: createLogger({ component: 'probe', level: 'silent' }),
      metrics: createMetrics('probe', { defaultMetrics: false }),
      production: true,
    });
    url = `http://127.0.0.1:${await server.listen(0, '127.0.0.1')}/graphql`;
  });
  afterAll(async () => {
    await server.stop();
  });

  it('masks an unexpected error: no message, no stack, no echoed value', async () => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ broken refused }' }),
    });
    const body = (await response.json()) as {
      errors: Array<{ message: string; path: string[]; extensions: Record<string, unknown> }>;
    };
    const broken = body.errors.find((error) => error.path[0] === 'broken');
    const refused = body.errors.find((error) => error.path[0] === 'refused');
    expect(broken).toEqual({
      message: MASKED_MESSAGE,
      path: ['broken'],
      locations: expect.any(Array),
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
    expect(refused?.extensions).toEqual({ code: 'FORBIDDEN' });
    expect(JSON.stringify(body)).not.toMatch(/klant\.example|db\.internal|stacktrace/);
  });

  it('refuses introspection and gives no suggestions', async () => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ brokn __schema { types { name } } }' }),
    });
    const body = (await response.json()) as { errors: Array<{ message: string }> };
    expect(body.errors.map((error) => error.message).join(' ')).toMatch(/introspection/i);
    expect(JSON.stringify(body)).not.toMatch(/Did you mean/);
  });
});
