import type { Database } from '../../../platform/database/Database';
import type { CustomerMasterClient } from '../backend/CustomerMasterClient';
import { toCustomer } from '../backend/mapper';
import { newLetterCode, normaliseLetterCode } from '../credentials/codes';
import type { EmailAddress } from '../../../platform/emailAddress';
import type { KeyedHasher } from '../credentials/KeyedHasher';
import { lockoutSubject } from '../credentials/lockoutSubject';
import { Purpose } from '../credentials/purposes';
import { hashPassword } from '../credentials/passwords';
import type {
  RequestPasswordResetInput,
  RequestPasswordResetResult,
  ResetPasswordInput,
  ResetPasswordResult,
} from '../generated/resolvers';
import { passwordResetLetter } from '../letters';
import { message } from '../messages';
import { problems } from '../problems';
import type { IdentitySettings } from '../config';
import type { AccountStore } from '../store/AccountStore';
import type { AttemptLimiter } from '../store/AttemptLimiter';
import type { ChallengeStore } from '../store/ChallengeStore';
import type { LetterCode, LetterCodeStore } from '../store/LetterCodeStore';
import type { EndedSession, SessionStore } from '../store/SessionStore';
import { checkEmail, isAcceptableNewPassword } from '../validation';
import type { BackgroundTasks } from './BackgroundTasks';
import type { FlowCall } from './call';
import type { SessionIssuer } from './SessionIssuer';
import { signInSubject } from './PasswordSignInFlow';

export interface PasswordResetFlowParts {
  db: Database;
  master: CustomerMasterClient;
  accounts: AccountStore;
  letterCodes: LetterCodeStore;
  challenges: ChallengeStore;
  sessions: SessionStore;
  /** Revokes the ended sessions' access tokens. */
  issuer: SessionIssuer;
  limiter: AttemptLimiter;
  hasher: KeyedHasher;
  settings: IdentitySettings;
  background: BackgroundTasks;
}

class ResetAborted extends Error {}

/**
 * A forgotten password: a reset code by letter to the customer's address in the master, then a
 * new password with that code. Asking reveals nothing: the answer is the same, at once, for
 * every address; the lookup and the letter happen after the answer.
 */
export class PasswordResetFlow {
  constructor(private readonly parts: PasswordResetFlowParts) {}

  async request(input: RequestPasswordResetInput, call: FlowCall): Promise<RequestPasswordResetResult> {
    const email = checkEmail(input.email);
    if (!email.ok) return problems(call).invalidInput('email', email.message);
    this.parts.background.run('password reset letter', () => this.sendResetLetter(email.email, call));
    return { __typename: 'PasswordResetRequested', message: message('PASSWORD_RESET_REQUESTED', call.language) };
  }

  async reset(input: ResetPasswordInput, call: FlowCall): Promise<ResetPasswordResult> {
    const { db, accounts, letterCodes, challenges, sessions, limiter, hasher } = this.parts;
    const p = problems(call);
    const email = checkEmail(input.email);
    if (!email.ok) return p.invalidInput('email', email.message);
    const code = normaliseLetterCode(input.resetCode);
    if (!code) return p.invalidInput('resetCode');
    if (!isAcceptableNewPassword(input.newPassword)) return p.invalidInput('newPassword');

    const account = await accounts.byEmail(email.email);
    const subject = lockoutSubject(hasher, Purpose.LIMIT_PASSWORD_RESET, account, email.email);
    const lockedUntil = await limiter.lockedUntil(subject);
    if (lockedUntil) return p.lockedOut(lockedUntil);
    const codeHash = hasher.digest(Purpose.RESET_CODE, code);
    const found = account ? await letterCodes.findReset(account.customerId, codeHash) : undefined;
    if (!account || !found) {
      const failure = await limiter.recordFailure(subject);
      return failure.locked
        ? p.lockedOut(failure.lockedUntil)
        : p.codeRejected('RESET_CODE_INVALID', failure.attemptsLeft);
    }
    if (found.state !== 'usable') return this.unusable(found, call);

    const passwordHash = await hashPassword(input.newPassword);
    let ended: EndedSession[] = [];
    try {
      await db.transaction(async (tx) => {
        if (!(await letterCodes.consume(tx, found.id))) throw new ResetAborted();
        await accounts.setPassword(tx, account.id, passwordHash);
        ended = await sessions.revokeAllOf(account.id, 'password-reset', tx);
      });
    } catch (error) {
      if (!(error instanceof ResetAborted)) throw error;
      const now = await letterCodes.findReset(account.customerId, codeHash);
      return now ? this.unusable(now, call) : p.codeRejected('RESET_CODE_INVALID', null);
    }
    await this.parts.issuer.endAccessTokens(ended);
    await challenges.closeAllOf({ kind: 'account', id: account.id });
    await limiter.reset(subject);
    // Holding the letter proves enough to lift a password lockout too.
    await limiter.reset(signInSubject(hasher, account, email.email));
    call.log.info({ customerId: account.customerId }, 'password reset with a letter code; every session ended');
    return { __typename: 'PasswordChanged', message: message('PASSWORD_CHANGED', call.language) };
  }

  private async sendResetLetter(email: EmailAddress, call: FlowCall): Promise<void> {
    const { master, accounts, letterCodes, hasher, settings } = this.parts;
    const account = await accounts.byEmail(email);
    if (!account?.passwordHash) return;
    const person = (await master.persons([account.customerId], call.requestId)).get(account.customerId);
    if (!person) return;
    const code = newLetterCode();
    const prepared = await letterCodes.prepare({
      purpose: 'PASSWORD_RESET',
      customerId: account.customerId,
      contractNumber: null,
      codeHash: hasher.digest(Purpose.RESET_CODE, code.canonical),
      ttlSeconds: settings.letterCodeTtlSeconds,
    });
    try {
      await master.sendLetter(
        account.customerId,
        'PASSWORD_RESET_CODE',
        passwordResetLetter(toCustomer(person).preferredLanguage, {
          code: code.printed,
          validUntil: prepared.expiresAt,
        }),
        call.requestId,
      );
    } catch (error) {
      await letterCodes.discard(prepared.id);
      throw error;
    }
    await letterCodes.markSent(prepared.id);
    call.log.info({ customerId: account.customerId }, 'password reset code sent by post');
  }

  private unusable(found: LetterCode, call: FlowCall): ResetPasswordResult {
    const p = problems(call);
    return found.state === 'superseded'
      ? p.codeRejected('RESET_CODE_SUPERSEDED')
      : p.codeRejected('RESET_CODE_EXPIRED');
  }
}
