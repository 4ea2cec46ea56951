import { useRef, useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { Link } from 'react-router';
import {
  RegisterWithActivationCodeDocument,
  RequestActivationCodeDocument,
  type RegisterWithActivationCodeMutation,
  type RequestActivationCodeMutation,
} from '../../../operations/generated/graphql';
import { formatDate } from '../components/format';
import { ProblemMessage, RequestFailed, asProblem, fieldProps } from '../components/ProblemMessage';
import { useLanguage, useT } from '../i18n/i18n';
import { register as texts } from '../i18n/messages/account';
import './account.css';

type CodeAnswer = RequestActivationCodeMutation['requestActivationCode'];
type RegisterAnswer = RegisterWithActivationCodeMutation['registerWithActivationCode'];
type Step = 'request' | 'register';

const REQUEST_PROBLEM_ID = 'activation-request-problem';
const REGISTER_PROBLEM_ID = 'register-problem';
const CONSENT_ERROR_ID = 'consent-error';

/**
 * Registration (docs/requirements.md §1.1–§1.9): consent to digital documents first, then itsme or
 * eID (the portal server runs the redirect), or personal data in two steps: an activation code by
 * post for a contract number and national register number, then that code with the e-mail
 * address and password the customer chooses.
 */
export function RegisterPage() {
  const t = useT(texts);
  const { language } = useLanguage();
  const consentBox = useRef<HTMLInputElement>(null);

  const [consent, setConsent] = useState(false);
  const [consentError, setConsentError] = useState(false);
  const [step, setStep] = useState<Step>('request');
  const [contractNumber, setContractNumber] = useState('');
  const [nationalRegisterNumber, setNationalRegisterNumber] = useState('');
  const [activationCode, setActivationCode] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [codeAnswer, setCodeAnswer] = useState<CodeAnswer | null>(null);
  const [registerAnswer, setRegisterAnswer] = useState<RegisterAnswer | null>(null);
  const [failed, setFailed] = useState(false);

  const [requestCode, requestState] = useMutation(RequestActivationCodeDocument);
  const [registerAccount, registerState] = useMutation(RegisterWithActivationCodeDocument);

  const changeConsent = (checked: boolean) => {
    setConsent(checked);
    if (checked) setConsentError(false);
  };

  const goTo = (next: Step) => {
    setStep(next);
    setFailed(false);
    setRegisterAnswer(null);
    if (next === 'request') setCodeAnswer(null);
  };

  const submitRequest = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setFailed(false);
    setCodeAnswer(null);
    try {
      const { data } = await requestCode({
        variables: {
          input: { contractNumber: contractNumber.trim(), nationalRegisterNumber: nationalRegisterNumber.trim() },
        },
      });
      if (!data) {
        setFailed(true);
        return;
      }
      setCodeAnswer(data.requestActivationCode);
      if (data.requestActivationCode.__typename === 'ActivationCodeSent') {
        setStep('register');
        setActivationCode('');
        setRegisterAnswer(null);
      }
    } catch {
      setFailed(true);
    }
  };

  const submitRegistration = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setFailed(false);
    setRegisterAnswer(null);
    if (!consent) {
      setConsentError(true);
      consentBox.current?.focus();
      return;
    }
    try {
      const { data } = await registerAccount({
        variables: {
          input: {
            contractNumber: contractNumber.trim(),
            activationCode: activationCode.trim(),
            email: email.trim(),
            password,
            consentToDigitalDocuments: consent,
          },
        },
      });
      if (!data) {
        setFailed(true);
        return;
      }
      setRegisterAnswer(data.registerWithActivationCode);
      if (data.registerWithActivationCode.__typename === 'ConsentRequired') setConsentError(true);
    } catch {
      setFailed(true);
    }
  };

  const requestProblem = asProblem(codeAnswer);
  const registerProblem = asProblem(registerAnswer);
  const labels = {
    contractNumber: t('contractNumber'),
    nationalRegisterNumber: t('nationalRegisterNumber'),
    activationCode: t('activationCode'),
    email: t('email'),
    password: t('password'),
    consent: t('consentLabel'),
  };
  const registered = registerAnswer?.__typename === 'Registered' ? registerAnswer : null;
  const sent = codeAnswer?.__typename === 'ActivationCodeSent' ? codeAnswer : null;
  const busy = requestState.loading || registerState.loading;
  const needsNewCode =
    registerProblem !== null &&
    ['ACTIVATION_CODE_EXPIRED', 'ACTIVATION_CODE_SUPERSEDED', 'EMAIL_IN_USE', 'LOCKED_OUT'].includes(
      registerProblem.code,
    );

  if (registered)
    return (
      <div className="account-page">
        <h1>{t('title')}</h1>
        <div className="notice notice-info" role="status" data-testid="result">
          <p className="problem-title">{t('registered')}</p>
          <p>{t('registeredNext')}</p>
          <p>{t('registeredConsent', { date: formatDate(language, registered.consentedToDigitalDocumentsAt) })}</p>
          <Link className="button" to="/sign-in">
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
        <h2 id="register-consent">{t('consentTitle')}</h2>
        <p>{t('consentExplain')}</p>
        <p>{t('consentPaper')}</p>
        <label className="checkbox">
          <input
            ref={consentBox}
            type="checkbox"
            name="consent"
            checked={consent}
            onChange={(event) => changeConsent(event.target.checked)}
            aria-invalid={consentError}
            aria-describedby={consentError ? CONSENT_ERROR_ID : 'consent-required-hint'}
            data-testid="consent"
          />
          <span>{t('consentLabel')}</span>
        </label>
        <p className="hint" id="consent-required-hint">
          {t('consentRequired')}
        </p>
        {consentError && (
          <p className="notice notice-error" role="alert" id={CONSENT_ERROR_ID}>
            {t('consentNeeded')}
          </p>
        )}
      </section>

      <section className="card">
        <h2 id="register-provider">{t('withProvider')}</h2>
        <p>{t('providerIntro')}</p>
        <div className="actions">
          {(['itsme', 'eid'] as const).map((provider) =>
            consent ? (
              <a
                key={provider}
                className="button"
                href={`/auth/${provider}/start?intent=register&consent=true`}
                data-testid={`register-${provider}`}
              >
                {t(provider)}
              </a>
            ) : (
              <a
                key={provider}
                className="button button-disabled"
                role="link"
                aria-disabled="true"
                aria-describedby="provider-disabled-hint"
                data-testid={`register-${provider}`}
              >
                {t(provider)}
              </a>
            ),
          )}
        </div>
        {!consent && (
          <p className="hint" id="provider-disabled-hint">
            {t('providerDisabledHint')}
          </p>
        )}
      </section>

      <section className="card">
        <h2 id="register-personal-data">{t('withPersonalData')}</h2>
        <p>{t('personalDataIntro')}</p>

        {step === 'request' ? (
          <form onSubmit={(event) => void submitRequest(event)} noValidate data-testid="activation-request-form">
            <h3>{t('step1Title')}</h3>
            <div className="field">
              <label htmlFor="contract-number-input">{t('contractNumber')}</label>
              <span className="hint" id="contract-number-hint">
                {t('contractNumberHint')}
              </span>
              <input
                id="contract-number-input"
                type="text"
                name="contractNumber"
                autoComplete="off"
                autoCapitalize="characters"
                spellCheck={false}
                required
                value={contractNumber}
                onChange={(event) => setContractNumber(event.target.value)}
                {...fieldProps(requestProblem, REQUEST_PROBLEM_ID, 'contractNumber', 'contract-number-hint')}
              />
            </div>
            <div className="field">
              <label htmlFor="nrn-input">{t('nationalRegisterNumber')}</label>
              <span className="hint" id="nrn-hint">
                {t('nationalRegisterNumberHint')}
              </span>
              <input
                id="nrn-input"
                type="text"
                name="nationalRegisterNumber"
                autoComplete="off"
                inputMode="numeric"
                required
                value={nationalRegisterNumber}
                onChange={(event) => setNationalRegisterNumber(event.target.value)}
                {...fieldProps(requestProblem, REQUEST_PROBLEM_ID, 'nationalRegisterNumber', 'nrn-hint')}
              />
            </div>
            <div className="actions">
              <button type="submit" disabled={busy}>
                {requestState.loading ? t('working') : t('requestCode')}
              </button>
              <button type="button" className="secondary" onClick={() => goTo('register')}>
                {t('haveCode')}
              </button>
            </div>
          </form>
        ) : (
          <form onSubmit={(event) => void submitRegistration(event)} noValidate data-testid="register-form">
            <h3>{t('step2Title')}</h3>
            {sent && (
              <div className="notice notice-info" role="status" data-testid="activation-code-sent">
                <p>{sent.message}</p>
                <p>{t('codeRequested', { date: formatDate(language, sent.validUntil) })}</p>
              </div>
            )}
            <div className="field">
              <label htmlFor="contract-number-2-input">{t('contractNumber')}</label>
              <span className="hint" id="contract-number-hint-2">
                {t('contractNumberSame')}
              </span>
              <input
                id="contract-number-2-input"
                type="text"
                name="contractNumber"
                autoComplete="off"
                autoCapitalize="characters"
                spellCheck={false}
                required
                value={contractNumber}
                onChange={(event) => setContractNumber(event.target.value)}
                {...fieldProps(registerProblem, REGISTER_PROBLEM_ID, 'contractNumber', 'contract-number-hint-2')}
              />
            </div>
            <div className="field">
              <label htmlFor="activation-code-input">{t('activationCode')}</label>
              <span className="hint" id="activation-code-hint">
                {t('activationCodeHint')}
              </span>
              <input
                id="activation-code-input"
                type="text"
                name="activationCode"
                autoComplete="one-time-code"
                autoCapitalize="characters"
                spellCheck={false}
                required
                value={activationCode}
                onChange={(event) => setActivationCode(event.target.value)}
                {...fieldProps(registerProblem, REGISTER_PROBLEM_ID, 'activationCode', 'activation-code-hint')}
              />
            </div>
            <div className="field">
              <label htmlFor="register-email-input">{t('email')}</label>
              <span className="hint" id="register-email-hint">
                {t('emailHint')}
              </span>
              <input
                id="register-email-input"
                type="email"
                name="email"
                autoComplete="email"
                inputMode="email"
                required
                value={email}
                onChange={(event) => setEmail(event.target.value)}
                {...fieldProps(registerProblem, REGISTER_PROBLEM_ID, 'email', 'register-email-hint')}
              />
            </div>
            <div className="field">
              <label htmlFor="register-password-input">{t('password')}</label>
              <span className="hint" id="register-password-hint">
                {t('passwordHint')}
              </span>
              <input
                id="register-password-input"
                type="password"
                name="password"
                autoComplete="new-password"
                minLength={12}
                maxLength={128}
                required
                value={password}
                onChange={(event) => setPassword(event.target.value)}
                {...fieldProps(registerProblem, REGISTER_PROBLEM_ID, 'password', 'register-password-hint')}
              />
            </div>
            <p className="hint">{consent ? t('consentGiven') : t('consentFirst')}</p>
            <div className="actions">
              <button type="submit" disabled={busy}>
                {registerState.loading ? t('working') : t('register')}
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
          {step === 'register' && registerProblem && (
            <ProblemMessage
              problem={registerProblem}
              id={REGISTER_PROBLEM_ID}
              fieldLabels={labels}
              note={registerProblem.code === 'EMAIL_IN_USE' ? t('emailInUseNext') : undefined}
            >
              {needsNewCode && (
                <button type="button" className="secondary" onClick={() => goTo('request')}>
                  {t('askNewCode')}
                </button>
              )}
              {registerProblem.code === 'EMAIL_IN_USE' && <Link to="/sign-in">{t('signInInstead')}</Link>}
            </ProblemMessage>
          )}
        </div>
      </section>

      <p>
        {t('haveAccount')} <Link to="/sign-in">{t('goSignIn')}</Link> · <Link to="/help">{t('needHelp')}</Link>
      </p>
    </div>
  );
}
