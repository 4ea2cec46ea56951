import type { RunningSystem } from '../../../test-support/system';

/**
 * Gateway settings of the identity tests: registration and sign-in hash passwords with scrypt
 * (about 0.3 s of CPU each), which on two busy cores can outlast the test gateway's 5 s bound.
 */
export const IDENTITY_TEST_GATEWAY = { subgraphTimeoutMs: 20_000 };

/**
 * The scrypt cost of the passwords identity tests hash (setPasswordHashCost in their beforeAll):
 * about a sixtieth of production's PASSWORD_HASH_COST, which credentials.test.ts checks, so a
 * registration or sign-in spends milliseconds of CPU instead of a quarter second.
 */
export const TEST_PASSWORD_HASH_COST = { logN: 12, r: 8, p: 1 } as const;

/** What the identity mutations answer, as the tests read it. */
export interface Result {
  __typename: string;
  code?: string;
  message?: string;
  field?: string;
  attemptsLeft?: number | null;
  retryAt?: string;
  retryAfterSeconds?: number;
  [field: string]: unknown;
}

export interface SessionResult extends Result {
  accessToken: string;
  refreshToken: string;
  expiresIn: number;
  refreshTokenExpiresIn: number;
  customerId: string;
}

/** The problem fields of a union's problem types (only types in the union may be spread). */
const problems = (...types: Array<'InvalidInput' | 'CodeRejected' | 'LockedOut' | 'InvalidCredentials'>): string =>
  [
    '... on IdentityProblem { code message }',
    types.includes('InvalidInput') ? '... on InvalidInput { field }' : '',
    types.includes('CodeRejected') ? '... on CodeRejected { attemptsLeft }' : '',
    types.includes('LockedOut') ? '... on LockedOut { retryAt retryAfterSeconds }' : '',
    types.includes('InvalidCredentials') ? '... on InvalidCredentials { attemptsLeft }' : '',
  ].join(' ');
const SESSION = '... on Session { accessToken tokenType expiresIn refreshToken refreshTokenExpiresIn customerId }';

export const MUTATIONS = {
  requestActivationCode: `mutation RequestActivationCode($input: RequestActivationCodeInput!) { requestActivationCode(input: $input) { __typename ... on ActivationCodeSent { message validUntil } ${problems('InvalidInput')} } }`,
  registerWithActivationCode: `mutation Register($input: RegisterWithActivationCodeInput!) { registerWithActivationCode(input: $input) { __typename ... on Registered { customerId consentedToDigitalDocumentsAt } ${problems('InvalidInput', 'CodeRejected', 'LockedOut')} } }`,
  signIn: `mutation SignIn($input: SignInInput!) { signIn(input: $input) { __typename ... on OneTimeCodeSent { challengeId maskedMobileNumber validUntil } ${problems('InvalidInput', 'LockedOut', 'InvalidCredentials')} } }`,
  verifyOneTimeCode: `mutation Verify($input: VerifyOneTimeCodeInput!) { verifyOneTimeCode(input: $input) { __typename ${SESSION} ${problems('InvalidInput', 'CodeRejected', 'LockedOut')} } }`,
  registerWithIdentityProvider: `mutation RegisterIdp($input: RegisterWithIdentityProviderInput!) { registerWithIdentityProvider(input: $input) { __typename ${SESSION} ${problems()} } }`,
  signInWithIdentityProvider: `mutation SignInIdp($input: SignInWithIdentityProviderInput!) { signInWithIdentityProvider(input: $input) { __typename ${SESSION} ${problems()} } }`,
  refreshSession: `mutation Refresh($input: RefreshSessionInput!) { refreshSession(input: $input) { __typename ${SESSION} ${problems()} } }`,
  signOut: `mutation SignOut($input: SignOutInput!) { signOut(input: $input) { __typename signedOut } }`,
  requestPasswordReset: `mutation RequestReset($input: RequestPasswordResetInput!) { requestPasswordReset(input: $input) { __typename ... on PasswordResetRequested { message } ${problems('InvalidInput')} } }`,
  resetPassword: `mutation Reset($input: ResetPasswordInput!) { resetPassword(input: $input) { __typename ... on PasswordChanged { message } ${problems('InvalidInput', 'CodeRejected', 'LockedOut')} } }`,
} as const;

export type MutationName = keyof typeof MUTATIONS;

/** Runs an identity mutation through the gateway, anonymously, and returns its result (failing on GraphQL errors). */
export async function mutate<R extends Result = Result>(
  system: RunningSystem,
  name: MutationName,
  input: Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<R> {
  const { body } = await system.query(MUTATIONS[name], { variables: { input }, headers });
  if (body.errors?.length) throw new Error(`${name} answered errors: ${JSON.stringify(body.errors)}`);
  return body.data?.[name] as R;
}

interface Letter {
  partyId: string;
  kind: string;
  lines: string[];
}

const LETTER_CODE = /\b([A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4})\b/;

/** Letters the postal gateway was given for a party, oldest first. */
export async function letters(system: RunningSystem, partyId: string): Promise<Letter[]> {
  const response = await fetch(`${system.backends.customerMaster.url}/admin/post/outbox?partyId=${partyId}`);
  return (await response.json()) as Letter[];
}

import { eventually } from '../../../test-support/eventually';

export { eventually };

/** Asks for an activation code and reads it from the letter, which goes out after the answer. */
export async function requestActivationLetter(
  system: RunningSystem,
  partyId: string,
  contractNumber: string,
): Promise<string> {
  const before = (await letters(system, partyId)).length;
  const requested = await mutate(system, 'requestActivationCode', {
    contractNumber,
    nationalRegisterNumber: person(system, partyId).nationalRegisterNumber,
  });
  if (requested.__typename !== 'ActivationCodeSent')
    throw new Error(`No activation code: ${JSON.stringify(requested)}`);
  return eventually(async () => {
    if ((await letters(system, partyId)).length <= before) throw new Error(`No activation letter to ${partyId}.`);
    return latestLetterCode(system, partyId, 'ACTIVATION_CODE');
  });
}

/** The code in the latest letter of `kind` to the party. */
export async function latestLetterCode(
  system: RunningSystem,
  partyId: string,
  kind: 'ACTIVATION_CODE' | 'PASSWORD_RESET_CODE',
): Promise<string> {
  const letter = (await letters(system, partyId)).filter((l) => l.kind === kind).at(-1);
  const code = letter?.lines.map((line) => LETTER_CODE.exec(line)?.[1]).find(Boolean);
  if (!code) throw new Error(`No ${kind} letter for ${partyId}.`);
  return code;
}

/** Text messages the SMS gateway was given for a number, oldest first. */
export async function textMessages(system: RunningSystem, to: string): Promise<Array<{ to: string; text: string }>> {
  const response = await fetch(`${system.backends.customerMaster.url}/admin/sms/outbox?to=${encodeURIComponent(to)}`);
  return (await response.json()) as Array<{ to: string; text: string }>;
}

export async function latestSmsCode(system: RunningSystem, to: string): Promise<string> {
  const code = /\b(\d{6})\b/.exec((await textMessages(system, to)).at(-1)?.text ?? '')?.[1];
  if (!code) throw new Error('No sign-in SMS was sent.');
  return code;
}

/** What the portal gets back from itsme or the eID hub after the person signed in there. */
export async function authorizationCode(
  system: RunningSystem,
  provider: 'itsme' | 'eid',
  person: string,
): Promise<string> {
  const response = await fetch(`${system.backends.customerMaster.url}/oidc/${provider}/authorize?person=${person}`);
  if (!response.ok) throw new Error(`The ${provider} mock refused person ${person}.`);
  return ((await response.json()) as { code: string }).code;
}

/** A demo person's data from the generated customer master, by party id (P00000001 is index 0). */
export function person(
  system: RunningSystem,
  partyId: string,
): { id: string; nationalRegisterNumber: string; mobile: string; email: string; firstName: string } {
  return system.universe.person(Number(partyId.slice(1)) - 1);
}

/** The whole personal-data registration: request a code, read the letter, register. */
export async function registerWithLetter(
  system: RunningSystem,
  partyId: string,
  contractNumber: string,
  email: string,
  password: string,
): Promise<Result> {
  const activationCode = await requestActivationLetter(system, partyId, contractNumber);
  return mutate(system, 'registerWithActivationCode', {
    contractNumber,
    activationCode,
    email,
    password,
    consentToDigitalDocuments: true,
  });
}

/** Password, then the code from the SMS: the session. */
export async function signInWithSms(
  system: RunningSystem,
  partyId: string,
  email: string,
  password: string,
): Promise<SessionResult> {
  const challenge = await mutate(system, 'signIn', { email, password });
  if (challenge.__typename !== 'OneTimeCodeSent') throw new Error(`No SMS challenge: ${JSON.stringify(challenge)}`);
  const code = await latestSmsCode(system, person(system, partyId).mobile);
  const session = await mutate<SessionResult>(system, 'verifyOneTimeCode', {
    challengeId: challenge['challengeId'],
    code,
  });
  if (session.__typename !== 'Session') throw new Error(`No session: ${JSON.stringify(session)}`);
  return session;
}
