import type { SessionIssuer } from '../flows/SessionIssuer';
import type { GrantHandler } from './tokenEndpoint';

/** grant_type=refresh_token (RFC 6749 §6): the same rotation as the refreshSession mutation. */
export function refreshTokenGrant(issuer: SessionIssuer): GrantHandler {
  return async (form) => {
    const refreshToken = form.get('refresh_token');
    if (!refreshToken)
      return { ok: false, status: 400, error: 'invalid_request', description: 'refresh_token is required.' };
    const refresh = await issuer.refresh(refreshToken);
    if (refresh.outcome === 'reused')
      return {
        ok: false,
        status: 400,
        error: 'invalid_grant',
        description: 'The refresh token was already used; the session has been ended. Sign in again.',
      };
    if (refresh.outcome === 'invalid')
      return {
        ok: false,
        status: 400,
        error: 'invalid_grant',
        description: 'The refresh token is unknown, expired or from an ended session. Sign in again.',
      };
    const { session } = refresh;
    return {
      ok: true,
      body: {
        access_token: session.accessToken,
        token_type: 'Bearer',
        expires_in: session.expiresIn,
        refresh_token: session.refreshToken,
        refresh_token_expires_in: session.refreshTokenExpiresIn,
      },
    };
  };
}
