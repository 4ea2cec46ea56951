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
  return hasher.digest(purpose, account ? `account:${account.id}` : `email:${email.key}`);
}
