import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useLanguage, useT } from '../i18n/i18n';
import type { Language } from '../i18n/language';
import { problems } from '../i18n/messages/account';

/**
 * A problem a result union answered with (an IdentityProblem of the graph, or the same shape from
 * the portal server): its stable code, the graph's message in the request's language and, for
 * some types, what else it tells.
 */
export interface Problem {
  __typename: string;
  code: string;
  message: string;
  field?: string;
  attemptsLeft?: number | null;
  retryAt?: string;
  retryAfterSeconds?: number;
  /** The request's reference for the contact centre (problems of the graph; the portal server's own have none). */
  reference?: string;
}

/** The result types that are not a problem. */
const SUCCESS_TYPES = [
  'OneTimeCodeSent',
  'Session',
  'ActivationCodeSent',
  'Registered',
  'PasswordResetRequested',
  'PasswordChanged',
  'ContactDetailsChanged',
];

/**
 * The result as a problem, or null when it is a success type. A problem type the operation does
 * not select `code` and `message` on (one added to the schema later) is still a problem: it is
 * explained without the graph's message.
 */
export function asProblem(result: { __typename: string } | null | undefined): Problem | null {
  if (!result || SUCCESS_TYPES.includes(result.__typename)) return null;
  if ('code' in result && typeof result.code === 'string') return result as Problem;
  return { __typename: result.__typename, code: 'UNKNOWN', message: '' };
}

/** The inputs (by input field name) a problem is about, for aria-invalid. */
export function problemFields(problem: Problem | null): string[] {
  if (!problem) return [];
  if (problem.__typename === 'InvalidInput' && problem.field) return [problem.field];
  if (problem.code.startsWith('ACTIVATION_CODE_')) return ['activationCode'];
  if (problem.code === 'ONE_TIME_CODE_INVALID' || problem.code === 'ONE_TIME_CODE_EXPIRED') return ['code'];
  if (problem.code.startsWith('RESET_CODE_')) return ['resetCode'];
  switch (problem.code) {
    case 'EMAIL_IN_USE':
      return ['email'];
    case 'CONSENT_REQUIRED':
      return ['consent'];
    case 'INVALID_CREDENTIALS':
      return ['email', 'password'];
    default:
      return [];
  }
}

/**
 * aria-invalid and aria-describedby for the input named `field`: tied to the problem's alert when
 * the problem is about it, and to its hint (if any) always.
 */
export function fieldProps(
  problem: Problem | null,
  problemId: string,
  field: string,
  hintId?: string,
): { 'aria-invalid': boolean; 'aria-describedby'?: string } {
  const invalid = problemFields(problem).includes(field);
  const describedBy = [hintId, invalid ? problemId : undefined].filter(Boolean).join(' ');
  return { 'aria-invalid': invalid, ...(describedBy ? { 'aria-describedby': describedBy } : {}) };
}

const LOCALES: Record<Language, string> = { nl: 'nl-BE', fr: 'fr-BE', en: 'en-BE' };

/** A date-time with the time, Brussels time, e.g. "1 juli 2025 om 14:05" in nl. */
export function formatDateTime(language: Language, value: string | null | undefined): string {
  if (!value) return '–';
  return new Intl.DateTimeFormat(LOCALES[language], {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'Europe/Brussels',
  }).format(new Date(value));
}

/** Only the time (Brussels time) when it is today-ish information, e.g. a code valid for minutes. */
export function formatTime(language: Language, value: string): string {
  return new Intl.DateTimeFormat(LOCALES[language], { timeStyle: 'short', timeZone: 'Europe/Brussels' }).format(
    new Date(value),
  );
}

type ProblemKey = keyof (typeof problems)['en'];

function codeKey(code: string): ProblemKey {
  const key = `code_${code}`;
  return Object.hasOwn(problems.en, key) ? (key as ProblemKey) : 'unknownProblem';
}

/**
 * Explains a problem in role="alert": a short title in the page's language, the graph's own
 * message, the input at fault, attempts left, when trying again is possible, the reference to
 * quote to the contact centre, and the usual next step for its code; `children` adds the page's
 * own next steps.
 */
export function ProblemMessage({
  problem,
  id,
  fieldLabels = {},
  note,
  children,
}: {
  problem: Problem;
  id: string;
  fieldLabels?: Record<string, string>;
  /** The page's own explanation of what to do, after the graph's message. */
  note?: ReactNode;
  children?: ReactNode;
}) {
  const t = useT(problems);
  const { language } = useLanguage();
  const field = problem.__typename === 'InvalidInput' ? problem.field : undefined;
  const attempts = problem.attemptsLeft;
  const code = problem.code;
  const contactCentre = ['PERSON_NOT_FOUND', 'PERSON_FOUND_SEVERAL_TIMES', 'DATA_MISMATCH', 'NO_MOBILE_NUMBER'];
  return (
    <div className="notice notice-error problem" role="alert" id={id} data-testid="problem" data-code={code}>
      <p className="problem-title">{t(codeKey(code))}</p>
      {field && <p>{t('fieldAtFault', { field: fieldLabels[field] ?? t('someField') })}</p>}
      {problem.message && <p>{problem.message}</p>}
      {typeof attempts === 'number' &&
        (attempts === 0 ? (
          <p>{t('noAttemptsLeft')}</p>
        ) : attempts === 1 ? (
          <p>{t('oneAttemptLeft')}</p>
        ) : (
          <p>{t('attemptsLeft', { count: attempts })}</p>
        ))}
      {problem.retryAt && (
        <p>
          {t('retryAt', {
            time: formatDateTime(language, problem.retryAt),
            minutes: Math.max(1, Math.ceil((problem.retryAfterSeconds ?? 60) / 60)),
          })}
        </p>
      )}
      {note && <p>{note}</p>}
      {problem.reference && (
        <p className="problem-reference" data-testid="problem-reference">
          {t('reference', { reference: problem.reference })}
        </p>
      )}
      <div className="actions">
        {code === 'INVALID_CREDENTIALS' && <Link to="/forgot-password">{t('stepForgotPassword')}</Link>}
        {code === 'NOT_REGISTERED' && <Link to="/register">{t('stepRegister')}</Link>}
        {(code === 'ALREADY_REGISTERED' || code.startsWith('REFRESH_TOKEN_')) && (
          <Link to="/sign-in">{t('stepSignIn')}</Link>
        )}
        {code === 'ALREADY_REGISTERED' && <Link to="/forgot-password">{t('stepForgotPassword')}</Link>}
        {contactCentre.includes(code) && <Link to="/help">{t('stepContactCentre')}</Link>}
        {children}
      </div>
    </div>
  );
}

/** A request that brought no answer at all (the network or the gateway down). */
export function RequestFailed() {
  const t = useT(problems);
  return (
    <p className="notice notice-warning" role="alert" data-testid="request-failed">
      {t('requestFailed')}
    </p>
  );
}
