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
import { problems } from '../problems';
import type { IdentitySettings } from '../config';
import type { AccountStore, PasswordRegistration } from '../store/AccountStore';
import type { AttemptLimiter } from '../store/AttemptLimiter';
import type { LetterCode, LetterCodeStore } from '../store/LetterCodeStore';
import {
  isAcceptableNewPassword,
  normaliseContractNumber,
  normaliseEmail,
  normaliseNationalRegisterNumber,
} from '../validation';
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
}

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

  async request(input: RequestActivationCodeInput, call: FlowCall): Promise<RequestActivationCodeResult> {
    const { master, accounts, letterCodes, hasher, settings } = this.parts;
    const p = problems(call.language);
    const contractNumber = normaliseContractNumber(input.contractNumber);
    if (!contractNumber) return p.invalidInput('contractNumber');
    const registerNumber = normaliseNationalRegisterNumber(input.nationalRegisterNumber);
    if (!registerNumber) return p.invalidInput('nationalRegisterNumber');

    const match = onePerson(
      (await master.searchByNationalRegisterNumber(registerNumber, call.requestId)).map(toCustomer),
    );
    if (match.outcome === 'not-found') return p.personNotFound();
    if (match.outcome === 'several') return p.personFoundSeveralTimes();
    const customer = match.person;
    const policies = await master.partyPolicies(customer.id, call.requestId);
    if (!policies || !holdsContract(toPolicyRoles(policies), contractNumber)) return p.dataMismatch();
    if ((await accounts.byCustomer(customer.id))?.passwordHash) return p.alreadyRegistered();

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
    return { __typename: 'ActivationCodeSent', validUntil: validUntil.toISOString() };
  }

  async register(input: RegisterWithActivationCodeInput, call: FlowCall): Promise<RegisterWithActivationCodeResult> {
    const { db, accounts, letterCodes, limiter, hasher } = this.parts;
    const p = problems(call.language);
    const contractNumber = normaliseContractNumber(input.contractNumber);
    if (!contractNumber) return p.invalidInput('contractNumber');
    const code = normaliseLetterCode(input.activationCode);
    if (!code) return p.invalidInput('activationCode');
    const email = normaliseEmail(input.email);
    if (!email) return p.invalidInput('email');
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
    if (found.state !== 'usable') return this.unusable(found, call);

    const passwordHash = await hashPassword(input.password);
    try {
      const registered = await db.transaction(async (tx) => {
        if (!(await letterCodes.consume(tx, found.id))) throw new RegistrationAborted('code-gone');
        const outcome = await accounts.registerPassword(tx, { customerId: found.customerId, email, passwordHash });
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
      if (error.outcome === 'email-in-use') return p.emailInUse();
      if (error.outcome === 'already-registered') return p.alreadyRegistered();
      const now = await letterCodes.findActivation(contractNumber, codeHash);
      return now ? this.unusable(now, call) : p.codeRejected('ACTIVATION_CODE_INVALID', null);
    }
  }

  private unusable(found: LetterCode, call: FlowCall): RegisterWithActivationCodeResult {
    const p = problems(call.language);
    switch (found.state) {
      case 'superseded':
        return p.codeRejected('ACTIVATION_CODE_SUPERSEDED');
      case 'used':
        // A used code registered this customer already.
        return p.alreadyRegistered();
      case 'expired':
      case 'usable':
        // Usable only here when it lapsed between the lookup and its use.
        return p.codeRejected('ACTIVATION_CODE_EXPIRED');
    }
  }
}
