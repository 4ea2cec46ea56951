import { z } from 'zod';

/**
 * Identity's internal route that takes the documents subgraph's paper-delivery decisions into the
 * broker offices' change feeds (docs/mybroker.md#the-change-feed). The documents subgraph records
 * each decision with an outbox row in the transaction that makes it, and relays the rows here
 * (with the services' credential) until identity has them; a decision sent twice is taken once.
 */
export const PAPER_DECISIONS_PATH = '/internal/broker-feed/paper-decisions';

/** Decisions per relay call. */
export const MAX_PAPER_DECISIONS = 50;

export const paperDecisionSchema = z
  .object({
    /** The outbox row's id: what makes the delivery idempotent. */
    id: z.uuid(),
    customerId: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'must be a customer id'),
    outcome: z.enum(['approved', 'refused']),
    decidedAt: z.iso.datetime(),
    /** The office that asked on the customer's behalf; null when the customer asked. */
    requestedByOffice: z
      .string()
      .regex(/^[A-Za-z0-9_-]{1,64}$/, 'must be an office id')
      .nullable(),
  })
  .strict();

export const paperDecisionBatchSchema = z
  .object({ decisions: z.array(paperDecisionSchema).min(1).max(MAX_PAPER_DECISIONS) })
  .strict();

export type PaperDecision = z.infer<typeof paperDecisionSchema>;

export const paperDecisionAnswerSchema = z.object({
  /** The ids taken (now or before): the relay marks them sent. */
  accepted: z.array(z.uuid()),
});

export type PaperDecisionAnswer = z.infer<typeof paperDecisionAnswerSchema>;
