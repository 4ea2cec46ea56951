import type { ServerResponse } from 'node:http';
import { HttpError, readBody, sendJson, type Route, type RouteRequest } from '../../../platform/http';
import { requestIdFrom } from '../../../platform/request';

/** A token response (RFC 6749 §5.1) or error (§5.2). */
export type TokenResponse =
  | {
      ok: true;
      body: {
        access_token: string;
        token_type: 'Bearer';
        expires_in: number;
        refresh_token?: string;
        refresh_token_expires_in?: number;
      };
    }
  | {
      ok: false;
      status: 400 | 401;
      error: 'invalid_request' | 'invalid_grant' | 'invalid_client' | 'unsupported_grant_type';
      description: string;
    };

/** Handles one grant type; `form` is the request's form body. */
export type GrantHandler = (
  form: URLSearchParams,
  request: { requestId: string; authorization: string | undefined },
) => Promise<TokenResponse>;

const NO_STORE = { 'cache-control': 'no-store', pragma: 'no-cache' };
const MAX_BODY_BYTES = 4_096;

function reply(res: ServerResponse, response: TokenResponse): void {
  if (response.ok) {
    sendJson(res, 200, response.body, NO_STORE);
    return;
  }
  const challenge: Record<string, string> =
    response.status === 401 ? { 'www-authenticate': 'Basic realm="customer-graph"' } : {};
  sendJson(
    res,
    response.status,
    { error: response.error, error_description: response.description },
    { ...NO_STORE, ...challenge },
  );
}

/**
 * The OAuth 2.0 token endpoint (POST /oauth/token, form-encoded, as integrators expect), served
 * at the gateway's public origin. Each grant type is a handler: refresh_token here; brokers'
 * systems add client_credentials.
 */
export function tokenEndpoint(grants: Readonly<Record<string, GrantHandler>>): Route {
  return {
    method: 'POST',
    path: '/oauth/token',
    handler: async ({ req, res }: RouteRequest) => {
      const contentType = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
      if (contentType !== 'application/x-www-form-urlencoded') {
        reply(res, {
          ok: false,
          status: 400,
          error: 'invalid_request',
          description: 'Send the parameters form-encoded (application/x-www-form-urlencoded).',
        });
        return;
      }
      let raw: Buffer;
      try {
        raw = await readBody(req, MAX_BODY_BYTES);
      } catch (error) {
        if (error instanceof HttpError) {
          reply(res, { ok: false, status: 400, error: 'invalid_request', description: error.message });
          return;
        }
        throw error;
      }
      const form = new URLSearchParams(raw.toString('utf8'));
      const grantType = form.get('grant_type') ?? '';
      const grant = Object.hasOwn(grants, grantType) ? grants[grantType] : undefined;
      if (!grant) {
        reply(res, {
          ok: false,
          status: 400,
          error: 'unsupported_grant_type',
          description: `Supported grant types: ${Object.keys(grants).join(', ')}.`,
        });
        return;
      }
      reply(
        res,
        await grant(form, { requestId: requestIdFrom(req.headers), authorization: req.headers.authorization }),
      );
    },
  };
}
