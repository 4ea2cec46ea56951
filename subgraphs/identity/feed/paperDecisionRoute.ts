import { randomUUID } from 'node:crypto';
import { requireServiceCredential } from '../../../platform/auth/serviceCredential';
import { HttpError, readJsonBody, sendJson, type Route } from '../../../platform/http';
import {
  PAPER_DECISIONS_PATH,
  paperDecisionBatchSchema,
  type PaperDecision,
  type PaperDecisionAnswer,
} from '../../../platform/paperDecisionFeed';

const MAX_BODY_BYTES = 32_000;

/**
 * `POST /internal/broker-feed/paper-decisions` (platform/paperDecisionFeed.ts): the documents
 * subgraph's relay of paper-delivery decisions into the broker feeds, with the services'
 * credential only (else 403). 400 for a body of another shape; the ids taken otherwise.
 */
export function paperDecisionRoute({
  take,
  secret,
}: {
  take(decisions: readonly PaperDecision[], requestId: string): Promise<string[]>;
  secret: Buffer;
}): Route {
  return {
    method: 'POST',
    path: PAPER_DECISIONS_PATH,
    handler: async ({ req, res }) => {
      requireServiceCredential(secret, req.headers);
      const parsed = paperDecisionBatchSchema.safeParse(await readJsonBody(req, MAX_BODY_BYTES));
      if (!parsed.success)
        throw new HttpError(
          400,
          'BAD_REQUEST',
          parsed.error.issues.map((issue) => `${issue.path.join('.') || '(body)'}: ${issue.message}`).join('; '),
        );
      // A request of its own toward the customer master: the relay runs outside any client's request.
      const answer: PaperDecisionAnswer = { accepted: await take(parsed.data.decisions, randomUUID()) };
      sendJson(res, 200, answer);
    },
  };
}
