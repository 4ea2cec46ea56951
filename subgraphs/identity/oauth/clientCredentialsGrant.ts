import type { SigningKey } from '../../../platform/auth/signingKey';
import { signAccessToken, type TokenAudience } from '../../../platform/auth/tokens';
import type { Logger } from '../../../platform/logger';
import type { BrokerClientStore } from '../store/BrokerClientStore';
import type { GrantHandler, TokenResponse } from './tokenEndpoint';

export type PresentedCredentials =
  | { outcome: 'presented'; clientId: string; clientSecret: string }
  | { outcome: 'missing' }
  | { outcome: 'malformed'; description: string };

/** A form-urlencoded value as RFC 6749 §2.3.1 asks clients to encode id and secret before Basic; undefined when it does not decode. */
function formDecode(value: string): string | undefined {
  try {
    return decodeURIComponent(value.replace(/\+/g, ' '));
  } catch {
    return undefined;
  }
}

/**
 * The client's credentials, from HTTP Basic (RFC 6749 §2.3.1, which servers must support) or
 * the form's client_id and client_secret; both at once is a malformed request (§2.3).
 */
export function presentedCredentials(form: URLSearchParams, authorization: string | undefined): PresentedCredentials {
  const inForm = form.has('client_id') || form.has('client_secret');
  const basic = authorization ? /^Basic ([A-Za-z0-9+/]+={0,2})$/i.exec(authorization.trim()) : null;
  if (authorization && !basic)
    return {
      outcome: 'malformed',
      description:
        'Authenticate the client with HTTP Basic (client_id:client_secret) or the client_id and client_secret parameters.',
    };
  if (basic && inForm)
    return {
      outcome: 'malformed',
      description: 'Send the client credentials once: in the Authorization header or in the form, not both.',
    };
  if (basic?.[1]) {
    const decoded = Buffer.from(basic[1], 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    const clientId = colon > 0 ? formDecode(decoded.slice(0, colon)) : undefined;
    const clientSecret = colon > 0 ? formDecode(decoded.slice(colon + 1)) : undefined;
    if (!clientId || !clientSecret)
      return { outcome: 'malformed', description: 'The Basic credentials must be client_id:client_secret.' };
    return { outcome: 'presented', clientId, clientSecret };
  }
  const clientId = form.get('client_id');
  const clientSecret = form.get('client_secret');
  if (!clientId && !clientSecret) return { outcome: 'missing' };
  if (!clientId || !clientSecret)
    return { outcome: 'malformed', description: 'Both client_id and client_secret are required.' };
  return { outcome: 'presented', clientId, clientSecret };
}

const INVALID_CLIENT: TokenResponse = {
  ok: false,
  status: 401,
  error: 'invalid_client',
  description: 'Client authentication failed: unknown client, wrong secret, or revoked credentials.',
};

/**
 * grant_type=client_credentials (RFC 6749 §4.4): a broker's system authenticates as its client
 * and gets an access token bound to its broker office (role broker), with no refresh token.
 */
export function clientCredentialsGrant(parts: {
  clients: BrokerClientStore;
  signingKey: SigningKey;
  audience: TokenAudience;
  ttlSeconds: number;
  log: Logger;
}): GrantHandler {
  return async (form, request) => {
    const presented = presentedCredentials(form, request.authorization);
    if (presented.outcome === 'missing') return INVALID_CLIENT;
    if (presented.outcome === 'malformed')
      return { ok: false, status: 400, error: 'invalid_request', description: presented.description };
    const authentication = await parts.clients.authenticate(presented.clientId, presented.clientSecret);
    if (authentication.outcome === 'refused') {
      parts.log.warn({ requestId: request.requestId }, 'client credentials refused');
      return INVALID_CLIENT;
    }
    const { client } = authentication;
    const accessToken = await signAccessToken(parts.signingKey, parts.audience, {
      subject: `client:${client.clientId}`,
      claims: { role: 'broker', broker: client.brokerId },
      ttlSeconds: parts.ttlSeconds,
    });
    parts.log.info(
      { requestId: request.requestId, clientId: client.clientId, brokerId: client.brokerId },
      'access token issued to a broker system',
    );
    return { ok: true, body: { access_token: accessToken, token_type: 'Bearer', expires_in: parts.ttlSeconds } };
  };
}
