import { HeaderMap } from '@apollo/server';
import { GraphQLError, GraphQLScalarType } from 'graphql';
import { BackendError } from '../backend/BackendError';

/** Error codes clients can rely on, in `extensions.code`. */
export const ErrorCode = {
  /**
   * 401: no token where one is needed, or one that is malformed, expired or revoked (its session
   * ended: sign-out, refresh-token reuse, password reset). The client refreshes, then signs in again.
   */
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  BACKEND_UNAVAILABLE: 'BACKEND_UNAVAILABLE',
  BACKEND_ERROR: 'BACKEND_ERROR',
  RATE_LIMITED: 'RATE_LIMITED',
  /** A subgraph could not be reached; its fields are null. */
  SUBGRAPH_UNAVAILABLE: 'SUBGRAPH_UNAVAILABLE',
  /** The operation's estimated cost exceeds the limit (as Apollo Router's demand control says it). */
  COST_ESTIMATED_TOO_EXPENSIVE: 'COST_ESTIMATED_TOO_EXPENSIVE',
  /** Safelist mode: the caller may run only registered (persisted) operations. */
  PERSISTED_QUERY_NOT_IN_LIST: 'PERSISTED_QUERY_NOT_IN_LIST',
  /** The access could not be recorded in the audit trail, so the data was withheld or the mutation not run; retry later. */
  AUDIT_UNAVAILABLE: 'AUDIT_UNAVAILABLE',
  /** A request to a subgraph carried more entity representations than it resolves at once (MAX_ENTITY_REPRESENTATIONS). */
  TOO_MANY_REPRESENTATIONS: 'TOO_MANY_REPRESENTATIONS',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

export function unauthenticated(message = 'Sign in to see this.'): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.UNAUTHENTICATED, http: { status: 401 } } });
}

/** Deliberately the same for "does not exist" and "not yours", so ids cannot be probed. */
export function forbidden(message = 'You do not have access to this.'): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.FORBIDDEN } });
}

/** Too many requests: HTTP 429 with Retry-After, and the same wait in `extensions.retryAfterSeconds`. */
export function rateLimited(retryAfterSeconds: number, message = 'Too many requests; try again later.'): GraphQLError {
  return new GraphQLError(message, {
    extensions: {
      code: ErrorCode.RATE_LIMITED,
      retryAfterSeconds,
      http: { status: 429, headers: new HeaderMap([['retry-after', String(retryAfterSeconds)]]) },
    },
  });
}

export function badUserInput(message: string, field?: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.BAD_USER_INPUT, ...(field ? { field } : {}) } });
}

/**
 * A legacy backend failure as the client sees it: which backend, and whether retrying later may
 * help. Never the backend's own message, host or URL.
 */
export function backendFailure(error: BackendError): GraphQLError {
  const code = error.retryable ? ErrorCode.BACKEND_UNAVAILABLE : ErrorCode.BACKEND_ERROR;
  const message = error.retryable
    ? `${error.backend} is temporarily unavailable; try again later.`
    : `${error.backend} gave an answer we could not use.`;
  return new GraphQLError(message, {
    extensions: { code, backend: error.backend, reason: error.failure, retryable: error.retryable },
  });
}

/** Turns whatever a loader rejected with into the error a client should see. */
function asGraphQLError(error: unknown): GraphQLError {
  if (error instanceof GraphQLError) return error;
  if (error instanceof BackendError) return backendFailure(error);
  return new GraphQLError('Something went wrong on our side.', {
    extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
    originalError: error instanceof Error ? error : undefined,
  });
}

type Resolve = (...args: unknown[]) => unknown;

function convertingErrors(resolve: Resolve): Resolve {
  return (...args) => {
    let result: unknown;
    try {
      result = resolve(...args);
    } catch (error) {
      throw asGraphQLError(error);
    }
    // A resolver answering synchronously stays synchronous; only a promise is chained.
    return result instanceof Promise
      ? result.catch((error: unknown) => {
          throw asGraphQLError(error);
        })
      : result;
  };
}

/**
 * The resolver map with every resolver's failure (a loader's or backend client's BackendError
 * above all) turned into the error the client sees, so resolvers and the helpers they call just
 * await. Applied by the subgraph server to every subgraph. Scalars and enum values are left as
 * they are.
 */
export function withGraphQLErrors(resolvers: object): object {
  return Object.fromEntries(
    Object.entries(resolvers).map(([typeName, fields]: [string, unknown]) => {
      if (fields instanceof GraphQLScalarType || typeof fields !== 'object' || fields === null)
        return [typeName, fields];
      const wrapped = Object.fromEntries(
        Object.entries(fields).map(([field, resolve]: [string, unknown]) => [
          field,
          typeof resolve === 'function' ? convertingErrors(resolve as Resolve) : resolve,
        ]),
      );
      return [typeName, wrapped];
    }),
  );
}
