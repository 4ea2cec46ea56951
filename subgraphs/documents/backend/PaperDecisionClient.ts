import { serviceCredentialHeaders } from '../../../platform/auth/serviceCredential';
import type { BackendClient } from '../../../platform/backend/BackendClient';
import { BackendError } from '../../../platform/backend/BackendError';
import { parseJsonResponse } from '../../../platform/backend/parse';
import {
  MAX_PAPER_DECISIONS,
  PAPER_DECISIONS_PATH,
  paperDecisionAnswerSchema,
  type PaperDecision,
} from '../../../platform/paperDecisionFeed';

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
    const response = await this.http.call({
      endpoint: 'paperDecisions',
      method: 'POST',
      path: PAPER_DECISIONS_PATH,
      body: JSON.stringify({ decisions }),
      headers: { 'content-type': 'application/json', ...serviceCredentialHeaders(this.secret) },
      idempotent: true,
      requestId,
    });
    if (response.status !== 200)
      throw new BackendError(
        this.http.name,
        'paperDecisions',
        'rejected',
        `The identity service answered ${response.status} to paper decisions.`,
        response.status,
      );
    return parseJsonResponse(this.http.name, 'paperDecisions', response, paperDecisionAnswerSchema).accepted;
  }
}
