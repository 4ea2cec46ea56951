import { z } from 'zod';

/**
 * Identity's internal route that tells when customers consented to digital documents: the
 * documents subgraph asks it (with the services' credential) instead of believing what an
 * `_entities` representation says, which any caller of the subgraph can write.
 */
export const CONSENTS_PATH = '/internal/consents';

/** Customers per lookup: one `_entities` call's worth. */
export const MAX_CONSENT_LOOKUP = 100;

export const consentLookupSchema = z
  .object({
    customerIds: z
      .array(z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'must be a customer id'))
      .min(1)
      .max(MAX_CONSENT_LOOKUP),
  })
  .strict();

export const consentAnswerSchema = z.object({
  /** One per customer asked for; `consentedAt` null when the customer has no account (so no consent). */
  consents: z.array(z.object({ customerId: z.string(), consentedAt: z.iso.datetime().nullable() })),
});

export type ConsentAnswer = z.infer<typeof consentAnswerSchema>;
