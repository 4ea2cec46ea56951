import type { ServerResponse } from 'node:http';
import type { AuditWriter } from '../../../platform/audit/AuditEntry';
import { RequestAudit } from '../../../platform/audit/RequestAudit';
import { AuthenticationError, type TokenVerifier } from '../../../platform/auth/tokens';
import { BackendError } from '../../../platform/backend/BackendError';
import type { RecordCache } from '../../../platform/cache/RecordCache';
import { mapEach } from '../../../platform/cache/recordTypes';
import { StaleRecorder } from '../../../platform/cache/staleness';
import { HttpError, type Route } from '../../../platform/http';
import type { Logger } from '../../../platform/logger';
import { callerRequestIdFrom, REQUEST_ID_HEADER, requestIdFrom } from '../../../platform/request';
import { canSeeDocument, type SignedIn } from '../access';
import { isOffered, type DocumentOffer } from '../availability';
import type { DocumentArchiveClient } from '../backend/DocumentArchiveClient';
import { toContractParties } from '../backend/mapper';
import type { PolicyIndexClient } from '../backend/PolicyIndexClient';
import { DownloadLinks } from '../links/DownloadLinks';
import type { DocumentRecordTypes } from '../loaders';
import type { ContractParties } from '../model';
import type { SupportOpenings } from '../store/SupportOpenings';
import { attachmentDisposition } from './contentDisposition';

/** Where the gateway's public `GET /documents/:id` is served inside the network. */
export const CONTENT_ROUTE_PATH = '/internal/documents/:id/content';

export interface ContentRouteParts {
  tokenVerifier: TokenVerifier;
  links: DownloadLinks;
  cache: RecordCache;
  types: DocumentRecordTypes;
  policyIndex: PolicyIndexClient;
  archive: DocumentArchiveClient;
  offer: DocumentOffer;
  /** A staff member downloads only a document they recorded a reason to open. */
  supportOpenings: SupportOpenings;
  /** Where a broker's or staff member's download is recorded before the bytes are sent. */
  audit: AuditWriter;
  log: Logger;
  now?: () => number;
}

/** One answer for "not yours", "does not exist" and "not offered", so ids cannot be probed. */
const refused = (): HttpError => new HttpError(403, 'FORBIDDEN', 'You do not have access to this document.');

function backendFailure(error: unknown): HttpError {
  if (error instanceof BackendError && error.retryable) {
    return new HttpError(503, 'BACKEND_UNAVAILABLE', `${error.backend} is temporarily unavailable; try again later.`, {
      'retry-after': '5',
    });
  }
  if (error instanceof BackendError)
    return new HttpError(502, 'BACKEND_ERROR', `${error.backend} gave an answer we could not use.`);
  return new HttpError(500, 'INTERNAL_SERVER_ERROR', 'Something went wrong on our side.');
}

async function viewerOf(tokenVerifier: TokenVerifier, authorization: string | undefined): Promise<SignedIn> {
  let viewer;
  try {
    viewer = await tokenVerifier.viewerFromAuthorization(authorization);
  } catch (error) {
    if (error instanceof AuthenticationError)
      throw new HttpError(401, 'UNAUTHENTICATED', error.message, { 'www-authenticate': 'Bearer' });
    throw error;
  }
  if (viewer.role === 'anonymous')
    throw new HttpError(401, 'UNAUTHENTICATED', 'Send the Authorization header you received the link with.', {
      'www-authenticate': 'Bearer',
    });
  return viewer;
}

function send(
  res: ServerResponse,
  requestId: string,
  content: { contentType: string; bytes: Buffer },
  fileName: string,
): void {
  res.writeHead(200, {
    'content-type': content.contentType,
    'content-length': String(content.bytes.length),
    'content-disposition': attachmentDisposition(fileName),
    // Personal documents: never stored by a browser or proxy, never sniffed or rendered as a page.
    'cache-control': 'private, no-store',
    'x-content-type-options': 'nosniff',
    'content-security-policy': "default-src 'none'; sandbox",
    'referrer-policy': 'no-referrer',
    [REQUEST_ID_HEADER]: requestId,
  });
  res.end(content.bytes);
}

/**
 * `GET /internal/documents/:id/content?customer=…&expires=…&sig=…`, which the gateway's public
 * download route forwards to, with the caller's bearer token. In this order: the token (401),
 * the link's signature for this caller (403 LINK_INVALID: tampered or someone else's), its expiry
 * (403 LINK_EXPIRED), then the caller's right at this moment: the document is addressed as the
 * link says, offered, and its contract is the caller's now by the policy index read fresh, not
 * from the cache (403 FORBIDDEN). Only then are the archive's bytes fetched, checked to be a
 * whole PDF and sent; a broker's or staff member's download is recorded in the audit trail first
 * (503 AUDIT_UNAVAILABLE when it cannot be). No refusal sends a byte of the document, and neither the link nor the
 * token is ever logged.
 */
export function documentContentRoute(parts: ContentRouteParts): Route {
  const now = parts.now ?? Date.now;
  return {
    method: 'GET',
    path: CONTENT_ROUTE_PATH,
    handler: async ({ req, res, url, params }) => {
      // As at the gateway: headers alone are not worth an archive read and an audit record.
      if (req.method === 'HEAD')
        throw new HttpError(405, 'METHOD_NOT_ALLOWED', 'Documents are downloaded with GET.', { allow: 'GET' });
      const requestId = requestIdFrom(req.headers);
      const viewer = await viewerOf(parts.tokenVerifier, req.headers.authorization);
      const link = DownloadLinks.presented(params['id'] ?? '', url.searchParams);
      if (!link)
        throw new HttpError(403, 'LINK_INVALID', 'This download link is not valid; ask for the document again.');
      const verdict = parts.links.verify(link, viewer, now());
      if (verdict === 'invalid')
        throw new HttpError(403, 'LINK_INVALID', 'This download link is not valid; ask for the document again.');
      if (verdict === 'expired')
        throw new HttpError(403, 'LINK_EXPIRED', 'This download link has expired; ask for the document again.');

      let parties: ContractParties | null;
      let document;
      try {
        const addressed = await parts.cache
          .loader(parts.types.customerDocuments, { requestId, stale: new StaleRecorder() })
          .load(link.customerId);
        document = addressed?.find(
          (candidate) => candidate.id === link.documentId && candidate.customerId === link.customerId,
        );
        if (!document || !isOffered(document, parts.offer)) throw refused();
        const read = mapEach(
          'customer-master',
          'getPolicies',
          await parts.policyIndex.entries([document.contractNumber], requestId),
          toContractParties,
        ).get(document.contractNumber);
        if (read instanceof Error) throw read;
        parties = read ?? null;
      } catch (error) {
        if (error instanceof HttpError) throw error;
        throw backendFailure(error);
      }
      if (!canSeeDocument(viewer, document, parties)) throw refused();
      if (viewer.role === 'support' && !(await parts.supportOpenings.allows(viewer.staffId, document.id)))
        throw new HttpError(
          403,
          'REASON_REQUIRED',
          'Record why you open this document (openDocumentForSupport) before downloading it.',
        );

      const audit = new RequestAudit({
        writer: parts.audit,
        viewer,
        authorization: req.headers.authorization,
        requestId,
        callerRequestId: callerRequestIdFrom(req.headers),
        service: 'documents',
        log: parts.log,
      });
      audit.nameOperation('DownloadDocument');
      try {
        await audit.read('DocumentContent', [document.customerId]);
      } catch {
        throw new HttpError(
          503,
          'AUDIT_UNAVAILABLE',
          'This download could not be recorded in the audit trail, so nothing was sent; try again later.',
          { 'retry-after': '5' },
        );
      }

      let content;
      try {
        content = await parts.archive.content(document.id, requestId);
      } catch (error) {
        throw backendFailure(error);
      }
      if (!content) throw new HttpError(404, 'NOT_FOUND', 'The archive no longer holds this document.');
      send(res, requestId, content, document.fileName);
      parts.log.info({ requestId, role: viewer.role, bytes: content.bytes.length }, 'document downloaded');
    },
  };
}
