import { randomUUID } from 'node:crypto';
import type { Database, Queryable } from '../../../platform/database/Database';
import { parseEmailAddress } from '../../../platform/emailAddress';
import { badUserInput } from '../../../platform/graphql/errors';
import type { Logger } from '../../../platform/logger';
import { accountLockoutSubject, addressLockoutSubject } from '../credentials/lockoutSubject';
import type { KeyedHasher } from '../credentials/KeyedHasher';
import { Purpose } from '../credentials/purposes';
import type { ActivationFlow, SupportResend } from '../flows/ActivationFlow';
import type { FlowCall } from '../flows/call';
import type { OneTimeCodes } from '../flows/OneTimeCodes';
import type { Customer } from '../model';
import type { AccountStore } from '../store/AccountStore';
import type { AttemptLimiter } from '../store/AttemptLimiter';

/** The steps of a customer's sign-in that lock after too many wrong attempts, as the schema names them. */
export type LockoutKind = 'PASSWORD' | 'ONE_TIME_CODE' | 'PASSWORD_RESET';

const KIND_ORDER: readonly LockoutKind[] = ['PASSWORD', 'ONE_TIME_CODE', 'PASSWORD_RESET'];

/** A lockout in force: which step, until when. */
export interface Lockout {
  kind: LockoutKind;
  until: Date;
}

/** The most characters of the reason a staff member gives for an action. */
export const SUPPORT_REASON_MAX_LENGTH = 500;

/**
 * The reason a staff member gives, trimmed: 1 to 500 characters, else BAD_USER_INPUT before
 * anything is read or changed. It may name the customer's circumstances, so it is stored in
 * identity.support_actions only: never in the audit trail, never in a log line.
 */
export function supportReason(input: string): string {
  const reason = input.trim();
  const length = [...reason].length;
  if (length < 1 || length > SUPPORT_REASON_MAX_LENGTH)
    throw badUserInput(`reason is 1 to ${SUPPORT_REASON_MAX_LENGTH} characters.`, 'reason');
  return reason;
}

export interface SupportActionsParts {
  db: Database;
  accounts: AccountStore;
  limiter: AttemptLimiter;
  codes: OneTimeCodes;
  hasher: KeyedHasher;
  activation: ActivationFlow;
}

/** Who acts, for whom, why, in which request. */
export interface SupportActor {
  staffId: string;
  reason: string;
  requestId: string;
}

type Action = 'resend-activation-code' | 'lift-lockout';

/**
 * What the contact centre does for a customer who cannot register or sign in: send a new
 * activation code, lift the lockouts of their sign-in, and read which lockouts are in force.
 * Each action is kept with the staff member and the reason in identity.support_actions (the audit
 * trail records the mutation itself, by whom and for whom).
 */
export class SupportActions {
  constructor(private readonly parts: SupportActionsParts) {}

  /**
   * The attempt-limit subjects of the customer's sign-in, by kind: their account's counts of
   * wrong passwords, SMS codes (sign-in and contact changes share one) and reset codes, and the
   * counts kept against their sign-in address before it named the account. None without an account:
   * nothing of a sign-in is theirs yet. Activation codes are counted per contract, shared with
   * whoever else is on it, and staff sign-ins are no customer's: neither is here.
   */
  private async subjectsOf(customerId: string): Promise<Array<{ kind: LockoutKind; subject: string }>> {
    const { accounts, hasher, codes } = this.parts;
    const account = await accounts.byCustomer(customerId);
    if (!account) return [];
    const subjects: Array<{ kind: LockoutKind; subject: string }> = [
      { kind: 'PASSWORD', subject: accountLockoutSubject(hasher, Purpose.LIMIT_SIGN_IN, account.id) },
      { kind: 'ONE_TIME_CODE', subject: codes.subject({ kind: 'account', id: account.id }) },
      { kind: 'PASSWORD_RESET', subject: accountLockoutSubject(hasher, Purpose.LIMIT_PASSWORD_RESET, account.id) },
    ];
    const email = account.email ? parseEmailAddress(account.email) : undefined;
    if (email?.ok)
      subjects.push(
        { kind: 'PASSWORD', subject: addressLockoutSubject(hasher, Purpose.LIMIT_SIGN_IN, email.email) },
        { kind: 'PASSWORD_RESET', subject: addressLockoutSubject(hasher, Purpose.LIMIT_PASSWORD_RESET, email.email) },
      );
    return subjects;
  }

  /** The lockouts of the customer's sign-in in force now, one per kind (the latest end), in a fixed order. */
  async lockoutsOf(customerId: string): Promise<Lockout[]> {
    const subjects = await this.subjectsOf(customerId);
    if (subjects.length === 0) return [];
    const locked = await this.parts.limiter.lockedOf(subjects.map((entry) => entry.subject));
    const until = new Map<LockoutKind, Date>();
    for (const { kind, subject } of subjects) {
      const end = locked.get(subject);
      const known = until.get(kind);
      if (end && (!known || end > known)) until.set(kind, end);
    }
    return KIND_ORDER.flatMap((kind) => {
      const end = until.get(kind);
      return end ? [{ kind, until: end }] : [];
    });
  }

  /** Ends the customer's sign-in lockouts and clears the counts, with the note, in one transaction: the kinds that were locked. */
  async liftLockouts(customerId: string, actor: SupportActor, log: Logger): Promise<LockoutKind[]> {
    const subjects = await this.subjectsOf(customerId);
    const lifted = await this.parts.db.transaction(async (tx) => {
      const ended = subjects.length
        ? await this.parts.limiter.lift(tx, [...new Set(subjects.map((s) => s.subject))])
        : new Set<string>();
      const kinds = KIND_ORDER.filter((kind) => subjects.some((s) => s.kind === kind && ended.has(s.subject)));
      await this.note(tx, customerId, 'lift-lockout', kinds.length ? `lifted:${kinds.join(',')}` : 'none', actor);
      return kinds;
    });
    log.info({ customerId, staffId: actor.staffId, lifted }, 'support lifted lockouts');
    return lifted;
  }

  /** A new activation code by letter, as the customer's own request would send it; the note records what came of it. */
  async resendActivationCode(customer: Customer, actor: SupportActor, call: FlowCall): Promise<SupportResend> {
    const result = await this.parts.activation.resendForSupport(customer, call);
    await this.note(this.parts.db, customer.id, 'resend-activation-code', result.outcome, actor);
    call.log.info(
      { customerId: customer.id, staffId: actor.staffId, outcome: result.outcome },
      'support resend of an activation code',
    );
    return result;
  }

  private async note(q: Queryable, customerId: string, action: Action, outcome: string, actor: SupportActor) {
    await q.query(
      `INSERT INTO identity.support_actions (id, customer_id, staff_id, action, outcome, reason, request_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [randomUUID(), customerId, actor.staffId, action, outcome, actor.reason, actor.requestId],
    );
  }
}
