import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { Link } from 'react-router';
import {
  RequestPasswordResetDocument,
  ResetPasswordDocument,
  type RequestPasswordResetMutation,
  type ResetPasswordMutation,
} from '../../../operations/generated/graphql';
import { ProblemMessage, RequestFailed, asProblem, fieldProps } from '../components/ProblemMessage';
import { useT } from '../i18n/i18n';
import { passwordReset as texts } from '../i18n/messages/account';
import './account.css';

type RequestAnswer = RequestPasswordResetMutation['requestPasswordReset'];
type ResetAnswer = ResetPasswordMutation['resetPassword'];
type Step = 'request' | 'reset';

const REQUEST_PROBLEM_ID = 'reset-request-problem';
const RESET_PROBLEM_ID = 'reset-problem';
const REPEAT_ERROR_ID = 'repeat-password-error';

/**
 * Forgotten password: a reset code by post to the address on file (the answer is the same whether
 * or not an account uses the e-mail address), then that code with a new password, which ends
 * every session of the account.
 */
export function PasswordResetPage() {
  const t = useT(texts);
  const [step, setStep] = useState<Step>('request');
  const [email, setEmail] = useState('');
  const [resetCode, setResetCode] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [repeatWrong, setRepeatWrong] = useState(false);
  const [requestAnswer, setRequestAnswer] = useState<RequestAnswer | null>(null);
  const [resetAnswer, setResetAnswer] = useState<ResetAnswer | null>(null);
  const [failed, setFailed] = useState(false);

  const [requestReset, requestState] = useMutation(RequestPasswordResetDocument);
  const [resetPassword, resetState] = useMutation(ResetPasswordDocument);
  const busy = requestState.loading || resetState.loading;

  const goTo = (next: Step) => {
    setStep(next);
    setFailed(false);
    setResetAnswer(null);
    setRepeatWrong(false);
    if (next === 'request') setRequestAnswer(null);
  };

  const submitRequest = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setFailed(false);
    setRequestAnswer(null);
    try {
      const { data } = await requestReset({ variables: { input: { email: email.trim() } } });
      if (!data) {
        setFailed(true);
        return;
      }
      setRequestAnswer(data.requestPasswordReset);
      if (data.requestPasswordReset.__typename === 'PasswordResetRequested') {
        setStep('reset');
        setResetAnswer(null);
      }
    } catch {
      setFailed(true);
    }
  };

  const submitReset = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setFailed(false);
    setResetAnswer(null);
    if (newPassword !== repeat) {
      setRepeatWrong(true);
      return;
    }
    setRepeatWrong(false);
    try {
      const { data } = await resetPassword({
        variables: { input: { email: email.trim(), resetCode: resetCode.trim(), newPassword } },
      });
      if (!data) {
        setFailed(true);
        return;
      }
      setResetAnswer(data.resetPassword);
    } catch {
      setFailed(true);
    }
  };

  const requestProblem = asProblem(requestAnswer);
  const resetProblem = asProblem(resetAnswer);
  const labels = { email: t('email'), resetCode: t('resetCode'), newPassword: t('newPassword') };
  const sent = requestAnswer?.__typename === 'PasswordResetRequested' ? requestAnswer : null;
  const changed = resetAnswer?.__typename === 'PasswordChanged' ? resetAnswer : null;
  const needsNewCode =
    resetProblem !== null && ['RESET_CODE_EXPIRED', 'RESET_CODE_SUPERSEDED', 'LOCKED_OUT'].includes(resetProblem.code);

  if (changed)
    return (
      <div className="account-page">
        <h1>{t('title')}</h1>
        <div className="notice notice-info" role="status" data-testid="result">
          <p className="problem-title">{t('changed')}</p>
          <p>{changed.message}</p>
          <p>{t('changedNext')}</p>
          <Link className="button" to="/sign-in" state={{ reason: 'passwordChanged' }}>
            {t('goSignIn')}
          </Link>
        </div>
      </div>
    );

  return (
    <div className="account-page">
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>
      <section className="card">
        <h2 id="reset-steps">{step === 'request' ? t('step1Title') : t('step2Title')}</h2>
        {step === 'request' ? (
          <form onSubmit={(event) => void submitRequest(event)} noValidate data-testid="reset-request-form">
            <div className="field">
              <label htmlFor="reset-email-input">{t('email')}</label>
              <span className="hint" id="reset-email-hint">
                {t('emailHint')}
              </span>
              <input
                id="reset-email-input"
                type="email"
                name="email"
                autoComplete="email"
                inputMode="email"
                required
                value={email}
                onChange={(event) => setEmail(event.target.value)}
                {...fieldProps(requestProblem, REQUEST_PROBLEM_ID, 'email', 'reset-email-hint')}
              />
            </div>
            <div className="actions">
              <button type="submit" disabled={busy}>
                {requestState.loading ? t('working') : t('requestCode')}
              </button>
              <button type="button" className="secondary" onClick={() => goTo('reset')}>
                {t('haveCode')}
              </button>
            </div>
          </form>
        ) : (
          <form onSubmit={(event) => void submitReset(event)} noValidate data-testid="reset-form">
            {sent && (
              <div className="notice notice-info" role="status" data-testid="reset-code-sent">
                <p>{sent.message}</p>
                <p>{t('requested')}</p>
              </div>
            )}
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
                {...fieldProps(resetProblem, RESET_PROBLEM_ID, 'email')}
              />
            </label>
            <div className="field">
              <label htmlFor="reset-code-input">{t('resetCode')}</label>
              <span className="hint" id="reset-code-hint">
                {t('resetCodeHint')}
              </span>
              <input
                id="reset-code-input"
                type="text"
                name="resetCode"
                autoComplete="one-time-code"
                autoCapitalize="characters"
                spellCheck={false}
                required
                value={resetCode}
                onChange={(event) => setResetCode(event.target.value)}
                {...fieldProps(resetProblem, RESET_PROBLEM_ID, 'resetCode', 'reset-code-hint')}
              />
            </div>
            <div className="field">
              <label htmlFor="new-password-input">{t('newPassword')}</label>
              <span className="hint" id="new-password-hint">
                {t('passwordHint')}
              </span>
              <input
                id="new-password-input"
                type="password"
                name="newPassword"
                autoComplete="new-password"
                minLength={12}
                maxLength={128}
                required
                value={newPassword}
                onChange={(event) => setNewPassword(event.target.value)}
                {...fieldProps(resetProblem, RESET_PROBLEM_ID, 'newPassword', 'new-password-hint')}
              />
            </div>
            <label>
              {t('repeatPassword')}
              <input
                type="password"
                name="repeatPassword"
                autoComplete="new-password"
                required
                value={repeat}
                onChange={(event) => setRepeat(event.target.value)}
                aria-invalid={repeatWrong}
                {...(repeatWrong ? { 'aria-describedby': REPEAT_ERROR_ID } : {})}
              />
            </label>
            {repeatWrong && (
              <p className="notice notice-error" role="alert" id={REPEAT_ERROR_ID}>
                {t('passwordsDiffer')}
              </p>
            )}
            <div className="actions">
              <button type="submit" disabled={busy}>
                {resetState.loading ? t('working') : t('reset')}
              </button>
              <button type="button" className="secondary" onClick={() => goTo('request')}>
                {t('needNewCode')}
              </button>
            </div>
          </form>
        )}
        <div data-testid="result" aria-live="polite">
          {failed && <RequestFailed />}
          {step === 'request' && requestProblem && (
            <ProblemMessage problem={requestProblem} id={REQUEST_PROBLEM_ID} fieldLabels={labels} />
          )}
          {step === 'reset' && resetProblem && (
            <ProblemMessage problem={resetProblem} id={RESET_PROBLEM_ID} fieldLabels={labels}>
              {needsNewCode && (
                <button type="button" className="secondary" onClick={() => goTo('request')}>
                  {t('askNewCode')}
                </button>
              )}
            </ProblemMessage>
          )}
        </div>
      </section>
      <p>
        {t('providerTip')} <Link to="/sign-in">{t('goSignIn')}</Link> · <Link to="/help">{t('needHelp')}</Link>
      </p>
    </div>
  );
}
