import type { IncomingMessage, ServerResponse } from 'node:http';
import type { HTTPGraphQLRequest } from '@apollo/server';
import type { GraphQLError } from 'graphql';
import { AuthenticationError, type TokenVerifier } from '../platform/auth/tokens';
import { ANONYMOUS, type Viewer } from '../platform/auth/viewer';
import { StaleRecorder } from '../platform/cache/staleness';
import { rateLimited, unauthenticated } from '../platform/graphql/errors';
import { requestLogger, type Logger } from '../platform/logger';
import type { RateLimiter } from '../platform/rateLimit/RateLimiter';
import { gatewayRequestIds, REQUEST_ID_HEADER } from '../platform/request';
import type { GatewayContext } from './context';
import {
  notInSafelist,
  runsRegisteredOperation,
  type PersistedOperationManifest,
  type PersistedOperationsMode,
} from './persistedOperations';
import { callerKey, clientAddress } from './rateLimits';

export interface AdmissionOptions {
  tokenVerifier: TokenVerifier;
  log: Logger;
  limiter: RateLimiter<string> | undefined;
  persisted: { manifest: PersistedOperationManifest; mode: PersistedOperationsMode };
  trustedProxyHops: number;
}

/**
 * The gateway's context function, and its admission before the operation is even parsed: who is
 * calling, whether they are within the general rate limit (a caller with a bad token counts by
 * client address), and, in safelist mode, whether the operation is a registered one.
 */
export function admission({ tokenVerifier, log, limiter, persisted, trustedProxyHops }: AdmissionOptions) {
  return async function context(
    req: IncomingMessage,
    res: ServerResponse,
    request: HTTPGraphQLRequest,
  ): Promise<GatewayContext> {
    // The gateway's own id keys the request (logs, backends, audit); the client's is kept beside it.
    const { requestId, callerRequestId } = gatewayRequestIds(req.headers);
    res.setHeader(REQUEST_ID_HEADER, requestId);
    const requestLog = requestLogger(log, { requestId, ...(callerRequestId ? { callerRequestId } : {}) });
    const authorization = req.headers.authorization;
    let viewer: Viewer | undefined;
    let refusal: GraphQLError | undefined;
    try {
      viewer = await tokenVerifier.viewerFromAuthorization(authorization);
    } catch (error) {
      if (!(error instanceof AuthenticationError)) throw error;
      requestLog.warn({ reason: error.message }, 'request refused: not authenticated');
      refusal = unauthenticated(error.message);
    }
    const rateLimitCaller = callerKey(viewer ?? ANONYMOUS, clientAddress(req, trustedProxyHops));
    if (limiter) {
      const decision = await limiter.consume('general', rateLimitCaller);
      if (!decision.allowed) {
        requestLog.warn({ role: viewer?.role ?? 'unverified', limit: 'general' }, 'request refused: rate limited');
        throw rateLimited(decision.retryAfterSeconds);
      }
    }
    if (refusal || !viewer) throw refusal ?? unauthenticated();
    if (
      persisted.mode === 'safelist' &&
      viewer.role !== 'broker' &&
      !runsRegisteredOperation(request, persisted.manifest)
    ) {
      requestLog.info({ role: viewer.role }, 'request refused: operation not in the safelist');
      throw notInSafelist();
    }
    return {
      requestId,
      callerRequestId,
      log: requestLog,
      authorization,
      acceptLanguage: req.headers['accept-language']?.slice(0, 256),
      viewer,
      stale: new StaleRecorder(),
      rateLimitCaller,
    };
  };
}
