import { z } from 'zod';
import { REQUEST_ID_PATTERN } from '../request';
import { AUDIT_ACTIONS } from './AuditEntry';

/** Where services deliver their audit entries to the service that keeps the trail. */
export const AUDIT_INGEST_PATH = '/internal/audit';

export const MAX_ENTRIES_PER_DELIVERY = 500;

/**
 * The body of a delivery. Deliberately without an actor: the receiving service takes the actor
 * from the access token sent with it, so a body cannot name anyone. Unknown fields are refused.
 */
export const deliverySchema = z
  .object({
    service: z.string().regex(/^[a-z][a-z0-9-]{0,63}$/, 'must be a service name'),
    operationName: z.string().min(1).max(200).nullable(),
    /** The client's own request id, as the gateway passed it on (the request's own id is in x-request-id). */
    callerRequestId: z.string().regex(REQUEST_ID_PATTERN, 'must be a request id').nullable(),
    entries: z
      .array(
        z
          .object({
            id: z.uuid(),
            action: z.enum(AUDIT_ACTIONS),
            resource: z.string().regex(/^[A-Za-z_][A-Za-z0-9_.]{0,199}$/, 'must be a type or field name'),
            customerId: z
              .string()
              .regex(/^[A-Za-z0-9_-]{1,64}$/, 'must be an id')
              .nullable(),
          })
          .strict(),
      )
      .min(1)
      .max(MAX_ENTRIES_PER_DELIVERY),
  })
  .strict();

export type AuditDelivery = z.infer<typeof deliverySchema>;
