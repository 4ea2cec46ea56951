import { startTransition, useEffect, useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { Link, useLocation, useNavigate } from 'react-router';
import {
  SignInDocument,
  VerifyOneTimeCodeDocument,
  type SignInMutation,
  type VerifyOneTimeCodeMutation,
} from '../../../operations/generated/graphql';
import {
  ProblemMessage,
  RequestFailed,
  asProblem,
  fieldProps,
  formatTime,
  type Problem,
} from '../components/ProblemMessage';
import { useLanguage, useT } from '../i18n/i18n';
import { common } from '../i18n/messages/common';
import { signIn as texts } from '../i18n/messages/account';
import { adoptSession } from '../session/session';
import './account.css';

type Challenge = Extract<SignInMutation['signIn'], { __typename: 'OneTimeCodeSent' }>;
type Answer = SignInMutation['signIn'] | VerifyOneTimeCodeMutation['verifyOneTimeCode'];

interface ArrivalState {
  from?: unknown;
  signedOut?: unknown;
  reason?: unknown;
}

const PROBLEM_ID = 'sign-in-problem';

type Announcement = 'contactChanged' | 'passwordChanged';
let announcement: Announcement | null = null;

/**
 * Something to tell on the sign-in page the next time it opens. Kept here rather than in the
 * navigation state: after a sign-out the signed-in routes redirect here with their own state.
 */
export function announceOnSignIn(reason: Announcement): void {
  announcement = reason;
}

/** Where to go after signing in: the page the customer was sent here from, on this site only. */
function destination(state: ArrivalState | null): string {
  const from = state?.from;
  return typeof from === 'string' && from.startsWith('/') && !from.startsWith('//') ? from : '/';
}

/**
 * Sign-in: with itsme or eID (the portal server runs the redirect), or with e-mail and password
 * followed by the code sent by SMS (docs/requirements.md §1.2, §1.8).
 */
export function SignInPage() {
  const t = useT(texts);
  const tc = useT(common);
  const { language } = useLanguage();
  const location = useLocation();
  const navigate = useNavigate();
  const arrival = (location.state ?? null) as ArrivalState | null;
  const [announced] = useState(() => announcement ?? arrival?.reason);
  useEffect(() => {
    announcement = null;
  }, []);

  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [code, setCode] = useState('');
  const [challenge, setChallenge] = useState<Challenge | null>(null);
  const [answer, setAnswer] = useState<Answer | null>(null);
  const [failed, setFailed] = useState(false);
  const [resent, setResent] = useState(false);

  const [signIn, signInState] = useMutation(SignInDocument);
  const [verify, verifyState] = useMutation(VerifyOneTimeCodeDocument);
  const busy = signInState.loading || verifyState.loading;

  const requestCode = async (again: boolean) => {
    setFailed(false);
    setAnswer(null);
    try {
      const { data } = await signIn({ variables: { input: { email: email.trim(), password } } });
      if (!data) {
        setFailed(true);
        return;
      }
      const result = data.signIn;
      if (result.__typename === 'OneTimeCodeSent') {
        setChallenge(result);
        setCode('');
        setResent(again);
      } else {
        setAnswer(result);
      }
    } catch {
      setFailed(true);
    }
  };

  const submitCredentials = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void requestCode(false);
  };

  const submitCode = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!challenge) return;
    setFailed(false);
    setAnswer(null);
    setResent(false);
    try {
      const { data } = await verify({
        variables: { input: { challengeId: challenge.challengeId, code: code.replace(/\s/g, '') } },
      });
      if (!data) {
        setFailed(true);
        return;
      }
      const result = data.verifyOneTimeCode;
      if (result.__typename === 'Session') {
        const { accessToken, expiresIn, customerId } = result;
        // One transition: the new page and the signed-in state arrive together, so the sign-in
        // route never sees a signed-in customer and sends them to the overview instead.
        startTransition(() => {
          void navigate(destination(arrival), { replace: true });
          adoptSession({ accessToken, expiresIn, customerId });
        });
        return;
      }
      setAnswer(result);
      // A code that can no longer be used: back to e-mail and password (the fields are kept).
      if (result.__typename === 'LockedOut' || (result.__typename === 'CodeRejected' && result.attemptsLeft === null))
        setChallenge(null);
    } catch {
      setFailed(true);
    }
  };

  const startAgain = () => {
    setChallenge(null);
    setAnswer(null);
    setFailed(false);
    setCode('');
    setResent(false);
  };

  const problem: Problem | null = asProblem(answer);
  const labels = { email: t('email'), password: t('password'), code: t('code'), challengeId: t('code') };

  return (
    <div className="account-page">
      <h1>{t('title')}</h1>
      {arrival?.signedOut === true && (
        <p className="notice notice-info" role="status">
          {tc('signedOutNotice')}
        </p>
      )}
      {announced === 'contactChanged' && (
        <p className="notice notice-info" role="status">
          {t('contactChangedNotice')}
        </p>
      )}
      {announced === 'passwordChanged' && (
        <p className="notice notice-info" role="status">
          {t('passwordChangedNotice')}
        </p>
      )}
      <p>{t('intro')}</p>

      <section className="card">
        <h2 id="sign-in-provider">{t('withProvider')}</h2>
        <p>{t('providerIntro')}</p>
        <div className="actions">
          <a className="button" href="/auth/itsme/start?intent=sign-in" data-testid="sign-in-itsme">
            {t('itsme')}
          </a>
          <a className="button" href="/auth/eid/start?intent=sign-in" data-testid="sign-in-eid">
            {t('eid')}
          </a>
        </div>
      </section>

      <section className="card">
        <h2 id="sign-in-password">{t('withPersonalData')}</h2>
        {!challenge ? (
          <form onSubmit={submitCredentials} noValidate data-testid="sign-in-form">
            <p className="hint">{t('personalDataIntro')}</p>
            <label>
              {t('email')}
              <input
                type="email"
                name="email"
                autoComplete="email"
                inputMode="email"
                required
                value={email}
                onChange={(event) => setEmail(event.target.value)}
                {...fieldProps(problem, PROBLEM_ID, 'email')}
              />
            </label>
            <label>
              {t('password')}
              <input
                type="password"
                name="password"
                autoComplete="current-password"
                required
                value={password}
                onChange={(event) => setPassword(event.target.value)}
                {...fieldProps(problem, PROBLEM_ID, 'password')}
              />
            </label>
            <div className="actions">
              <button type="submit" disabled={busy}>
                {busy ? t('working') : t('sendCode')}
              </button>
              <Link to="/forgot-password">{t('forgotPassword')}</Link>
            </div>
          </form>
        ) : (
          <form onSubmit={(event) => void submitCode(event)} noValidate data-testid="code-form">
            <p className="notice notice-info" role="status" id="sign-in-code-sent">
              {resent ? `${t('newCodeSent')} ` : ''}
              {t('codeSent', {
                number: challenge.maskedMobileNumber,
                time: formatTime(language, challenge.validUntil),
              })}
            </p>
            <label>
              {t('code')}
              <input
                type="text"
                name="code"
                autoComplete="one-time-code"
                inputMode="numeric"
                pattern="[0-9]*"
                maxLength={6}
                required
                value={code}
                onChange={(event) => setCode(event.target.value)}
                {...fieldProps(problem, PROBLEM_ID, 'code', 'sign-in-code-sent')}
              />
            </label>
            <div className="actions">
              <button type="submit" disabled={busy}>
                {busy ? t('working') : t('verify')}
              </button>
              <button type="button" className="secondary" disabled={busy} onClick={() => void requestCode(true)}>
                {t('sendNewCode')}
              </button>
              <button type="button" className="secondary" onClick={startAgain}>
                {t('startAgain')}
              </button>
            </div>
          </form>
        )}
        <div data-testid="result" aria-live="polite">
          {failed && <RequestFailed />}
          {problem && (
            <ProblemMessage problem={problem} id={PROBLEM_ID} fieldLabels={labels}>
              {problem.code === 'ONE_TIME_CODE_EXPIRED' && (
                <button type="button" className="secondary" onClick={() => void requestCode(true)}>
                  {t('sendNewCode')}
                </button>
              )}
            </ProblemMessage>
          )}
        </div>
      </section>

      <section className="card">
        <h2 id="sign-in-other">{t('noAccount')}</h2>
        <p>{t('noAccountText')}</p>
        <div className="actions">
          <Link className="button secondary" to="/register">
            {t('registerLink')}
          </Link>
          <Link to="/help">{t('needHelp')}</Link>
        </div>
      </section>
    </div>
  );
}
