import type { Counter } from 'prom-client';
import type { CustomerMasterClient } from '../backend/CustomerMasterClient';
import { toCustomer } from '../backend/mapper';
import { isOneTimeCodeFormat, isOpaqueTokenFormat } from '../credentials/codes';
import type { EmailAddress } from '../../../platform/emailAddress';
import type { KeyedHasher } from '../credentials/KeyedHasher';
import { lockoutSubject } from '../credentials/lockoutSubject';
import { Purpose } from '../credentials/purposes';
import { decoyPasswordHash, verifyPassword } from '../credentials/passwords';
import type {
  SignInInput,
  SignInResult,
  VerifyOneTimeCodeInput,
  VerifyOneTimeCodeResult,
} from '../generated/resolvers';
import { signInSms } from '../letters';
import { problems } from '../problems';
import type { IdentitySettings } from '../config';
import type { AccountStore } from '../store/AccountStore';
import type { AttemptLimiter } from '../store/AttemptLimiter';
import { checkEmail, isCheckablePassword, maskMobileNumber } from '../validation';
import type { FlowCall } from './call';
import type { OneTimeCodes } from './OneTimeCodes';
import type { SessionIssuer } from './SessionIssuer';

export interface PasswordSignInFlowParts {
  master: CustomerMasterClient;
  accounts: AccountStore;
  codes: OneTimeCodes;
  limiter: AttemptLimiter;
  hasher: KeyedHasher;
  issuer: SessionIssuer;
  settings: IdentitySettings;
  /** Counts password checks, the decoy checks for unknown addresses included. */
  passwordChecks: Counter;
}

/** Wrong passwords count against the account the address names, or against the address when it names none. */
export const signInSubject = (hasher: KeyedHasher, account: { id: string } | undefined, email: EmailAddress): string =>
  lockoutSubject(hasher, Purpose.LIMIT_SIGN_IN, account, email);

/**
 * Signing in with personal data (docs/requirements.md §1.2): e-mail and password, then a one-time code by
 * SMS: the session only after the code (multi-factor).
 */
export class PasswordSignInFlow {
  constructor(private readonly parts: PasswordSignInFlowParts) {}

  async signIn(input: SignInInput, call: FlowCall): Promise<SignInResult> {
    const { master, accounts, codes, limiter, hasher, settings } = this.parts;
    const p = problems(call);
    const email = checkEmail(input.email);
    if (!email.ok) return p.invalidInput('email', email.message);
    if (!isCheckablePassword(input.password)) return p.invalidInput('password');

    const account = await accounts.byEmail(email.email);
    const subject = signInSubject(hasher, account, email.email);
    const lockedUntil = await limiter.lockedUntil(subject);
    if (lockedUntil) return p.lockedOut(lockedUntil);
    // An unknown address costs one password check as well, so both answers take the same time.
    const passwordMatches = await verifyPassword(input.password, account?.passwordHash ?? (await decoyPasswordHash()));
    this.parts.passwordChecks.inc();
    if (!account?.passwordHash || !passwordMatches) {
      const failure = await limiter.recordFailure(subject);
      return failure.locked ? p.lockedOut(failure.lockedUntil) : p.invalidCredentials(failure.attemptsLeft);
    }
    await limiter.reset(subject);

    const owner = { kind: 'account', id: account.id } as const;
    const codeLockedUntil = await codes.lockedUntil(owner);
    if (codeLockedUntil) return p.lockedOut(codeLockedUntil);
    // Read from the master, not the cache: the code must go to the number on file now.
    const person = (await master.persons([account.customerId], call.requestId)).get(account.customerId);
    const customer = person ? toCustomer(person) : undefined;
    if (!customer?.mobile) return p.mobileNumberMissing();

    const sent = await codes.send({
      owner,
      purpose: 'SIGN_IN',
      mobile: customer.mobile,
      text: (code) => signInSms(customer.preferredLanguage, { code, ttlSeconds: settings.oneTimeCodeTtlSeconds }),
      requestId: call.requestId,
    });
    if (sent.outcome === 'locked') return p.lockedOut(sent.lockedUntil);
    call.log.info({ customerId: account.customerId }, 'password accepted; one-time code sent by SMS');
    return {
      __typename: 'OneTimeCodeSent',
      challengeId: sent.challengeId,
      maskedMobileNumber: maskMobileNumber(customer.mobile),
      validUntil: sent.validUntil.toISOString(),
    };
  }

  async verifyOneTimeCode(input: VerifyOneTimeCodeInput, call: FlowCall): Promise<VerifyOneTimeCodeResult> {
    const { accounts, codes, issuer } = this.parts;
    const p = problems(call);
    if (!isOpaqueTokenFormat(input.challengeId)) return p.invalidInput('challengeId');
    if (!isOneTimeCodeFormat(input.code)) return p.invalidInput('code');

    const check = await codes.verify({ purpose: 'SIGN_IN', challengeId: input.challengeId, code: input.code });
    if (check.outcome === 'locked') return p.lockedOut(check.lockedUntil);
    if (check.outcome === 'rejected') return p.codeRejected(check.code, check.attemptsLeft);
    const account = await accounts.byId(check.challenge.owner.id);
    if (!account) return p.codeRejected('ONE_TIME_CODE_EXPIRED');
    call.log.info({ customerId: account.customerId }, 'signed in with password and one-time code');
    return issuer.start(account, 'PERSONAL_DATA');
  }
}
