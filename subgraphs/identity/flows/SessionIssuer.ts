import type { RevocationList } from '../../../platform/auth/revocations';
import type { SigningKey } from '../../../platform/auth/signingKey';
import { signAccessToken, type TokenAudience } from '../../../platform/auth/tokens';
import { isOpaqueTokenFormat, newOpaqueToken } from '../credentials/codes';
import type { KeyedHasher } from '../credentials/KeyedHasher';
import { Purpose } from '../credentials/purposes';
import type { Session } from '../generated/resolvers';
import type { IdentitySettings } from '../config';
import type { Account, WayIn } from '../store/AccountStore';
import type { EndedSession, SessionGrant, SessionStore } from '../store/SessionStore';

/** How the customer authenticated, per way in (RFC 8176 `amr` values where one exists). */
const AMR: Record<WayIn, string[]> = {
  PERSONAL_DATA: ['pwd', 'sms', 'mfa'],
  ITSME: ['itsme', 'mfa'],
  EID: ['eid', 'hwk', 'mfa'],
};

export type Refresh = { outcome: 'rotated'; session: Session } | { outcome: 'reused' } | { outcome: 'invalid' };

/**
 * How long past an access token's expiry a revocation lasts: the verifiers' clock tolerance (30 s)
 * and a refresh that raced the end of its session (its token is issued a moment after the end).
 */
const REVOCATION_MARGIN_SECONDS = 60;

/**
 * Issues sessions: a short-lived access token signed with identity's key (ES256, with its kid)
 * and an opaque refresh token, rotated on every use. A session that ends takes its access tokens
 * with it at once: their session id goes on the revocation list every verifier checks.
 */
export class SessionIssuer {
  constructor(
    private readonly sessions: SessionStore,
    private readonly hasher: KeyedHasher,
    private readonly signingKey: SigningKey,
    private readonly audience: TokenAudience,
    private readonly settings: IdentitySettings,
    private readonly revocations: RevocationList,
  ) {}

  async start(account: Account, wayIn: WayIn): Promise<Session> {
    const refreshToken = newOpaqueToken();
    const grant = await this.sessions.start({
      accountId: account.id,
      wayIn,
      maxSeconds: this.settings.sessionMaxSeconds,
      refreshHash: this.hasher.digest(Purpose.REFRESH_TOKEN, refreshToken),
      refreshTtlSeconds: this.settings.refreshTokenTtlSeconds,
    });
    return this.session(grant, refreshToken);
  }

  async refresh(refreshToken: string): Promise<Refresh> {
    if (!isOpaqueTokenFormat(refreshToken)) return { outcome: 'invalid' };
    const next = newOpaqueToken();
    const rotation = await this.sessions.rotate(
      this.hasher.digest(Purpose.REFRESH_TOKEN, refreshToken),
      this.hasher.digest(Purpose.REFRESH_TOKEN, next),
      this.settings.refreshTokenTtlSeconds,
    );
    if (rotation.outcome === 'reused') {
      await this.endAccessTokens([rotation.ended]);
      return { outcome: 'reused' };
    }
    if (rotation.outcome === 'invalid') return rotation;
    return { outcome: 'rotated', session: await this.session(rotation.grant, next) };
  }

  /** Ends the refresh token's session and its access tokens; true when one was still open. */
  async signOut(refreshToken: string): Promise<boolean> {
    if (!isOpaqueTokenFormat(refreshToken)) return false;
    const ended = await this.sessions.revokeByRefreshToken(
      this.hasher.digest(Purpose.REFRESH_TOKEN, refreshToken),
      'sign-out',
    );
    if (!ended) return false;
    await this.endAccessTokens([ended]);
    return true;
  }

  /**
   * Revokes the access tokens of sessions the database has ended (after its transaction committed:
   * a session that stays open keeps its tokens). A session that expired longer ago than an access
   * token lives has none left.
   */
  async endAccessTokens(ended: readonly EndedSession[]): Promise<void> {
    const lifetimeSeconds = this.settings.accessTokenTtlSeconds + REVOCATION_MARGIN_SECONDS;
    const oldest = Date.now() - lifetimeSeconds * 1000;
    const live = ended.filter((session) => session.expiresAt.getTime() > oldest).map((session) => session.sessionId);
    if (live.length > 0) await this.revocations.revoke(live, lifetimeSeconds);
  }

  private async session(grant: SessionGrant, refreshToken: string): Promise<Session> {
    const accessToken = await signAccessToken(this.signingKey, this.audience, {
      subject: grant.customerId,
      claims: { role: 'customer', sid: grant.sessionId, amr: AMR[grant.wayIn] },
      ttlSeconds: this.settings.accessTokenTtlSeconds,
    });
    return {
      __typename: 'Session',
      accessToken,
      tokenType: 'Bearer',
      expiresIn: this.settings.accessTokenTtlSeconds,
      refreshToken,
      refreshTokenExpiresIn: Math.max(0, Math.floor((grant.refreshExpiresAt.getTime() - Date.now()) / 1000)),
      customerId: grant.customerId,
    };
  }
}
