import { serviceCredentialHeaders } from '../auth/serviceCredential';
import { BackendClient, type BackendPolicy } from '../backend/BackendClient';
import { BackendError } from '../backend/BackendError';
import { unauthenticated } from '../graphql/errors';
import type { Logger } from '../logger';
import type { Metrics } from '../metrics';
import type { AuditEntry, AuditWriter, AuditedRequest } from './AuditEntry';
import { MAX_ENTRIES_PER_DELIVERY, type AuditDelivery } from './delivery';

export interface HttpAuditWriterOptions {
  /** The trail's ingest endpoint on the internal network, e.g. http://identity:4001/internal/audit. */
  url: string;
  /** The services' shared credential the trail accepts deliveries with (loadServiceSecret). */
  secret: Buffer;
  policy?: Partial<BackendPolicy>;
  metrics?: Metrics;
  log: Logger;
}

const chunks = <T>(items: readonly T[], size: number): T[][] =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, index) => items.slice(index * size, (index + 1) * size));

/**
 * Delivers a service's audit entries to the service that keeps the trail (identity), over the
 * internal network, with the services' shared credential (the receiver takes deliveries from
 * the services only) and the caller's own access token (the receiver verifies it and takes the
 * actor from it). Each entry carries its id, so a retried delivery is stored once. The HTTP
 * client is made on the first delivery, so a service that never delivers opens nothing.
 */
export class HttpAuditWriter implements AuditWriter {
  private client: BackendClient | undefined;
  private readonly url: URL;

  constructor(private readonly options: HttpAuditWriterOptions) {
    this.url = new URL(options.url);
  }

  async write(request: AuditedRequest, entries: readonly AuditEntry[]): Promise<void> {
    // The trail takes the actor from the token, so a caller without one cannot be recorded here:
    // whatever they asked for is refused as what it is, a request that needs signing in.
    if (!request.authorization) throw unauthenticated();
    for (const part of chunks(entries, MAX_ENTRIES_PER_DELIVERY)) {
      const body: AuditDelivery = {
        service: request.service,
        operationName: request.operationName,
        callerRequestId: request.callerRequestId,
        entries: part,
      };
      const response = await this.http().call({
        endpoint: 'deliver',
        method: 'POST',
        path: this.url.pathname,
        body: JSON.stringify(body),
        headers: {
          'content-type': 'application/json',
          authorization: request.authorization,
          ...serviceCredentialHeaders(this.options.secret),
        },
        idempotent: true,
        requestId: request.requestId,
      });
      if (response.status !== 204)
        throw new BackendError(
          'audit-trail',
          'deliver',
          'rejected',
          `The audit trail refused a delivery (${response.status}).`,
          response.status,
        );
    }
  }

  async close(): Promise<void> {
    await this.client?.close();
  }

  private http(): BackendClient {
    this.client ??= new BackendClient({
      name: 'audit-trail',
      baseUrl: this.url.origin,
      policy: this.options.policy,
      metrics: this.options.metrics,
      log: this.options.log,
    });
    return this.client;
  }
}
