import { env } from '../config';
import type { Logger } from '../logger';
import type { Metrics } from '../metrics';
import type { BackendPolicy } from '../backend/BackendClient';
import type { AuditWriter } from './AuditEntry';
import { AUDIT_INGEST_PATH } from './delivery';
import { HttpAuditWriter } from './HttpAuditWriter';

/** Where a subgraph delivers its audit entries: the identity subgraph's internal ingest route. */
export const auditConfigShape = {
  AUDIT_URL: env.url().default(`http://127.0.0.1:4001${AUDIT_INGEST_PATH}`),
};

export function auditWriterFromConfig(
  config: { AUDIT_URL: string },
  parts: { serviceSecret: Buffer; policy: Partial<BackendPolicy>; metrics: Metrics; log: Logger },
): AuditWriter {
  return new HttpAuditWriter({
    url: config.AUDIT_URL,
    secret: parts.serviceSecret,
    policy: parts.policy,
    metrics: parts.metrics,
    log: parts.log.child({ part: 'audit' }),
  });
}
