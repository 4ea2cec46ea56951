/**
 * The browser's side of a session. The access token lives in this module's memory only (never
 * in localStorage, sessionStorage or a readable cookie); the refresh token is an HttpOnly cookie
 * the portal server sets and JavaScript never sees. Every call to the portal server carries the
 * CSRF token (double-submit: a readable cookie echoed in a header). See docs/portal.md.
 */

export interface SignedIn {
  accessToken: string;
  customerId: string;
  /** When the access token expires, in ms since the epoch. */
  expiresAt: number;
}

/** What the portal server answers for a session it started or refreshed. */
interface SessionAnswer {
  accessToken: string;
  expiresIn: number;
  customerId: string;
}

export const CSRF_COOKIE = '__Host-portal-csrf';
export const CSRF_HEADER = 'x-csrf-token';
/** Refresh this long before the access token expires, so a request never goes out with an expired one. */
const REFRESH_MARGIN_MS = 60_000;
const MIN_REFRESH_DELAY_MS = 5_000;

type Listener = (session: SignedIn | null) => void;

let current: SignedIn | null = null;
let refreshTimer: ReturnType<typeof setTimeout> | undefined;
let inFlight: Promise<SignedIn | null> | undefined;
const listeners = new Set<Listener>();

export function csrfToken(): string {
  const prefix = `${CSRF_COOKIE}=`;
  const entry = document.cookie.split('; ').find((cookie) => cookie.startsWith(prefix));
  return entry ? decodeURIComponent(entry.slice(prefix.length)) : '';
}

/** Headers of every POST to the portal server. */
export function portalHeaders(extra: Record<string, string> = {}): Record<string, string> {
  return { 'content-type': 'application/json', [CSRF_HEADER]: csrfToken(), ...extra };
}

export function currentSession(): SignedIn | null {
  return current;
}

export function onSessionChange(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function publish(session: SignedIn | null): void {
  current = session;
  clearTimeout(refreshTimer);
  if (session) {
    const delay = Math.max(MIN_REFRESH_DELAY_MS, session.expiresAt - Date.now() - REFRESH_MARGIN_MS);
    refreshTimer = setTimeout(() => void refreshSession(), delay);
  }
  for (const listener of listeners) listener(session);
}

/** Starts the session the portal server answered with (after a sign-in or registration). */
export function adoptSession(answer: SessionAnswer): SignedIn {
  const session = {
    accessToken: answer.accessToken,
    customerId: answer.customerId,
    expiresAt: Date.now() + answer.expiresIn * 1000,
  };
  publish(session);
  return session;
}

async function postRefresh(): Promise<SignedIn | null> {
  const response = await fetch('/session/refresh', { method: 'POST', headers: portalHeaders(), body: '{}' });
  if (!response.ok) {
    publish(null);
    return null;
  }
  return adoptSession((await response.json()) as SessionAnswer);
}

async function refreshUnderLock(): Promise<SignedIn | null> {
  return await navigator.locks.request('portal-session-refresh', postRefresh);
}

/**
 * A new access token from the refresh cookie. One refresh at a time, across tabs too (Web Locks):
 * the refresh token is rotated on every use, and presenting a used one ends the session.
 */
export function refreshSession(): Promise<SignedIn | null> {
  if (!inFlight) {
    const refreshing = navigator.locks ? refreshUnderLock() : postRefresh();
    inFlight = refreshing.finally(() => {
      inFlight = undefined;
    });
  }
  return inFlight;
}

/** An access token good for at least the next few seconds, refreshing first when needed; null when signed out. */
export async function validAccessToken(): Promise<string | null> {
  if (current && current.expiresAt - Date.now() > MIN_REFRESH_DELAY_MS) return current.accessToken;
  return (await refreshSession())?.accessToken ?? null;
}

/** Ends the session on the server (the refresh token and its access tokens are revoked) and here. */
export async function signOut(): Promise<void> {
  try {
    await fetch('/session/sign-out', { method: 'POST', headers: portalHeaders(), body: '{}' });
  } finally {
    publish(null);
  }
}
