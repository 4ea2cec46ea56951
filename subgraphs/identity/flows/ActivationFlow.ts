import type { Database } from '../../../platform/database/Database';
import type { CustomerMasterClient } from '../backend/CustomerMasterClient';
import { toCustomer, toPolicyRoles } from '../backend/mapper';
import { hashPassword } from '../credentials/passwords';
import { newLetterCode, normaliseLetterCode } from '../credentials/codes';
import type { KeyedHasher } from '../credentials/KeyedHasher';
import { Purpose } from '../credentials/purposes';
import type {
  RegisterWithActivationCodeInput,
  RegisterWithActivationCodeResult,
  RequestActivationCodeInput,
  RequestActivationCodeResult,
} from '../generated/resolvers';
import { activationLetter } from '../letters';
import { message } from '../messages';
import type { Customer } from '../model';
import { problems, type Problems } from '../problems';
import type { IdentitySettings } from '../config';
import type { AccountStore, PasswordRegistration } from '../store/AccountStore';
import type { AttemptLimiter } from '../store/AttemptLimiter';
import type { LetterCode, LetterCodeStore } from '../store/LetterCodeStore';
import {
  checkEmail,
  isAcceptableNewPassword,
  normaliseContractNumber,
  normaliseNationalRegisterNumber,
} from '../validation';
import type { BackgroundTasks } from './BackgroundTasks';
import type { FlowCall } from './call';
import { holdsContract, onePerson } from './personMatching';

export interface ActivationFlowParts {
  db: Database;
  master: CustomerMasterClient;
  accounts: AccountStore;
  letterCodes: LetterCodeStore;
  limiter: AttemptLimiter;
  hasher: KeyedHasher;
  settings: IdentitySettings;
  background: BackgroundTasks;
}

/** What a resend by the contact centre came to. */
export type SupportResend =
  | { outcome: 'sent'; contractNumber: string; validUntil: Date }
  | { outcome: 'already-registered' }
  | { outcome: 'no-contract' };

/** Rolls a registration's transaction back while carrying why. */
class RegistrationAborted extends Error {
  constructor(readonly outcome: Exclude<PasswordRegistration['outcome'], 'registered'> | 'code-gone') {
    super(outcome);
  }
}

/**
 * Registering with personal data (docs/requirements.md §1.2, §1.4): an activation code by post for a person
 * identified by contract number and national register number, then an account with e-mail,
 * password and consent. Registration notifies nobody: not the broker (docs/requirements.md §1.6), not the
 * customer master.
 *
 * The customer master is asked directly, not through the record cache: who may register is
 * decided on current data, and a search by register number must not leave that number in a
 * cache key.
 */
export class ActivationFlow {
  constructor(private readonly parts: ActivationFlowParts) {}

  /**
   * Answers the same whoever asks (docs/requirements.md §1.3): whether the person is in the
   * customer master, holds the contract, or already has an account must not be learnt by trying
   * register numbers. The search by register number is one call whoever asks, so it runs before
   * the answer (a customer master that cannot be reached is said, not hidden); what depends on
   * its result, and the letter, come after the answer.
   */
  async request(input: RequestActivationCodeInput, call: FlowCall): Promise<RequestActivationCodeResult> {
    const { master, settings, background } = this.parts;
    const p = problems(call);
    const contractNumber = normaliseContractNumber(input.contractNumber);
    if (!contractNumber) return p.invalidInput('contractNumber');
    const registerNumber = normaliseNationalRegisterNumber(input.nationalRegisterNumber);
    if (!registerNumber) return p.invalidInput('nationalRegisterNumber');

    const candidates = (await master.searchByNationalRegisterNumber(registerNumber, call.requestId)).map(toCustomer);
    background.run('activation letter', () => this.sendActivationLetter(candidates, contractNumber, call));
    return {
      __typename: 'ActivationCodeSent',
      message: message('ACTIVATION_CODE_REQUESTED', call.language),
      validUntil: new Date(Date.now() + settings.letterCodeTtlSeconds * 1000).toISOString(),
    };
  }

  /** The letter, when the register number is one person's who holds the contract and has no password sign-in yet. */
  private async sendActivationLetter(
    candidates: readonly Customer[],
    contractNumber: string,
    call: FlowCall,
  ): Promise<void> {
    const { master, accounts } = this.parts;
    const match = onePerson(candidates);
    // The contact centre finds why no letter came in the log (no personal data: the outcome and the customer id).
    if (match.outcome !== 'one')
      return call.log.info({ outcome: match.outcome }, 'activation code requested; no letter');
    const customer = match.person;
    const policies = await master.partyPolicies(customer.id, call.requestId);
    if (!policies || !holdsContract(toPolicyRoles(policies), contractNumber))
      return call.log.info(
        { outcome: 'data-mismatch', customerId: customer.id },
        'activation code requested; no letter',
      );
    if ((await accounts.byCustomer(customer.id))?.passwordHash)
      return call.log.info(
        { outcome: 'already-registered', customerId: customer.id },
        'activation code requested; no letter',
      );
    await this.postActivationCode(customer, contractNumber, call);
  }

  /**
   * The contact centre sends a customer a new activation code (Mutation.resendActivationCode): the
   * same letter and the same rules as requestActivationCode, for a customer the agent identified,
   * so the answer may say what happened. The letter names the contract of the customer's latest
   * activation letter when they still hold it, otherwise the first contract they hold or are
   * insured by. The letter is posted before the answer; the code is never part of it.
   */
  async resendForSupport(customer: Customer, call: FlowCall): Promise<SupportResend> {
    const { master, accounts, letterCodes } = this.parts;
    if ((await accounts.byCustomer(customer.id))?.passwordHash) return { outcome: 'already-registered' };
    const policies = await master.partyPolicies(customer.id, call.requestId);
    const roles = policies ? toPolicyRoles(policies) : [];
    const previous = await letterCodes.latestActivationContract(customer.id);
    const contractNumber =
      previous && holdsContract(roles, previous)
        ? previous
        : roles
            .filter((policy) => holdsContract(roles, policy.contractNumber))
            .map((policy) => policy.contractNumber)
            .sort()[0];
    if (!contractNumber) return { outcome: 'no-contract' };
    const sent = await this.postActivationCode(customer, contractNumber, call);
    return { outcome: 'sent', contractNumber, ...sent };
  }

  /** A new activation code for the contract, by letter to the customer's address; it supersedes the previous one once posted. */
  private async postActivationCode(
    customer: Customer,
    contractNumber: string,
    call: FlowCall,
  ): Promise<{ validUntil: Date }> {
    const { master, letterCodes, hasher, settings } = this.parts;
    const code = newLetterCode();
    const prepared = await letterCodes.prepare({
      purpose: 'ACTIVATION',
      customerId: customer.id,
      contractNumber,
      codeHash: hasher.digest(Purpose.ACTIVATION_CODE, code.canonical),
      ttlSeconds: settings.letterCodeTtlSeconds,
    });
    try {
      await master.sendLetter(
        customer.id,
        'ACTIVATION_CODE',
        activationLetter(customer.preferredLanguage, {
          code: code.printed,
          contract: contractNumber,
          validUntil: prepared.expiresAt,
        }),
        call.requestId,
      );
    } catch (error) {
      await letterCodes.discard(prepared.id);
      throw error;
    }
    const validUntil = await letterCodes.markSent(prepared.id);
    call.log.info({ customerId: customer.id }, 'activation code sent by post');
    return { validUntil };
  }

  async register(input: RegisterWithActivationCodeInput, call: FlowCall): Promise<RegisterWithActivationCodeResult> {
    const { db, accounts, letterCodes, limiter, hasher } = this.parts;
    const p = problems(call);
    const contractNumber = normaliseContractNumber(input.contractNumber);
    if (!contractNumber) return p.invalidInput('contractNumber');
    const code = normaliseLetterCode(input.activationCode);
    if (!code) return p.invalidInput('activationCode');
    const email = checkEmail(input.email);
    if (!email.ok) return p.invalidInput('email', email.message);
    if (!isAcceptableNewPassword(input.password)) return p.invalidInput('password');
    if (!input.consentToDigitalDocuments) return p.consentRequired();

    // Wrong codes are counted per contract, so guessing one contract's code is bounded.
    const subject = hasher.digest(Purpose.LIMIT_ACTIVATION, contractNumber);
    const lockedUntil = await limiter.lockedUntil(subject);
    if (lockedUntil) return p.lockedOut(lockedUntil);
    const codeHash = hasher.digest(Purpose.ACTIVATION_CODE, code);
    const found = await letterCodes.findActivation(contractNumber, codeHash);
    if (!found) {
      const failure = await limiter.recordFailure(subject);
      return failure.locked
        ? p.lockedOut(failure.lockedUntil)
        : p.codeRejected('ACTIVATION_CODE_INVALID', failure.attemptsLeft);
    }
    if (found.state !== 'usable') return this.unusable(found, p);

    const passwordHash = await hashPassword(input.password);
    try {
      const registered = await db.transaction(async (tx) => {
        if (!(await letterCodes.consume(tx, found.id))) throw new RegistrationAborted('code-gone');
        const outcome = await accounts.registerPassword(tx, {
          customerId: found.customerId,
          email: email.email,
          passwordHash,
        });
        if (outcome.outcome !== 'registered') throw new RegistrationAborted(outcome.outcome);
        return outcome.account;
      });
      await limiter.reset(subject);
      call.log.info({ customerId: registered.customerId }, 'account registered with an activation code');
      return {
        __typename: 'Registered',
        customerId: registered.customerId,
        consentedToDigitalDocumentsAt: registered.consentedAt.toISOString(),
      };
    } catch (error) {
      if (!(error instanceof RegistrationAborted)) throw error;
      if (error.outcome === 'email-in-use') {
        // The answer tells that an account uses the address, so it costs the letter: one
        // activation code is one such answer, not a way to try address after address. Registrations
        // sent at once with one code each find it unused once the one before rolled back: only the
        // one that uses it up is told.
        if (!(await letterCodes.consume(db, found.id))) return p.codeRejected('ACTIVATION_CODE_EXPIRED');
        return p.emailInUse('EMAIL_IN_USE_ACTIVATION_CODE_USED');
      }
      if (error.outcome === 'already-registered') return p.alreadyRegistered();
      const now = await letterCodes.findActivation(contractNumber, codeHash);
      return now ? this.unusable(now, p) : p.codeRejected('ACTIVATION_CODE_INVALID', null);
    }
  }

  private async unusable(found: LetterCode, p: Problems): Promise<RegisterWithActivationCodeResult> {
    switch (found.state) {
      case 'superseded':
        return p.codeRejected('ACTIVATION_CODE_SUPERSEDED');
      case 'used':
        // A used code registered this customer, or was spent on an EMAIL_IN_USE answer.
        return (await this.parts.accounts.byCustomer(found.customerId))?.passwordHash
          ? p.alreadyRegistered()
          : p.codeRejected('ACTIVATION_CODE_EXPIRED');
      case 'expired':
      case 'usable':
        // Usable only here when it lapsed between the lookup and its use.
        return p.codeRejected('ACTIVATION_CODE_EXPIRED');
    }
  }
}
