import { useEffect, useState } from 'react';
import { currentSession, onSessionChange, refreshSession, type SignedIn } from './session';

export type SessionState = { status: 'checking' } | { status: 'signedIn'; session: SignedIn } | { status: 'signedOut' };

let checked = false;

/** The session as the page knows it; the first use asks the portal server (the refresh cookie) once. */
export function useSession(): SessionState {
  const [state, setState] = useState<SessionState>(() => {
    const session = currentSession();
    if (session) return { status: 'signedIn', session };
    return checked ? { status: 'signedOut' } : { status: 'checking' };
  });
  useEffect(() => {
    const unsubscribe = onSessionChange((session) =>
      setState(session ? { status: 'signedIn', session } : { status: 'signedOut' }),
    );
    if (!checked) {
      checked = true;
      void refreshSession();
    }
    return unsubscribe;
  }, []);
  return state;
}
