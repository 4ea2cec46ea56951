import { BackendError } from '../../../platform/backend/BackendError';
import { forbidden } from '../../../platform/graphql/errors';
import type { Database } from '../../../platform/database/Database';
import type { CustomerMasterClient } from '../backend/CustomerMasterClient';
import { toCustomer, toMasterContactChange } from '../backend/mapper';
import { isOneTimeCodeFormat, isOpaqueTokenFormat } from '../credentials/codes';
import type {
  ChangeContactDetailsInput,
  ChangeContactDetailsResult,
  ContactDetailsChanged,
  ContactDetailsInput,
  RequestContactChangeCodeResult,
} from '../generated/resolvers';
import { contactChangeSms } from '../letters';
import { message } from '../messages';
import type { ContactChange, ContactDetailsChangedModel, PolicyRole } from '../model';
import { contactDetailsUpdate } from '../feed/contactDetailsUpdate';
import { officesManaging } from '../offices';
import { problems } from '../problems';
import type { IdentitySettings } from '../config';
import type { AccountStore } from '../store/AccountStore';
import type { ContactChangeStore } from '../store/ContactChangeStore';
import type { EndedSession, SessionStore } from '../store/SessionStore';
import { contactChangeFingerprint, maskMobileNumber, parseContactChange } from '../validation';
import type { FlowCall } from './call';
import type { ContactChangeApplier } from './ContactChangeApplier';
import type { ContactChangeNotices } from './ContactChangeNotices';
import type { OneTimeCodes } from './OneTimeCodes';
import type { SessionIssuer } from './SessionIssuer';

export interface ContactChangeFlowParts {
  db: Database;
  master: CustomerMasterClient;
  accounts: AccountStore;
  codes: OneTimeCodes;
  sessions: SessionStore;
  /** Revokes the access tokens of the sessions a change of the sign-in details ends. */
  issuer: SessionIssuer;
  events: ContactChangeStore;
  applier: ContactChangeApplier;
  notices: ContactChangeNotices;
  settings: IdentitySettings;
}

/** What changeContactDetails answers, its success as the model the resolvers complete. */
export type ContactChangeOutcome =
  Exclude<ChangeContactDetailsResult, ContactDetailsChanged> | ContactDetailsChangedModel;

/** Rolls the change's transaction back while carrying why. */
class ChangeAborted extends Error {}

/** The e-mail address and mobile number are how the customer signs in: changing either ends every session. */
const changesSignIn = (change: ContactChange): boolean => change.email !== undefined || change.mobile !== undefined;

/**
 * A customer changes their e-mail address, mobile number or postal address (docs/requirements.md §4). The
 * change goes to the customer master only (not to the address on each contract). Every change
 * needs a fresh code by SMS to the number on file, bound to exactly this change: an access token
 * alone changes nothing, not even the postal address the password-reset letters go to. Changing
 * the e-mail address or mobile number (how the customer signs in) ends every session. The number
 * on file before the change is told of it by SMS, and the postal address on file before a change
 * of it by letter, so a change the customer did not make does not go unnoticed.
 *
 * Whether another account uses a new e-mail address is said only after the code: asking for a
 * code answers the same for an address in use and a free one, and each answer costs a code.
 *
 * Two systems change, so the change is made recoverable rather than pretended atomic: identity's
 * own part (the sign-in address, the sessions) and the broker event are committed first, the
 * event `applying`; then the master is called with the event's id as idempotency key; then the
 * event becomes `pending-broker`. An event whose master call did not finish is sent again by the
 * re-drive, and the master applies it once.
 */
export class ContactChangeFlow {
  constructor(private readonly parts: ContactChangeFlowParts) {}

  async requestCode(
    customerId: string,
    input: ContactDetailsInput,
    call: FlowCall,
  ): Promise<RequestContactChangeCodeResult> {
    const { master, accounts, codes } = this.parts;
    const p = problems(call);
    const parsed = parseContactChange(input);
    if (!parsed.ok) return p.invalidInput(parsed.field, parsed.explanation);
    const account = await accounts.byCustomer(customerId);
    if (!account) return p.notRegistered();

    // The number on file now, from the master: the code proves the person holding that phone asks.
    const person = (await master.persons([customerId], call.requestId)).get(customerId);
    const customer = person ? toCustomer(person) : undefined;
    if (!customer?.mobile) return p.mobileNumberMissing();
    const sent = await codes.send({
      owner: { kind: 'account', id: account.id },
      purpose: 'CONTACT_CHANGE',
      mobile: customer.mobile,
      text: (code) =>
        contactChangeSms(customer.preferredLanguage, { code, ttlSeconds: this.parts.settings.oneTimeCodeTtlSeconds }),
      binding: contactChangeFingerprint(parsed.change),
      requestId: call.requestId,
    });
    if (sent.outcome === 'locked') return p.lockedOut(sent.lockedUntil);
    call.log.info({ customerId, fields: parsed.fields }, 'contact change code sent by SMS');
    return {
      __typename: 'OneTimeCodeSent',
      challengeId: sent.challengeId,
      maskedMobileNumber: maskMobileNumber(customer.mobile),
      validUntil: sent.validUntil.toISOString(),
    };
  }

  /**
   * `policies` reads the customer's contracts through the record cache (stale within its grace
   * period when the master is down), to name the broker offices the event is for.
   */
  async change(
    customerId: string,
    input: ChangeContactDetailsInput,
    policies: () => Promise<readonly PolicyRole[] | null>,
    call: FlowCall,
  ): Promise<ContactChangeOutcome> {
    const { db, accounts, codes, sessions, events, applier, notices, settings } = this.parts;
    const p = problems(call);
    const parsed = parseContactChange(input.details);
    if (!parsed.ok) return p.invalidInput(parsed.field, parsed.explanation);
    const { change, fields } = parsed;
    const account = await accounts.byCustomer(customerId);
    if (!account) return p.notRegistered();

    const confirmation = input.confirmation;
    if (!confirmation) return p.oneTimeCodeRequired();
    if (!isOpaqueTokenFormat(confirmation.challengeId)) return p.invalidInput('challengeId');
    if (!isOneTimeCodeFormat(confirmation.code)) return p.invalidInput('code');
    const check = await codes.verify({
      purpose: 'CONTACT_CHANGE',
      challengeId: confirmation.challengeId,
      code: confirmation.code,
      owner: { kind: 'account', id: account.id },
      binding: contactChangeFingerprint(change),
    });
    if (check.outcome === 'locked') return p.lockedOut(check.lockedUntil);
    if (check.outcome === 'rejected') return p.contactCodeRejected(check.code, check.attemptsLeft);
    if (change.email && (await accounts.emailUsedByOther(change.email, customerId)))
      return p.emailInUse('EMAIL_IN_USE_CONTACT_CODE_USED');
    const signsOut = changesSignIn(change);

    const roles = await policies();
    if (!roles) throw forbidden();
    let event;
    let ended: EndedSession[] = [];
    try {
      event = await db.transaction(async (tx) => {
        if (change.email && (await accounts.changeEmail(tx, account.id, change.email)) === 'email-in-use')
          throw new ChangeAborted();
        if (signsOut) ended = await sessions.revokeAllOf(account.id, 'contact-change', tx);
        return events.record(tx, {
          customerId,
          accountId: account.id,
          changedFields: fields,
          // The offices managing the customer's contracts are the ones to learn of the change (docs/requirements.md §4.4).
          brokerIds: officesManaging(roles),
          masterChange: toMasterContactChange(change),
          update: contactDetailsUpdate(fields, change),
          leaseSeconds: settings.contactChangeLeaseSeconds,
        });
      });
    } catch (error) {
      if (error instanceof ChangeAborted) return p.emailInUse('EMAIL_IN_USE_CONTACT_CODE_USED');
      throw error;
    }
    await this.parts.issuer.endAccessTokens(ended);
    call.log.info({ customerId, fields, event: event.id }, 'contact change recorded; broker event applying');
    // Before the master applies it: the postal gateway addresses a letter to the address on file.
    await notices.send(customerId, fields, call);

    const outcome = await applier.apply(event, call.requestId);
    if (outcome === 'failed')
      throw new BackendError(
        'customer-master',
        'updateContact',
        'rejected',
        'The customer master refused the contact change.',
      );
    return this.changed(customerId, outcome === 'applied', fields, signsOut, call);
  }

  private changed(
    customerId: string,
    applied: boolean,
    fields: ContactDetailsChangedModel['changedFields'],
    signedOut: boolean,
    call: FlowCall,
  ): ContactDetailsChangedModel {
    return {
      __typename: 'ContactDetailsChanged',
      customerId,
      status: applied ? 'APPLIED' : 'APPLYING',
      changedFields: fields,
      message: [
        message(applied ? 'CONTACT_CHANGED' : 'CONTACT_CHANGE_APPLYING', call.language),
        ...(signedOut ? [message('CONTACT_SIGNED_OUT', call.language)] : []),
      ].join(' '),
      contractAddresses: message('CONTACT_CONTRACT_ADDRESSES', call.language),
      signedOutEverywhere: signedOut,
    };
  }
}
