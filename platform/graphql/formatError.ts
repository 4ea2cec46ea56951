import { ApolloServerErrorCode } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import { ErrorCode } from './errors';

/**
 * Codes whose message was written for the client (ours, and Apollo's request errors). Any other
 * code, or none, may carry a backend's message, an internal URL or a stack, so in production its
 * message is replaced. A new code becomes visible by adding it to ErrorCode.
 */
const CLIENT_FACING_CODES: ReadonlySet<string> = new Set<string>([
  ...Object.values(ErrorCode).filter((code) => code !== ErrorCode.INTERNAL_SERVER_ERROR),
  ApolloServerErrorCode.GRAPHQL_PARSE_FAILED,
  ApolloServerErrorCode.GRAPHQL_VALIDATION_FAILED,
  ApolloServerErrorCode.BAD_USER_INPUT,
  ApolloServerErrorCode.BAD_REQUEST,
  ApolloServerErrorCode.PERSISTED_QUERY_NOT_FOUND,
  ApolloServerErrorCode.PERSISTED_QUERY_NOT_SUPPORTED,
  ApolloServerErrorCode.OPERATION_RESOLUTION_FAILURE,
]);

/**
 * Extension fields a client may see. @apollo/gateway copies a failed subgraph's URL and body into
 * `extensions.response`, and subgraphs' stack traces pass through it (apollo-server#7608), so
 * everything not listed here is dropped.
 */
const CLIENT_FACING_EXTENSIONS: ReadonlySet<string> = new Set([
  'code',
  'retryable',
  'retryAfterSeconds',
  'backend',
  'reason',
  'serviceName',
  'field',
  'argument',
  'limit',
  'maximum',
  'actual',
]);

export const MASKED_MESSAGE = 'Something went wrong on our side.';

/** graphql-js and Apollo suggest schema names ("Did you mean …?"); production answers leave them out. */
function withoutSuggestions(message: string): string {
  return message.replace(/\s*Did you mean [^?]*\?/g, '');
}

/** The production shape of an error: client-facing codes keep their message, everything else is masked. */
export function maskError(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const rawCode = formatted.extensions?.['code'];
  const clientFacing = typeof rawCode === 'string' && CLIENT_FACING_CODES.has(rawCode);
  const extensions: Record<string, unknown> = {};
  if (clientFacing) {
    for (const [key, value] of Object.entries(formatted.extensions ?? {})) {
      if (CLIENT_FACING_EXTENSIONS.has(key)) extensions[key] = value;
    }
  } else {
    extensions['code'] = ErrorCode.INTERNAL_SERVER_ERROR;
  }
  return {
    message: clientFacing ? withoutSuggestions(formatted.message) : MASKED_MESSAGE,
    ...(formatted.locations ? { locations: formatted.locations } : {}),
    ...(formatted.path ? { path: formatted.path } : {}),
    extensions,
  };
}

/**
 * Codes that say what the caller did or may do (refused documents, a missing token, no access,
 * bad input, limits). Their stack is the parser's, validator's or an access check's and tells
 * nothing the message does not, so no mode shows it: a client's mistake never answers with a stack.
 */
const CALLER_CODES: ReadonlySet<unknown> = new Set<string>([
  ApolloServerErrorCode.GRAPHQL_PARSE_FAILED,
  ApolloServerErrorCode.GRAPHQL_VALIDATION_FAILED,
  ApolloServerErrorCode.BAD_USER_INPUT,
  ApolloServerErrorCode.BAD_REQUEST,
  ApolloServerErrorCode.OPERATION_RESOLUTION_FAILURE,
  ErrorCode.UNAUTHENTICATED,
  ErrorCode.FORBIDDEN,
  ErrorCode.RATE_LIMITED,
  ErrorCode.COST_ESTIMATED_TOO_EXPENSIVE,
  ErrorCode.PERSISTED_QUERY_NOT_IN_LIST,
]);

/**
 * Outside production: everything, for developers, but a caller's error's stack (above) and the
 * subgraph's URL and body that @apollo/gateway nests in `extensions.response` (its status and
 * errors are already relayed by the gateway's data source).
 */
function developmentShape(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const { stacktrace, response: _response, ...extensions } = formatted.extensions ?? {};
  if (!formatted.extensions) return formatted;
  const keepStack = stacktrace !== undefined && !CALLER_CODES.has(formatted.extensions['code']);
  return { ...formatted, extensions: keepStack ? { ...extensions, stacktrace } : extensions };
}

/**
 * Apollo Server's `formatError` for the gateway and every subgraph: the production shape
 * (maskError), or outside production the development shape (stack traces of our failures).
 */
export function createFormatError({
  production,
}: {
  production: boolean;
}): (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError {
  return production ? (formatted) => maskError(formatted) : (formatted) => developmentShape(formatted);
}
