/**
 * Access tokens are verified by signature alone, so a session that ends (sign-out, refresh-token
 * reuse, password reset, a credential change) would keep its access tokens working until they
 * expire. The revocation list is what every verifier asks besides: the sessions ended within the
 * last access-token lifetime, by the `sid` claim every customer token carries.
 */

/** Why a token of a session must be refused; the verifier answers both as 401 UNAUTHENTICATED. */
export type Refusal = 'revoked' | 'too-old-while-unsynced';

export interface RevocationList {
  /**
   * Undefined when a token of `sessionId` issued at `issuedAtSeconds` (its `iat`) may be used.
   * Synchronous and in-process: it runs for every request in the gateway and every subgraph.
   */
  refusal(sessionId: string, issuedAtSeconds: number): Refusal | undefined;
  /**
   * Ends the sessions' access tokens everywhere for `lifetimeSeconds` (at least the longest an
   * access token of them can still be accepted). Known to this process at once, whatever Redis does.
   */
  revoke(sessionIds: readonly string[], lifetimeSeconds: number): Promise<void>;
  close(): Promise<void>;
}

/** How a session id looks (identity's session ids are UUIDs); anything else is never stored. */
export const SESSION_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * The ended sessions this process knows of, each until its revocation lapses. It holds only the
 * sessions ended within the last access-token lifetime (entries are dropped as they lapse), so its
 * size follows the rate of sign-ins, which identity's rate limits and one-time codes bound.
 */
export class RevokedSessions {
  private readonly until = new Map<string, number>();

  constructor(private readonly now: () => number) {}

  add(sessionId: string, untilMs: number): void {
    if (!SESSION_ID.test(sessionId) || untilMs <= this.now()) return;
    if ((this.until.get(sessionId) ?? 0) < untilMs) this.until.set(sessionId, untilMs);
  }

  has(sessionId: string): boolean {
    const until = this.until.get(sessionId);
    if (until === undefined) return false;
    if (until > this.now()) return true;
    this.until.delete(sessionId);
    return false;
  }

  /** Forgets the revocations that lapsed. */
  prune(): void {
    const now = this.now();
    for (const [sessionId, until] of this.until) if (until <= now) this.until.delete(sessionId);
  }
}

/**
 * The list of a deployment without Redis: revocations are known to the process that made them
 * only. That is complete where the gateway and the subgraphs run in one process (tests, a local
 * trial); a deployment of several processes needs Redis (SharedRevocationList). Given
 * `unsyncedTokenAgeSeconds` (production without Redis), the list says it can never be complete and
 * bounds a session token's age as the shared list does while Redis is out of reach.
 */
export class LocalRevocationList implements RevocationList {
  private readonly revoked: RevokedSessions;

  constructor(
    private readonly now: () => number = Date.now,
    private readonly unsyncedTokenAgeSeconds?: number,
  ) {
    this.revoked = new RevokedSessions(now);
  }

  refusal(sessionId: string, issuedAtSeconds: number): Refusal | undefined {
    if (this.revoked.has(sessionId)) return 'revoked';
    if (
      this.unsyncedTokenAgeSeconds !== undefined &&
      this.now() / 1000 - issuedAtSeconds > this.unsyncedTokenAgeSeconds
    )
      return 'too-old-while-unsynced';
    return undefined;
  }

  async revoke(sessionIds: readonly string[], lifetimeSeconds: number): Promise<void> {
    const until = this.now() + lifetimeSeconds * 1000;
    this.revoked.prune();
    for (const sessionId of sessionIds) this.revoked.add(sessionId, until);
  }

  async close(): Promise<void> {}
}
