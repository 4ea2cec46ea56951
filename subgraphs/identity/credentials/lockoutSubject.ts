import type { EmailAddress } from '../../../platform/emailAddress';
import type { KeyedHasher } from './KeyedHasher';

/**
 * Whom wrong attempts at a step named by an e-mail address count against: the account, once the
 * address names one, so no spelling of the address and no change of it starts a count of its
 * own; otherwise the address's key (platform/emailAddress.ts), so an unknown address locks out
 * like a known one and a lockout says nothing about whether an account exists.
 */
export function lockoutSubject(
  hasher: KeyedHasher,
  /** A Purpose.LIMIT_* namespace. */
  purpose: string,
  account: { id: string } | undefined,
  email: EmailAddress,
): string {
  return account ? accountLockoutSubject(hasher, purpose, account.id) : addressLockoutSubject(hasher, purpose, email);
}

/** The subject of an account's count at a step (what lockoutSubject gives once the address names the account). */
export const accountLockoutSubject = (hasher: KeyedHasher, purpose: string, accountId: string): string =>
  hasher.digest(purpose, `account:${accountId}`);

/** The subject of an address's count at a step, while the address names no account. */
export const addressLockoutSubject = (hasher: KeyedHasher, purpose: string, email: EmailAddress): string =>
  hasher.digest(purpose, `email:${email.key}`);
