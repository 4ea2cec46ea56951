import { requireServiceCredential } from '../auth/serviceCredential';
import { AuthenticationError, type TokenVerifier } from '../auth/tokens';
import type { Viewer } from '../auth/viewer';
import { HttpError, readJsonBody, type Route } from '../http';
import type { Logger } from '../logger';
import { requestIdFrom } from '../request';
import { actorOf } from './AuditEntry';

import type { AuditStore } from './AuditStore';
import { AUDIT_INGEST_PATH, deliverySchema } from './delivery';

const MAX_BODY_BYTES = 256_000;

/**
 * `POST /internal/audit` on the service that keeps the trail: other services deliver the entries
 * of a request here before they answer it. Only they may: a delivery carries the services' shared
 * credential (INTERNAL_SERVICE_SECRET), without which it is refused (403) whatever token it has,
 * since a user's token is no right to write into a customer's trail. The actor is whoever the forwarded
 * access token says (verified here again, like every subgraph verifies it), never something in
 * the body; a delivery without a valid token is refused. Internal like every subgraph route: the
 * gateway does not forward it. 204 when stored; 400, 401, 403 or 503 (store unavailable)
 * otherwise, storing nothing.
 */
export function auditIngestRoute({
  store,
  secret,
  tokenVerifier,
  log,
}: {
  store: AuditStore;
  /** The services' shared credential (loadServiceSecret). */
  secret: Buffer;
  tokenVerifier: TokenVerifier;
  log: Logger;
}): Route {
  return {
    method: 'POST',
    path: AUDIT_INGEST_PATH,
    handler: async ({ req, res }) => {
      requireServiceCredential(secret, req.headers);
      let viewer: Viewer;
      try {
        viewer = await tokenVerifier.viewerFromAuthorization(req.headers.authorization);
      } catch (error) {
        if (error instanceof AuthenticationError) throw new HttpError(401, 'UNAUTHENTICATED', error.message);
        throw error;
      }
      if (viewer.role === 'anonymous')
        throw new HttpError(
          401,
          'UNAUTHENTICATED',
          'An audit delivery carries the access token of the request it is about.',
        );
      const parsed = deliverySchema.safeParse(await readJsonBody(req, MAX_BODY_BYTES));
      if (!parsed.success)
        throw new HttpError(
          400,
          'BAD_REQUEST',
          parsed.error.issues.map((issue) => `${issue.path.join('.') || '(body)'}: ${issue.message}`).join('; '),
        );
      const requestId = requestIdFrom(req.headers);
      try {
        await store.append(
          actorOf(viewer),
          {
            requestId,
            callerRequestId: parsed.data.callerRequestId,
            operationName: parsed.data.operationName,
            service: parsed.data.service,
          },
          parsed.data.entries,
        );
      } catch (error) {
        log.error(
          { err: error, requestId, service: parsed.data.service, entries: parsed.data.entries.length },
          'audit delivery could not be stored',
        );
        throw new HttpError(503, 'AUDIT_UNAVAILABLE', 'The audit trail cannot store records right now.');
      }
      res.writeHead(204).end();
    },
  };
}
