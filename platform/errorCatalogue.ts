import type { ErrorCode } from './graphql/errors';

/**
 * Every error code a client can meet, with the HTTP status it comes with: the catalogue
 * docs/errors.md documents. Tests hold the three together: ErrorCode's values must all be listed
 * (the type says so), every code the HTTP routes answer with is listed with its status, and the
 * document lists exactly these.
 */

/** Apollo Server's own codes that reach clients (request errors, before anything ran). */
type ApolloRequestCode =
  | 'GRAPHQL_PARSE_FAILED'
  | 'GRAPHQL_VALIDATION_FAILED'
  | 'BAD_REQUEST'
  | 'OPERATION_RESOLUTION_FAILURE'
  | 'PERSISTED_QUERY_NOT_FOUND'
  | 'PERSISTED_QUERY_NOT_SUPPORTED';

/**
 * `extensions.code` of GraphQL errors, with the HTTP statuses an answer carrying one can have.
 * 200 where the rest of the answer is still worth reading (partial data).
 */
export const GRAPHQL_ERROR_STATUSES: Readonly<Record<ErrorCode | ApolloRequestCode, readonly number[]>> = {
  UNAUTHENTICATED: [401],
  FORBIDDEN: [200],
  // 400 when a limit refuses the operation before it runs (a page too large, a string too long).
  BAD_USER_INPUT: [200, 400],
  RATE_LIMITED: [429],
  COST_ESTIMATED_TOO_EXPENSIVE: [400],
  BACKEND_UNAVAILABLE: [200],
  BACKEND_ERROR: [200],
  SUBGRAPH_UNAVAILABLE: [200],
  AUDIT_UNAVAILABLE: [200],
  TOO_MANY_REPRESENTATIONS: [200],
  PERSISTED_QUERY_NOT_IN_LIST: [400],
  PERSISTED_QUERY_NOT_FOUND: [200],
  PERSISTED_QUERY_NOT_SUPPORTED: [400],
  GRAPHQL_PARSE_FAILED: [400],
  GRAPHQL_VALIDATION_FAILED: [400],
  BAD_REQUEST: [400],
  OPERATION_RESOLUTION_FAILURE: [400],
  INTERNAL_SERVER_ERROR: [200, 500],
};

/** `error.code` of the JSON answers of the HTTP routes beside /graphql, with their status. */
export const HTTP_ERROR_STATUSES = {
  BAD_REQUEST: 400,
  SIGN_IN_EXPIRED: 400,
  UNKNOWN_TYPE: 400,
  UNAUTHENTICATED: 401,
  SIGNED_OUT: 401,
  FORBIDDEN: 403,
  LINK_INVALID: 403,
  LINK_EXPIRED: 403,
  CORS_ORIGIN_NOT_ALLOWED: 403,
  CSRF_REJECTED: 403,
  REASON_REQUIRED: 403,
  NOT_FOUND: 404,
  UNKNOWN_BROKER: 404,
  UNKNOWN_STAFF: 404,
  METHOD_NOT_ALLOWED: 405,
  EMAIL_IN_USE: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  RATE_LIMITED: 429,
  INTERNAL_SERVER_ERROR: 500,
  BACKEND_ERROR: 502,
  BACKEND_UNAVAILABLE: 503,
  AUDIT_UNAVAILABLE: 503,
  IDENTITY_UNAVAILABLE: 503,
  DOCUMENTS_UNAVAILABLE: 503,
  GATEWAY_UNAVAILABLE: 503,
} as const satisfies Readonly<Record<string, number>>;
