import type { z } from 'zod';
import { serviceCredentialHeaders } from '../../../platform/auth/serviceCredential';
import type { BackendClient } from '../../../platform/backend/BackendClient';
import { BackendError } from '../../../platform/backend/BackendError';
import { parseJsonResponse } from '../../../platform/backend/parse';

/**
 * One POST of JSON to an internal route of identity, with the services' credential; the answer
 * parsed with `answer`, anything but 200 a BackendError. Idempotent: the routes that take it
 * (lookups, relays taking each item once) may be asked again.
 */
export async function postToIdentity<A extends z.ZodType>(
  http: BackendClient,
  secret: Buffer,
  call: { endpoint: string; path: string; body: unknown; answer: A; what: string; requestId: string },
): Promise<z.infer<A>> {
  const response = await http.call({
    endpoint: call.endpoint,
    method: 'POST',
    path: call.path,
    body: JSON.stringify(call.body),
    headers: { 'content-type': 'application/json', ...serviceCredentialHeaders(secret) },
    idempotent: true,
    requestId: call.requestId,
  });
  if (response.status !== 200)
    throw new BackendError(
      http.name,
      call.endpoint,
      'rejected',
      `The identity service answered ${response.status} to ${call.what}.`,
      response.status,
    );
  return parseJsonResponse(http.name, call.endpoint, response, call.answer);
}
