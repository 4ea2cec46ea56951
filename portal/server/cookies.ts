import type { IncomingMessage } from 'node:http';

/**
 * The portal's cookies. `__Host-` names are only accepted by browsers with Secure, Path=/ and no
 * Domain, so no other site or subdomain can set or shadow them (browsers treat http://localhost
 * as secure, so this holds in development too).
 */
export const SESSION_COOKIE = '__Host-portal-session';
export const CSRF_COOKIE = '__Host-portal-csrf';
export const SIGN_IN_COOKIE = '__Host-portal-sign-in';
export const CSRF_HEADER = 'x-csrf-token';

export function readCookies(req: IncomingMessage): Map<string, string> {
  const cookies = new Map<string, string>();
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const separator = part.indexOf('=');
    if (separator <= 0) continue;
    const name = part.slice(0, separator).trim();
    if (cookies.has(name)) continue;
    try {
      cookies.set(name, decodeURIComponent(part.slice(separator + 1).trim()));
    } catch {
      // A value that is not valid percent-encoding is no cookie of ours.
    }
  }
  return cookies;
}

export interface CookieOptions {
  maxAgeSeconds: number;
  /** Readable by the page's JavaScript (only the CSRF token is). */
  readable?: boolean;
  /** Lax for the one cookie that must come back on the identity provider's redirect; Strict otherwise. */
  sameSite?: 'Strict' | 'Lax';
}

export function cookie(
  name: string,
  value: string,
  { maxAgeSeconds, readable, sameSite = 'Strict' }: CookieOptions,
): string {
  return [
    `${name}=${encodeURIComponent(value)}`,
    'Path=/',
    'Secure',
    ...(readable ? [] : ['HttpOnly']),
    `SameSite=${sameSite}`,
    `Max-Age=${Math.max(0, Math.floor(maxAgeSeconds))}`,
  ].join('; ');
}

export function clearedCookie(name: string): string {
  return cookie(name, '', { maxAgeSeconds: 0 });
}
