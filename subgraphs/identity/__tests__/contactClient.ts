import { Client } from 'pg';
import type { GraphQLResult, RunningSystem } from '../../../test-support/system';
import { authorizationCode, latestSmsCode, mutate, person, type SessionResult } from './identityClient';

export { eventually } from './identityClient';

/** What the contact-change and staff operations answer, as the tests read them. */
export interface Answer {
  __typename: string;
  code?: string;
  message?: string;
  field?: string;
  attemptsLeft?: number | null;
  [field: string]: unknown;
}

const PROBLEMS = '... on IdentityProblem { code message } ... on InvalidInput { field } ... on LockedOut { retryAt }';
const ADDRESS = 'postalAddress { street houseNumber box postalCode municipality country }';

export const CONTACT = {
  requestCode: `mutation RequestContactChangeCode($input: ContactDetailsInput!) { requestContactChangeCode(input: $input) { __typename ... on OneTimeCodeSent { challengeId maskedMobileNumber validUntil } ${PROBLEMS} } }`,
  change: `mutation ChangeContactDetails($input: ChangeContactDetailsInput!) { changeContactDetails(input: $input) { __typename
    ... on ContactDetailsChanged { status changedFields message contractAddresses signedOutEverywhere customer { id contact { email mobile ${ADDRESS} } } }
    ... on CodeRejected { attemptsLeft } ${PROBLEMS} } }`,
  me: `query { me { id contact { email mobile ${ADDRESS} } } }`,
  staffSignIn: `mutation SignInAsStaff($input: SignInInput!) { signInAsStaff(input: $input) { __typename ... on OneTimeCodeSent { challengeId maskedMobileNumber } ... on IdentityProblem { code message } ... on InvalidInput { field } ... on InvalidCredentials { attemptsLeft } } }`,
  staffVerify: `mutation VerifyStaff($input: VerifyOneTimeCodeInput!) { verifyStaffOneTimeCode(input: $input) { __typename ... on StaffSession { accessToken tokenType expiresIn staffId } ... on CodeRejected { attemptsLeft } ${PROBLEMS} } }`,
} as const;

/** Runs an operation through the gateway and returns its one root field's answer, failing on GraphQL errors. */
export async function answer(
  system: RunningSystem,
  query: string,
  variables: Record<string, unknown>,
  token?: string,
  headers: Record<string, string> = {},
): Promise<Answer> {
  const { body } = await system.query(query, { variables, ...(token ? { token } : {}), headers });
  if (body.errors?.length) throw new Error(`errors: ${JSON.stringify(body.errors)}`);
  return Object.values(body.data ?? {})[0] as Answer;
}

export const codeOf = (result: GraphQLResult): unknown => result.body.errors?.[0]?.extensions?.['code'];

/** How often the customer master applied a contact change per party (its admin counter). */
export async function appliedChanges(system: RunningSystem, partyId: string): Promise<number> {
  const response = await fetch(`${system.backends.customerMaster.url}/admin/contact-changes`);
  const body = (await response.json()) as { appliedPerParty: Record<string, number> };
  return body.appliedPerParty[partyId] ?? 0;
}

export interface EventRow {
  id: string;
  customer_id: string;
  state: string;
  changed_fields: string[];
  broker_ids: string[];
  master_change: unknown;
}

export async function eventsOf(db: Client, customerId: string): Promise<EventRow[]> {
  const { rows } = await db.query<EventRow>(
    'SELECT id, customer_id, state, changed_fields, broker_ids, master_change FROM identity.contact_change_events WHERE customer_id = $1 ORDER BY created_at',
    [customerId],
  );
  return rows;
}

export async function openDatabase(system: RunningSystem): Promise<Client> {
  const db = new Client({ connectionString: system.databaseUrl });
  await db.connect();
  return db;
}

export const NEW_ADDRESS = {
  street: 'Kerkstraat',
  houseNumber: '7',
  box: 'B2',
  postalCode: '9000',
  municipality: 'Gent',
};

/** Registers the customer with the eID (no password, so no scrypt) and gives the session's access token. */
export async function registeredWithEid(system: RunningSystem, partyId: string): Promise<string> {
  const session = await mutate<SessionResult>(system, 'registerWithIdentityProvider', {
    provider: 'EID',
    authorizationCode: await authorizationCode(system, 'eid', partyId),
    consentToDigitalDocuments: true,
  });
  if (session.__typename !== 'Session') throw new Error(`No session: ${JSON.stringify(session)}`);
  return session.accessToken;
}

/** Asks for the code for `details` and reads it from the SMS: the input that makes the change. */
export async function confirmedChange(
  system: RunningSystem,
  partyId: string,
  details: Record<string, unknown>,
  token: string,
): Promise<{ details: Record<string, unknown>; confirmation: { challengeId: unknown; code: string } }> {
  const sent = await answer(system, CONTACT.requestCode, { input: details }, token);
  if (sent.__typename !== 'OneTimeCodeSent') throw new Error(`No code: ${JSON.stringify(sent)}`);
  const code = await latestSmsCode(system, person(system, partyId).mobile);
  return { details, confirmation: { challengeId: sent['challengeId'], code } };
}
