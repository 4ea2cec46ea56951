import { parseEmailAddress } from '../../../platform/emailAddress';
import { badUserInput } from '../../../platform/graphql/errors';
import type { CustomerMasterClient } from '../backend/CustomerMasterClient';
import { holdersAndInsuredOf } from '../backend/mapper';
import type { AccountStore } from '../store/AccountStore';

/** What the contact centre looks a customer up by: exactly one of these (last name with birth date). */
export interface CustomerLookup {
  email?: string | null;
  contractNumber?: string | null;
  nationalRegisterNumber?: string | null;
  lastName?: string | null;
  birthDate?: string | null;
}

const CONTRACT_NUMBER = /^[LV]\d{9}$/;

/**
 * The ids of the customers matching a lookup, exact matches only: a contact-centre agent starts
 * from what the customer tells or shows (an e-mail address, a contract number, a register number,
 * a name and birth date), never from a list of strangers. The caller shows one customer, or says
 * that there is none or several, and shows none.
 */
export async function matchingCustomerIds(
  lookup: CustomerLookup,
  parts: { master: CustomerMasterClient; accounts: AccountStore },
  requestId: string,
): Promise<string[]> {
  const given = Object.entries(lookup).filter(([, value]) => value !== null && value !== undefined);
  const keys = given.map(([key]) => key).sort();
  const byName = keys.length === 2 && keys[0] === 'birthDate' && keys[1] === 'lastName';
  const byOne = keys.length === 1 && ['email', 'contractNumber', 'nationalRegisterNumber'].includes(keys[0] ?? '');
  if (!byOne && !byName)
    throw badUserInput(
      'Look up by exactly one of email, contractNumber or nationalRegisterNumber, or by lastName with birthDate.',
      'lookup',
    );
  const { master, accounts } = parts;
  if (lookup.email) {
    const parsed = parseEmailAddress(lookup.email);
    if (!parsed.ok) throw badUserInput('email is not an e-mail address.', 'email');
    const [contact, signIn] = await Promise.all([
      master.searchParties({ email: parsed.email.address }, requestId),
      accounts.byEmail(parsed.email),
    ]);
    return [...new Set([...contact.map((person) => person.PARTY_ID), ...(signIn ? [signIn.customerId] : [])])];
  }
  if (lookup.contractNumber) {
    const number = lookup.contractNumber.trim().toUpperCase();
    if (!CONTRACT_NUMBER.test(number))
      throw badUserInput('contractNumber is L or V and 9 digits, e.g. L000000010.', 'contractNumber');
    const roles = await master.policyParties(number, requestId);
    return roles ? holdersAndInsuredOf(roles) : [];
  }
  if (lookup.nationalRegisterNumber) {
    const digits = lookup.nationalRegisterNumber.replace(/[\s.-]/g, '');
    if (!/^\d{11}$/.test(digits)) throw badUserInput('nationalRegisterNumber has 11 digits.', 'nationalRegisterNumber');
    return (await master.searchByNationalRegisterNumber(digits, requestId)).map((person) => person.PARTY_ID);
  }
  const lastName = (lookup.lastName ?? '').trim();
  if (lastName.length === 0 || lastName.length > 100)
    throw badUserInput('lastName is 1 to 100 characters.', 'lastName');
  const people = await master.searchParties({ lastName, birthDate: lookup.birthDate ?? '' }, requestId);
  return people.map((person) => person.PARTY_ID);
}
