import type { SigningKey } from '../../../platform/auth/signingKey';
import { signAccessToken, type TokenAudience } from '../../../platform/auth/tokens';
import { isOneTimeCodeFormat, isOpaqueTokenFormat } from '../credentials/codes';
import type { KeyedHasher } from '../credentials/KeyedHasher';
import { lockoutSubject } from '../credentials/lockoutSubject';
import { decoyPasswordHash, verifyPassword } from '../credentials/passwords';
import { Purpose } from '../credentials/purposes';
import type {
  SignInAsStaffResult,
  SignInInput,
  VerifyOneTimeCodeInput,
  VerifyStaffOneTimeCodeResult,
} from '../generated/resolvers';
import { signInSms } from '../letters';
import { problems } from '../problems';
import type { IdentitySettings } from '../config';
import type { AttemptLimiter } from '../store/AttemptLimiter';
import type { StaffStore } from '../store/StaffStore';
import { checkEmail, isCheckablePassword, maskMobileNumber } from '../validation';
import type { FlowCall } from './call';
import type { OneTimeCodes } from './OneTimeCodes';

export interface StaffSignInFlowParts {
  staff: StaffStore;
  codes: OneTimeCodes;
  limiter: AttemptLimiter;
  hasher: KeyedHasher;
  signingKey: SigningKey;
  audience: TokenAudience;
  settings: IdentitySettings;
}

/**
 * Contact-centre staff sign in like customers with personal data (password, then a code by SMS
 * to their work mobile) and get a support token: they see registration state, contact details
 * and pending requests of any customer, never contract finances. Unknown addresses, disabled
 * accounts and wrong passwords get the same answer after the same work.
 */
export class StaffSignInFlow {
  constructor(private readonly parts: StaffSignInFlowParts) {}

  async signIn(input: SignInInput, call: FlowCall): Promise<SignInAsStaffResult> {
    const { staff, codes, limiter, hasher } = this.parts;
    const p = problems(call);
    const email = checkEmail(input.email);
    if (!email.ok) return p.invalidInput('email', email.message);
    if (!isCheckablePassword(input.password)) return p.invalidInput('password');

    const member = await staff.activeByEmail(email.email);
    const subject = lockoutSubject(hasher, Purpose.LIMIT_STAFF_SIGN_IN, member, email.email);
    const lockedUntil = await limiter.lockedUntil(subject);
    if (lockedUntil) return p.lockedOut(lockedUntil);
    const passwordMatches = await verifyPassword(input.password, member?.passwordHash ?? (await decoyPasswordHash()));
    if (!member || !passwordMatches) {
      const failure = await limiter.recordFailure(subject);
      return failure.locked ? p.lockedOut(failure.lockedUntil) : p.invalidCredentials(failure.attemptsLeft);
    }
    await limiter.reset(subject);

    const sent = await codes.send({
      owner: { kind: 'staff', id: member.id },
      purpose: 'STAFF_SIGN_IN',
      mobile: member.mobile,
      text: (code) =>
        signInSms(call.language === 'fr' ? 'FR' : 'NL', {
          code,
          ttlSeconds: this.parts.settings.oneTimeCodeTtlSeconds,
        }),
      requestId: call.requestId,
    });
    if (sent.outcome === 'locked') return p.lockedOut(sent.lockedUntil);
    call.log.info({ staffId: member.id }, 'staff password accepted; one-time code sent by SMS');
    return {
      __typename: 'OneTimeCodeSent',
      challengeId: sent.challengeId,
      maskedMobileNumber: maskMobileNumber(member.mobile),
      validUntil: sent.validUntil.toISOString(),
    };
  }

  async verify(input: VerifyOneTimeCodeInput, call: FlowCall): Promise<VerifyStaffOneTimeCodeResult> {
    const { staff, codes, signingKey, audience, settings } = this.parts;
    const p = problems(call);
    if (!isOpaqueTokenFormat(input.challengeId)) return p.invalidInput('challengeId');
    if (!isOneTimeCodeFormat(input.code)) return p.invalidInput('code');
    const check = await codes.verify({ purpose: 'STAFF_SIGN_IN', challengeId: input.challengeId, code: input.code });
    if (check.outcome === 'locked') return p.lockedOut(check.lockedUntil);
    if (check.outcome === 'rejected') return p.codeRejected(check.code, check.attemptsLeft);
    // Disabled between the password and the code: refused like an expired code.
    const member = await staff.activeById(check.challenge.owner.id);
    if (!member) return p.codeRejected('ONE_TIME_CODE_EXPIRED');
    const accessToken = await signAccessToken(signingKey, audience, {
      subject: member.id,
      claims: { role: 'support', amr: ['pwd', 'sms', 'mfa'] },
      ttlSeconds: settings.staffTokenTtlSeconds,
    });
    call.log.info({ staffId: member.id }, 'staff signed in with password and one-time code');
    return {
      __typename: 'StaffSession',
      accessToken,
      tokenType: 'Bearer',
      expiresIn: settings.staffTokenTtlSeconds,
      staffId: member.id,
    };
  }
}
