import { GraphQLError } from 'graphql';
import { BackendError } from '../../backend/BackendError';
import { forbidden, withGraphQLErrors } from '../errors';
import { DateScalar } from '../scalars';

type Resolve = (...args: unknown[]) => unknown;

const resolverOf = (map: object, type: string, field: string): Resolve =>
  (map as Record<string, Record<string, Resolve>>)[type]![field]!;

const down = new BackendError('Life Connect', '/contracts', 'timeout', 'connect ETIMEDOUT 10.0.0.7:8443');

describe('withGraphQLErrors', () => {
  const map = withGraphQLErrors({
    Date: DateScalar,
    Query: {
      rejects: async () => {
        throw down;
      },
      throws: () => {
        throw new BackendError('V-Connect', '/contract', 'malformed', 'unexpected token');
      },
      refuses: async () => {
        throw forbidden();
      },
      breaks: async () => {
        throw new Error('undefined is not a function');
      },
      answers: () => 'now',
    },
    Customer: { __resolveReference: async () => Promise.reject(down) },
  });

  it('turns a backend failure, thrown or rejected, into the code the client sees, without its message', async () => {
    const rejected = await Promise.resolve(resolverOf(map, 'Query', 'rejects')()).catch((error: unknown) => error);
    expect(rejected).toBeInstanceOf(GraphQLError);
    expect((rejected as GraphQLError).extensions).toMatchObject({ code: 'BACKEND_UNAVAILABLE', retryable: true });
    expect((rejected as GraphQLError).message).not.toContain('10.0.0.7');
    expect(() => resolverOf(map, 'Query', 'throws')()).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ code: 'BACKEND_ERROR' }) }),
    );
    await expect(resolverOf(map, 'Customer', '__resolveReference')()).rejects.toMatchObject({
      extensions: { code: 'BACKEND_UNAVAILABLE' },
    });
  });

  it('passes GraphQL errors as they are and masks anything else as an internal error', async () => {
    await expect(resolverOf(map, 'Query', 'refuses')()).rejects.toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    await expect(resolverOf(map, 'Query', 'breaks')()).rejects.toMatchObject({
      message: 'Something went wrong on our side.',
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
  });

  it('keeps synchronous answers synchronous and scalars as they are', () => {
    expect(resolverOf(map, 'Query', 'answers')()).toBe('now');
    expect((map as Record<string, unknown>)['Date']).toBe(DateScalar);
  });
});
