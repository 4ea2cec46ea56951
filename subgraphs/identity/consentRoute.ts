import { requireServiceCredential } from '../../platform/auth/serviceCredential';
import { consentLookupSchema, CONSENTS_PATH, type ConsentAnswer } from '../../platform/consentLookup';
import { HttpError, readJsonBody, sendJson, type Route } from '../../platform/http';

const MAX_BODY_BYTES = 16_000;

/**
 * `POST /internal/consents` (platform/consentLookup.ts): when customers consented to digital
 * documents, for the documents subgraph only (the services' credential, else 403); the caller
 * decides who may see the answer, as it does for every fact it shows. 400 for a body of another shape.
 */
export function consentRoute({
  consentTimesOf,
  secret,
}: {
  consentTimesOf(customerIds: readonly string[]): Promise<Map<string, Date>>;
  secret: Buffer;
}): Route {
  return {
    method: 'POST',
    path: CONSENTS_PATH,
    handler: async ({ req, res }) => {
      requireServiceCredential(secret, req.headers);
      const parsed = consentLookupSchema.safeParse(await readJsonBody(req, MAX_BODY_BYTES));
      if (!parsed.success)
        throw new HttpError(
          400,
          'BAD_REQUEST',
          parsed.error.issues.map((issue) => `${issue.path.join('.') || '(body)'}: ${issue.message}`).join('; '),
        );
      const { customerIds } = parsed.data;
      const times = await consentTimesOf(customerIds);
      const answer: ConsentAnswer = {
        consents: customerIds.map((customerId) => ({
          customerId,
          consentedAt: times.get(customerId)?.toISOString() ?? null,
        })),
      };
      sendJson(res, 200, answer);
    },
  };
}
