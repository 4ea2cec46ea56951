import { openDatabase } from '../../platform/database/config';
import type { Database } from '../../platform/database/Database';
import { createLogger } from '../../platform/logger';
import { startSystem, type RunningSystem } from '../../test-support/system';
import { letters } from '../../subgraphs/identity/__tests__/identityClient';
import { eventually } from '../../test-support/eventually';

/**
 * Invalid Belgian formats in mutations (national register numbers with wrong check digits,
 * contract numbers, e-mail addresses, letter codes): each gets a typed InvalidInput naming the
 * field, reaches no legacy system, stores nothing, and the gateway stays healthy. The gateway
 * runs in production mode, as it would face these requests.
 */
const AN_INDEX = 0;

let system: RunningSystem;
let db: Database;
let anRegisterNumber: string;
let anContract: string;

beforeAll(async () => {
  system = await startSystem({ cache: 'memory', gateway: { production: true } });
  db = await openDatabase(
    { kind: 'postgres', url: system.databaseUrl, poolMax: 1 },
    'bad-input-test',
    createLogger({ component: 'bad-input-test', level: 'silent' }),
  );
  anRegisterNumber = system.universe.person(AN_INDEX).nationalRegisterNumber;
  anContract = system.universe.heldContractNumbers(AN_INDEX, 'life')[0] as string;
});
afterAll(async () => {
  await db.close();
  await system.stop();
});

/** The same number with its check digits off by one: the right length and digits, a wrong checksum. */
const wrongCheck = (registerNumber: string): string =>
  `${registerNumber.slice(0, 9)}${String((Number(registerNumber.slice(9)) + 1) % 100).padStart(2, '0')}`;

const REQUEST_CODE =
  'mutation RequestCode($input: RequestActivationCodeInput!) { requestActivationCode(input: $input) { __typename ... on InvalidInput { code field message } } }';
const REGISTER =
  'mutation Register($input: RegisterWithActivationCodeInput!) { registerWithActivationCode(input: $input) { __typename ... on InvalidInput { code field message } } }';
const RESET =
  'mutation Reset($input: ResetPasswordInput!) { resetPassword(input: $input) { __typename ... on InvalidInput { code field message } } }';
const REQUEST_RESET =
  'mutation RequestReset($input: RequestPasswordResetInput!) { requestPasswordReset(input: $input) { __typename ... on InvalidInput { code field message } } }';

const register = (override: Record<string, unknown>) => ({
  contractNumber: anContract,
  activationCode: 'ABCD-EFGH-JKLM',
  email: 'an.new@example.be',
  password: 'a long enough password',
  consentToDigitalDocuments: true,
  ...override,
});

type Case = [string, string, () => Record<string, unknown>, string];

const cases: Case[] = [
  [
    'a national register number with wrong check digits',
    REQUEST_CODE,
    () => ({ contractNumber: anContract, nationalRegisterNumber: wrongCheck(anRegisterNumber) }),
    'nationalRegisterNumber',
  ],
  [
    'a national register number one digit short',
    REQUEST_CODE,
    () => ({ contractNumber: anContract, nationalRegisterNumber: anRegisterNumber.slice(0, 10) }),
    'nationalRegisterNumber',
  ],
  [
    'a national register number with a letter',
    REQUEST_CODE,
    () => ({ contractNumber: anContract, nationalRegisterNumber: `${anRegisterNumber.slice(0, 10)}A` }),
    'nationalRegisterNumber',
  ],
  [
    'a national register number with an SQL tail',
    REQUEST_CODE,
    () => ({ contractNumber: anContract, nationalRegisterNumber: `${anRegisterNumber}' OR '1'='1` }),
    'nationalRegisterNumber',
  ],
  [
    'a contract number of the wrong kind',
    REQUEST_CODE,
    () => ({ contractNumber: `X${anContract.slice(1)}`, nationalRegisterNumber: anRegisterNumber }),
    'contractNumber',
  ],
  [
    'a contract number one digit short',
    REQUEST_CODE,
    () => ({ contractNumber: anContract.slice(0, -1), nationalRegisterNumber: anRegisterNumber }),
    'contractNumber',
  ],
  [
    'a contract number in full-width digits',
    REQUEST_CODE,
    () => ({ contractNumber: `L${'０'.repeat(9)}`, nationalRegisterNumber: anRegisterNumber }),
    'contractNumber',
  ],
  [
    'an activation code of the wrong length',
    REGISTER,
    () => register({ activationCode: 'ABCD-EFGH' }),
    'activationCode',
  ],
  [
    'an activation code with letters a letter never prints (0, O, 1, I)',
    REGISTER,
    () => register({ activationCode: 'O0I1-ABCD-EFGH' }),
    'activationCode',
  ],
  ['an e-mail address without a domain', REGISTER, () => register({ email: 'an.peeters@' }), 'email'],
  [
    'an e-mail address of 300 characters',
    REGISTER,
    () => register({ email: `${'a'.repeat(290)}@example.be` }),
    'email',
  ],
  ['a password too short', REGISTER, () => register({ password: 'short' }), 'password'],
  [
    'a password reset with an e-mail address with spaces',
    RESET,
    () => ({ email: 'an peeters@example.be', resetCode: 'ABCD-EFGH-JKLM', newPassword: 'a long enough password' }),
    'email',
  ],
  [
    'a password-reset request for something that is not an e-mail address',
    REQUEST_RESET,
    () => ({ email: anRegisterNumber }),
    'email',
  ],
];

async function storedState(): Promise<Record<string, number>> {
  const count = async (table: string): Promise<number> =>
    Number((await db.query<{ n: string }>(`SELECT count(*)::text AS n FROM ${table}`)).rows[0]?.n);
  return { accounts: await count('identity.accounts'), letterCodes: await count('identity.letter_codes') };
}

describe('invalid Belgian formats in mutations', () => {
  it('knows the formats it sends are the ones the legacy data uses (so each case differs from a valid input in one respect)', async () => {
    const valid = await system.query(REQUEST_CODE, {
      variables: {
        input: {
          contractNumber: anContract,
          nationalRegisterNumber: `${anRegisterNumber.slice(0, 2)}.${anRegisterNumber.slice(2, 4)}.${anRegisterNumber.slice(4, 6)}-${anRegisterNumber.slice(6, 9)}.${anRegisterNumber.slice(9)}`,
        },
      },
    });
    expect(valid.body.errors).toBeUndefined();
    expect((valid.body.data?.['requestActivationCode'] as { __typename: string }).__typename).not.toBe('InvalidInput');
    // The letter goes out after the answer (its timing must not tell whether one does): it is waited
    // for here, so that its calls to the customer master land in this test, not in the next one's counts.
    const an = system.universe.person(AN_INDEX).id;
    await eventually(async () => expect(await letters(system, an)).toHaveLength(1));
  });

  it.each(cases)(
    'answers %s with InvalidInput naming the field, calls no legacy system and stores nothing',
    async (_name, mutation, input, field) => {
      const before = await storedState();
      system.resetCounters();
      const { status, body } = await system.query(mutation, { variables: { input: input() } });
      expect(status).toBe(200);
      expect(body.errors).toBeUndefined();
      const result = Object.values(body.data ?? {})[0] as {
        __typename: string;
        code: string;
        field: string;
        message: string;
      };
      expect(result).toMatchObject({ __typename: 'InvalidInput', code: 'INVALID_INPUT', field });
      expect(result.message.length).toBeGreaterThan(10);
      expect(JSON.stringify(body)).not.toContain(anRegisterNumber.slice(0, 9));
      expect(Object.values(system.backends).every((backend) => backend.counters.snapshot().total === 0)).toBe(true);
      expect(await storedState()).toEqual(before);
      const live = await fetch(system.gatewayUrl.replace('/graphql', '/health/live'));
      expect(live.status).toBe(200);
    },
  );
});
