import type { Viewer } from '../platform/auth/viewer';
import type { StaleRecorder } from '../platform/cache/staleness';
import type { Logger } from '../platform/logger';

export interface GatewayContext {
  /** The gateway's own id of the request. */
  requestId: string;
  /** The client's x-request-id, when it sent a well-formed one: passed on as theirs. */
  callerRequestId: string | null;
  log: Logger;
  /** Forwarded as is: subgraphs verify the user token themselves. */
  authorization: string | undefined;
  acceptLanguage: string | undefined;
  viewer: Viewer;
  /** Stale markers collected from every subgraph the plan called. */
  stale: StaleRecorder;
  /** Whom rate limits count this request against: the token's subject, or the client address. */
  rateLimitCaller: string;
}
