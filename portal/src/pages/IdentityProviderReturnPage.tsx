import { startTransition, useEffect, useRef, useState } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { ProblemMessage, type Problem } from '../components/ProblemMessage';
import { useLanguage, useT } from '../i18n/i18n';
import { providerReturn as texts } from '../i18n/messages/account';
import { adoptSession, portalHeaders } from '../session/session';
import './account.css';

type Provider = 'itsme' | 'eid';

interface SessionAnswer {
  accessToken: string;
  expiresIn: number;
  customerId: string;
}

/** What the portal server answered, once it did. */
type Outcome =
  | { kind: 'problem'; problem: Problem }
  | { kind: 'interrupted'; code: string; message: string | null }
  | { kind: 'failed' };

function isProvider(value: string | undefined): value is Provider {
  return value === 'itsme' || value === 'eid';
}

function isSession(value: unknown): value is SessionAnswer {
  if (typeof value !== 'object' || value === null) return false;
  const session = value as Record<string, unknown>;
  return (
    typeof session['accessToken'] === 'string' &&
    typeof session['expiresIn'] === 'number' &&
    typeof session['customerId'] === 'string'
  );
}

function isProblem(value: unknown): value is Problem {
  if (typeof value !== 'object' || value === null) return false;
  const problem = value as Record<string, unknown>;
  return typeof problem['code'] === 'string' && typeof problem['message'] === 'string';
}

const PROBLEM_ID = 'provider-problem';
/** The problems for which registering is the way on (NOT_REGISTERED has its link in ProblemMessage). */
const REGISTER_NEXT = ['CONSENT_REQUIRED'];
/** The problems only the contact centre can solve (the customer master must be corrected). */
const CONTACT_CENTRE_NEXT = ['PERSON_NOT_FOUND', 'PERSON_FOUND_SEVERAL_TIMES', 'DATA_MISMATCH'];

/**
 * Where itsme or the eID hub sends the browser back (`/auth/<provider>/callback?code=…&state=…`):
 * the portal server exchanges the code once (it knows from `state` whether this was a sign-in or
 * a registration) and answers with the session, a problem of the graph, or an error.
 */
export function IdentityProviderReturnPage() {
  const t = useT(texts);
  const { language } = useLanguage();
  const navigate = useNavigate();
  const { provider: providerParam } = useParams();
  const [searchParams] = useSearchParams();
  const code = searchParams.get('code');
  const state = searchParams.get('state');
  const providerError = searchParams.get('error');
  const provider = isProvider(providerParam) ? providerParam : null;
  const complete = provider !== null && code !== null && state !== null && providerError === null;

  const [outcome, setOutcome] = useState<Outcome | null>(null);
  // The code can be exchanged once only: StrictMode runs effects twice in development.
  const started = useRef(false);

  useEffect(() => {
    if (!complete || started.current) return;
    started.current = true;
    const exchange = async (): Promise<Outcome | null> => {
      const response = await fetch('/session/identity-provider', {
        method: 'POST',
        headers: portalHeaders({ 'accept-language': language }),
        body: JSON.stringify({ provider, code, state }),
      });
      const body = (await response.json().catch(() => null)) as Record<string, unknown> | null;
      const session = body?.['session'];
      const problem = body?.['problem'];
      if (response.ok && isSession(session)) {
        const { accessToken, expiresIn, customerId } = session;
        startTransition(() => {
          void navigate('/', { replace: true });
          adoptSession({ accessToken, expiresIn, customerId });
        });
        return null;
      }
      if (response.ok && isProblem(problem)) return { kind: 'problem', problem };
      const error = body?.['error'] as { code?: unknown; message?: unknown } | undefined;
      if (response.status === 400 && typeof error?.code === 'string')
        return {
          kind: 'interrupted',
          code: error.code,
          message: typeof error.message === 'string' ? error.message : null,
        };
      return { kind: 'failed' };
    };
    exchange()
      .then((next) => {
        if (next) setOutcome(next);
      })
      .catch(() => setOutcome({ kind: 'failed' }));
  }, [complete, provider, code, state, language, navigate]);

  const name = provider ? t(provider) : t('provider');
  const restart = provider ? `/auth/${provider}/start?intent=sign-in` : '/sign-in';

  const startAgain = (
    <div className="actions">
      {provider && (
        <a className="button" href={restart}>
          {t('startSignIn', { provider: name })}
        </a>
      )}
      <Link className="button secondary" to="/register">
        {t('toRegister')}
      </Link>
      <Link to="/sign-in">{t('otherWays')}</Link>
    </div>
  );

  if (!provider)
    return (
      <div className="account-page">
        <h1>{t('titleUnknown')}</h1>
        <div className="notice notice-error" role="alert" data-testid="result">
          <p>{t('unknownProvider')}</p>
          <Link to="/sign-in">{t('otherWays')}</Link>
        </div>
      </div>
    );

  return (
    <div className="account-page">
      <h1>{t('title', { provider: name })}</h1>
      {!complete ? (
        <div className="notice notice-warning" role="alert" data-testid="result" data-outcome="cancelled">
          <p className="problem-title">{t('interruptedTitle')}</p>
          <p>{t('cancelled', { provider: name })}</p>
          {startAgain}
        </div>
      ) : outcome === null ? (
        <p className="loading" role="status" aria-live="polite" data-testid="provider-working">
          {t('working')}
        </p>
      ) : outcome.kind === 'problem' ? (
        <div data-testid="result" data-outcome="problem">
          <ProblemMessage problem={outcome.problem} id={PROBLEM_ID}>
            {REGISTER_NEXT.includes(outcome.problem.code) && (
              <Link className="button" to="/register">
                {t('toRegister')}
              </Link>
            )}
            {outcome.problem.code === 'ALREADY_REGISTERED' && (
              <a className="button" href={restart}>
                {t('startSignIn', { provider: name })}
              </a>
            )}
            {outcome.problem.code === 'PROVIDER_SIGN_IN_FAILED' && (
              <a className="button" href={restart}>
                {t('startSignIn', { provider: name })}
              </a>
            )}
            {CONTACT_CENTRE_NEXT.includes(outcome.problem.code) && (
              <Link className="button secondary" to="/sign-in">
                {t('withPersonalData')}
              </Link>
            )}
            {!CONTACT_CENTRE_NEXT.includes(outcome.problem.code) && <Link to="/help">{t('contactCentre')}</Link>}
          </ProblemMessage>
          {CONTACT_CENTRE_NEXT.includes(outcome.problem.code) && <p>{t('contactCentreExplain')}</p>}
        </div>
      ) : outcome.kind === 'interrupted' ? (
        <div
          className="notice notice-warning"
          role="alert"
          data-testid="result"
          data-outcome="interrupted"
          data-code={outcome.code}
        >
          <p className="problem-title">{t('interruptedTitle')}</p>
          <p>{outcome.code === 'SIGN_IN_EXPIRED' ? t('expired') : t('badRequest')}</p>
          {outcome.message && <p>{outcome.message}</p>}
          {startAgain}
        </div>
      ) : (
        <div className="notice notice-warning" role="alert" data-testid="result" data-outcome="failed">
          <p>{t('failed')}</p>
          {startAgain}
        </div>
      )}
    </div>
  );
}
