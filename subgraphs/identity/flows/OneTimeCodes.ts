import type { CustomerMasterClient } from '../backend/CustomerMasterClient';
import { newOneTimeCode, newOpaqueToken } from '../credentials/codes';
import type { KeyedHasher } from '../credentials/KeyedHasher';
import { Purpose } from '../credentials/purposes';
import type { IdentitySettings } from '../config';
import type { AttemptLimiter } from '../store/AttemptLimiter';
import {
  sameOwner,
  type Challenge,
  type ChallengeOwner,
  type ChallengePurpose,
  type ChallengeStore,
} from '../store/ChallengeStore';

export interface OneTimeCodesParts {
  challenges: ChallengeStore;
  limiter: AttemptLimiter;
  hasher: KeyedHasher;
  master: CustomerMasterClient;
  settings: IdentitySettings;
}

/** The namespace a challenge's handle is hashed in, so a handle given out for one purpose is never found for another. */
const HANDLE_PURPOSE: Record<ChallengePurpose, string> = {
  SIGN_IN: Purpose.SIGN_IN_CHALLENGE,
  CONTACT_CHANGE: Purpose.CONTACT_CHANGE_CHALLENGE,
  STAFF_SIGN_IN: Purpose.STAFF_SIGN_IN_CHALLENGE,
};

export type CodeSending =
  { outcome: 'sent'; challengeId: string; validUntil: Date } | { outcome: 'locked'; lockedUntil: Date };

export type CodeCheck =
  | { outcome: 'verified'; challenge: Challenge }
  | { outcome: 'rejected'; code: 'ONE_TIME_CODE_INVALID' | 'ONE_TIME_CODE_EXPIRED'; attemptsLeft: number | null }
  | { outcome: 'locked'; lockedUntil: Date };

/**
 * Codes by SMS, whatever they prove (a sign-in, a change of contact details, a staff sign-in):
 * a 6-digit code and an opaque challenge handle, both stored as keyed hashes; the newest
 * challenge of an owner and purpose is the only open one; wrong codes are counted per owner
 * across challenges and purposes, and too many lock the owner's codes for a while.
 */
export class OneTimeCodes {
  constructor(private readonly parts: OneTimeCodesParts) {}

  /** Wrong codes are counted per owner: a customer's sign-in and contact-change codes share one count. */
  subject(owner: ChallengeOwner): string {
    return this.parts.hasher.digest(
      owner.kind === 'account' ? Purpose.LIMIT_ONE_TIME_CODE : Purpose.LIMIT_STAFF_ONE_TIME_CODE,
      owner.id,
    );
  }

  async lockedUntil(owner: ChallengeOwner): Promise<Date | undefined> {
    return this.parts.limiter.lockedUntil(this.subject(owner));
  }

  /**
   * Opens a challenge and hands the code to the SMS gateway; a code that could not be sent is
   * closed again. `binding` ties the code to what it confirms (a hash is stored, not the value).
   */
  async send(request: {
    owner: ChallengeOwner;
    purpose: ChallengePurpose;
    mobile: string;
    text: (code: string) => string;
    binding?: string;
    requestId: string;
  }): Promise<CodeSending> {
    const { challenges, hasher, master, settings } = this.parts;
    const lockedUntil = await this.lockedUntil(request.owner);
    if (lockedUntil) return { outcome: 'locked', lockedUntil };
    const handle = newOpaqueToken();
    const code = newOneTimeCode();
    const challenge = await challenges.open({
      owner: request.owner,
      purpose: request.purpose,
      handleHash: hasher.digest(HANDLE_PURPOSE[request.purpose], handle),
      codeHash: hasher.digest(Purpose.ONE_TIME_CODE, code),
      ...(request.binding === undefined
        ? {}
        : { bindingHash: hasher.digest(Purpose.CONTACT_CHANGE_BINDING, request.binding) }),
      ttlSeconds: settings.oneTimeCodeTtlSeconds,
    });
    try {
      await master.sendSms(request.mobile, request.text(code), request.requestId);
    } catch (error) {
      await challenges.close(challenge.id);
      throw error;
    }
    return { outcome: 'sent', challengeId: handle, validUntil: challenge.expiresAt };
  }

  /**
   * Checks a code against its challenge and, when right, uses it up. A challenge of another owner
   * than `owner` (when given), or sent for something other than `binding`, is answered like an
   * expired one; only a wrong code counts towards the lockout.
   */
  async verify(request: {
    purpose: ChallengePurpose;
    challengeId: string;
    code: string;
    owner?: ChallengeOwner;
    binding?: string;
  }): Promise<CodeCheck> {
    const { challenges, limiter, hasher } = this.parts;
    const expired: CodeCheck = { outcome: 'rejected', code: 'ONE_TIME_CODE_EXPIRED', attemptsLeft: null };
    const challenge = await challenges.byHandle(
      request.purpose,
      hasher.digest(HANDLE_PURPOSE[request.purpose], request.challengeId),
    );
    if (!challenge || (request.owner && !sameOwner(challenge.owner, request.owner))) return expired;
    const subject = this.subject(challenge.owner);
    const lockedUntil = await limiter.lockedUntil(subject);
    if (lockedUntil) return { outcome: 'locked', lockedUntil };
    if (!challenge.open) return expired;
    const bindingMatches =
      request.binding === undefined
        ? challenge.bindingHash === null
        : challenge.bindingHash !== null &&
          hasher.matches(Purpose.CONTACT_CHANGE_BINDING, request.binding, challenge.bindingHash);
    if (!bindingMatches) return expired;
    if (!hasher.matches(Purpose.ONE_TIME_CODE, request.code, challenge.codeHash)) {
      const failure = await limiter.recordFailure(subject);
      if (!failure.locked)
        return { outcome: 'rejected', code: 'ONE_TIME_CODE_INVALID', attemptsLeft: failure.attemptsLeft };
      await challenges.closeAllOf(challenge.owner);
      return { outcome: 'locked', lockedUntil: failure.lockedUntil };
    }
    if (!(await challenges.close(challenge.id))) return expired;
    await limiter.reset(subject);
    return { outcome: 'verified', challenge };
  }
}
