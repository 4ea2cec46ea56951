/** Who is calling, as established from a verified access token. */
export type Viewer =
  | { readonly role: 'anonymous' }
  | { readonly role: 'customer'; readonly subject: string; readonly customerId: string }
  | { readonly role: 'broker'; readonly subject: string; readonly brokerId: string }
  | { readonly role: 'support'; readonly subject: string; readonly staffId: string };

export type Role = Viewer['role'];

export const ANONYMOUS: Viewer = Object.freeze({ role: 'anonymous' });

/** Claims we put in access tokens beyond the registered ones. */
export interface AccessTokenClaims {
  role: Exclude<Role, 'anonymous'>;
  /** The broker office a broker user or broker system acts for. */
  broker?: string;
  /** The sign-in session the token was issued in (ends with sign-out or refresh-token reuse). */
  sid?: string;
  /** How the user authenticated (RFC 8176 style): e.g. ["pwd", "sms"], ["itsme"], ["eid"]. */
  amr?: string[];
}
