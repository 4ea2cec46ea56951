import type { BackendClient } from '../../../platform/backend/BackendClient';
import {
  MAX_PAPER_DECISIONS,
  PAPER_DECISIONS_PATH,
  paperDecisionAnswerSchema,
  type PaperDecision,
} from '../../../platform/paperDecisionFeed';
import { postToIdentity } from './identityCall';

/**
 * Hands paper-delivery decisions to identity's broker feeds (`POST
 * /internal/broker-feed/paper-decisions`, with the services' credential). Idempotent by the
 * decisions' ids, so a batch whose answer was lost is simply sent again.
 */
export class PaperDecisionClient {
  constructor(
    private readonly http: BackendClient,
    private readonly secret: Buffer,
  ) {}

  /** The ids identity took. */
  async send(decisions: readonly PaperDecision[], requestId: string): Promise<string[]> {
    if (decisions.length > MAX_PAPER_DECISIONS)
      throw new RangeError(`At most ${MAX_PAPER_DECISIONS} decisions per call.`);
    const { accepted } = await postToIdentity(this.http, this.secret, {
      endpoint: 'paperDecisions',
      path: PAPER_DECISIONS_PATH,
      body: { decisions },
      answer: paperDecisionAnswerSchema,
      what: 'paper decisions',
      requestId,
    });
    return accepted;
  }
}
