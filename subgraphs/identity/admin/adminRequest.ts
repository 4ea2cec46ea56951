import type { IncomingMessage } from 'node:http';
import type { z } from 'zod';
import { HttpError, readJsonBody } from '../../../platform/http';
import { requireLoopback } from '../../../platform/loopback';

/**
 * What every identity admin route checks first: the caller is on the same host, and the body is
 * JSON (a browser cannot send that across origins without a preflight, which nothing here answers).
 */
export async function adminBody<S extends z.ZodType>(req: IncomingMessage, schema: S): Promise<z.infer<S>> {
  requireLoopback(req);
  const contentType = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
  if (contentType !== 'application/json')
    throw new HttpError(415, 'UNSUPPORTED_MEDIA_TYPE', 'Send a JSON body (content-type: application/json).');
  const parsed = schema.safeParse(await readJsonBody(req, 10_000));
  if (!parsed.success)
    throw new HttpError(
      400,
      'BAD_REQUEST',
      parsed.error.issues.map((issue) => `${issue.path.join('.') || '(body)'}: ${issue.message}`).join('; '),
    );
  return parsed.data;
}
