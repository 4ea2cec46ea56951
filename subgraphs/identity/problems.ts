import type { Language } from '../../platform/request';
import type {
  AlreadyRegistered,
  CodeRejected,
  ConsentRequired,
  CustomerNotFound,
  DataMismatch,
  EmailInUse,
  InvalidCredentials,
  InvalidInput,
  LockedOut,
  MobileNumberMissing,
  NoContractToRegister,
  NotRegistered,
  PersonFoundSeveralTimes,
  PersonNotFound,
  ProviderSignInFailed,
  OneTimeCodeRequired,
  RefreshTokenRejected,
} from './generated/resolvers';
import { message, type MessageKey } from './messages';
import type { ContactChangeField } from './validation';

/** Input fields the mutations check the format of. */
export type InputField =
  | 'contractNumber'
  | 'nationalRegisterNumber'
  | 'email'
  | 'password'
  | 'newPassword'
  | 'activationCode'
  | 'resetCode'
  | 'code'
  | 'challengeId'
  | 'authorizationCode'
  | ContactChangeField;

const INPUT_MESSAGE = {
  contractNumber: 'input.contractNumber',
  nationalRegisterNumber: 'input.nationalRegisterNumber',
  email: 'input.email',
  password: 'input.password',
  newPassword: 'input.password',
  activationCode: 'input.code',
  resetCode: 'input.code',
  code: 'input.oneTimeCode',
  challengeId: 'input.challengeId',
  authorizationCode: 'input.authorizationCode',
  details: 'input.details',
  mobile: 'input.mobile',
  'postalAddress.street': 'input.street',
  'postalAddress.houseNumber': 'input.houseNumber',
  'postalAddress.box': 'input.box',
  'postalAddress.postalCode': 'input.postalCode',
  'postalAddress.municipality': 'input.municipality',
  'postalAddress.country': 'input.country',
} as const satisfies Record<InputField, MessageKey>;

export type CodeProblem = Extract<
  CodeRejected['code'],
  | 'ACTIVATION_CODE_INVALID'
  | 'ACTIVATION_CODE_EXPIRED'
  | 'ACTIVATION_CODE_SUPERSEDED'
  | 'ONE_TIME_CODE_INVALID'
  | 'ONE_TIME_CODE_EXPIRED'
  | 'RESET_CODE_INVALID'
  | 'RESET_CODE_EXPIRED'
  | 'RESET_CODE_SUPERSEDED'
>;

const PROVIDER_NAME = { ITSME: 'itsme', EID: 'eID' } as const;

/**
 * The reference a customer quotes to the contact centre for a request that met a problem: the
 * start of the request's id, which the audit trail and every log line of the request carry.
 */
export function supportReference(requestId: string): string {
  return `REF-${requestId.replace(/-/g, '').slice(0, 8).toUpperCase()}`;
}

/** The typed problem results of the identity mutations, with their message in the caller's language and the request's reference. */
export function problems({ language, requestId }: { language: Language; requestId: string }) {
  const reference = supportReference(requestId);
  return {
    /** `explanation` replaces the field's format message where the format was right but the input does not fit the step. */
    invalidInput: (field: InputField, explanation?: MessageKey): InvalidInput => ({
      __typename: 'InvalidInput',
      code: 'INVALID_INPUT',
      message: message(explanation ?? INPUT_MESSAGE[field], language),
      reference,
      field,
    }),
    personNotFound: (): PersonNotFound => ({
      __typename: 'PersonNotFound',
      code: 'PERSON_NOT_FOUND',
      message: message('PERSON_NOT_FOUND', language),
      reference,
    }),
    personFoundSeveralTimes: (): PersonFoundSeveralTimes => ({
      __typename: 'PersonFoundSeveralTimes',
      code: 'PERSON_FOUND_SEVERAL_TIMES',
      message: message('PERSON_FOUND_SEVERAL_TIMES', language),
      reference,
    }),
    dataMismatch: (): DataMismatch => ({
      __typename: 'DataMismatch',
      code: 'DATA_MISMATCH',
      message: message('DATA_MISMATCH', language),
      reference,
    }),
    alreadyRegistered: (): AlreadyRegistered => ({
      __typename: 'AlreadyRegistered',
      code: 'ALREADY_REGISTERED',
      message: message('ALREADY_REGISTERED', language),
      reference,
    }),
    /** For the contact centre: the customer it asked to act for already has password sign-in. */
    alreadyRegisteredForSupport: (): AlreadyRegistered => ({
      __typename: 'AlreadyRegistered',
      code: 'ALREADY_REGISTERED',
      message: message('SUPPORT_ALREADY_REGISTERED', language),
      reference,
    }),
    customerNotFound: (): CustomerNotFound => ({
      __typename: 'CustomerNotFound',
      code: 'CUSTOMER_NOT_FOUND',
      message: message('SUPPORT_CUSTOMER_NOT_FOUND', language),
      reference,
    }),
    noContractToRegister: (): NoContractToRegister => ({
      __typename: 'NoContractToRegister',
      code: 'NO_CONTRACT',
      message: message('SUPPORT_NO_CONTRACT', language),
      reference,
    }),
    notRegistered: (): NotRegistered => ({
      __typename: 'NotRegistered',
      code: 'NOT_REGISTERED',
      message: message('NOT_REGISTERED', language),
      reference,
    }),
    consentRequired: (): ConsentRequired => ({
      __typename: 'ConsentRequired',
      code: 'CONSENT_REQUIRED',
      message: message('CONSENT_REQUIRED', language),
      reference,
    }),
    /**
     * Only ever after the caller proved a code (the letter's, or the SMS's for a contact change),
     * which the answer uses up: `explanation` says which and what to do next.
     */
    emailInUse: (explanation: 'EMAIL_IN_USE_ACTIVATION_CODE_USED' | 'EMAIL_IN_USE_CONTACT_CODE_USED'): EmailInUse => ({
      __typename: 'EmailInUse',
      code: 'EMAIL_IN_USE',
      message: message(explanation, language),
      reference,
    }),
    codeRejected: (code: CodeProblem, attemptsLeft: number | null = null): CodeRejected => ({
      __typename: 'CodeRejected',
      code,
      message: message(code, language),
      reference,
      attemptsLeft,
    }),
    /** A code confirming a contact change: the same codes as at sign-in, with what to do next for this step. */
    contactCodeRejected: (
      code: 'ONE_TIME_CODE_INVALID' | 'ONE_TIME_CODE_EXPIRED',
      attemptsLeft: number | null,
    ): CodeRejected => ({
      __typename: 'CodeRejected',
      code,
      message: message(code === 'ONE_TIME_CODE_INVALID' ? 'CONTACT_CODE_INVALID' : 'CONTACT_CODE_EXPIRED', language),
      reference,
      attemptsLeft,
    }),
    oneTimeCodeRequired: (): OneTimeCodeRequired => ({
      __typename: 'OneTimeCodeRequired',
      code: 'ONE_TIME_CODE_REQUIRED',
      message: message('ONE_TIME_CODE_REQUIRED', language),
      reference,
    }),
    lockedOut: (lockedUntil: Date, now = new Date()): LockedOut => {
      const seconds = Math.max(1, Math.ceil((lockedUntil.getTime() - now.getTime()) / 1000));
      return {
        __typename: 'LockedOut',
        code: 'LOCKED_OUT',
        message: message('LOCKED_OUT', language, { minutes: Math.ceil(seconds / 60) }),
        reference,
        retryAt: lockedUntil.toISOString(),
        retryAfterSeconds: seconds,
      };
    },
    invalidCredentials: (attemptsLeft: number): InvalidCredentials => ({
      __typename: 'InvalidCredentials',
      code: 'INVALID_CREDENTIALS',
      message: message('INVALID_CREDENTIALS', language),
      reference,
      attemptsLeft,
    }),
    mobileNumberMissing: (): MobileNumberMissing => ({
      __typename: 'MobileNumberMissing',
      code: 'NO_MOBILE_NUMBER',
      message: message('NO_MOBILE_NUMBER', language),
      reference,
    }),
    providerSignInFailed: (provider: keyof typeof PROVIDER_NAME): ProviderSignInFailed => ({
      __typename: 'ProviderSignInFailed',
      code: 'PROVIDER_SIGN_IN_FAILED',
      message: message('PROVIDER_SIGN_IN_FAILED', language, { provider: PROVIDER_NAME[provider] }),
      reference,
    }),
    refreshTokenRejected: (code: 'REFRESH_TOKEN_INVALID' | 'REFRESH_TOKEN_REUSED'): RefreshTokenRejected => ({
      __typename: 'RefreshTokenRejected',
      code,
      message: message(code, language),
      reference,
    }),
  };
}

export type Problems = ReturnType<typeof problems>;
