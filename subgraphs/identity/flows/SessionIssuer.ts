import type { SigningKey } from '../../../platform/auth/signingKey';
import { signAccessToken, type TokenAudience } from '../../../platform/auth/tokens';
import { isOpaqueTokenFormat, newOpaqueToken } from '../credentials/codes';
import type { KeyedHasher } from '../credentials/KeyedHasher';
import { Purpose } from '../credentials/purposes';
import type { Session } from '../generated/resolvers';
import type { IdentitySettings } from '../config';
import type { Account, WayIn } from '../store/AccountStore';
import type { SessionGrant, SessionStore } from '../store/SessionStore';

/** How the customer authenticated, per way in (RFC 8176 `amr` values where one exists). */
const AMR: Record<WayIn, string[]> = {
  PERSONAL_DATA: ['pwd', 'sms', 'mfa'],
  ITSME: ['itsme', 'mfa'],
  EID: ['eid', 'hwk', 'mfa'],
};

export type Refresh = { outcome: 'rotated'; session: Session } | { outcome: 'reused' } | { outcome: 'invalid' };

/**
 * Issues sessions: a short-lived access token signed with identity's key (ES256, with its kid)
 * and an opaque refresh token, rotated on every use.
 */
export class SessionIssuer {
  constructor(
    private readonly sessions: SessionStore,
    private readonly hasher: KeyedHasher,
    private readonly signingKey: SigningKey,
    private readonly audience: TokenAudience,
    private readonly settings: IdentitySettings,
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
    if (rotation.outcome !== 'rotated') return rotation;
    return { outcome: 'rotated', session: await this.session(rotation.grant, next) };
  }

  /** Ends the refresh token's session; true when one was still open. */
  async signOut(refreshToken: string): Promise<boolean> {
    if (!isOpaqueTokenFormat(refreshToken)) return false;
    return this.sessions.revokeByRefreshToken(this.hasher.digest(Purpose.REFRESH_TOKEN, refreshToken), 'sign-out');
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
