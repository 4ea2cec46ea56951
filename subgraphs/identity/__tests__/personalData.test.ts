import { Client } from 'pg';
import { decodeProtectedHeader } from 'jose';
import { startSystem, type RunningSystem } from '../../../test-support/system';
import { setPasswordHashCost } from '../credentials/passwords';
import { DEMO } from '../store/demoSeed';
import {
  eventually,
  latestLetterCode,
  latestSmsCode,
  letters,
  MUTATIONS,
  mutate,
  person,
  registerWithLetter,
  requestActivationLetter,
  signInWithSms,
  textMessages,
  type Result,
  IDENTITY_TEST_GATEWAY,
  TEST_PASSWORD_HASH_COST,
} from './identityClient';

const PASSWORD = 'correct horse battery staple';
const MAX_ATTEMPTS = 3;
/** Long enough that no lockout runs out while a test checks it; tests end one with endLockouts. */
const LOCKOUT_SECONDS = 60;

/** Personal data as a way in (docs/requirements.md §1.1–§1.5): activation code by post, e-mail and password, SMS code. */
describe('registering and signing in with personal data, through the gateway', () => {
  let system: RunningSystem;
  let db: Client;

  beforeAll(async () => {
    setPasswordHashCost(TEST_PASSWORD_HASH_COST);
    system = await startSystem({
      identitySettings: { maxFailedAttempts: MAX_ATTEMPTS, lockoutSeconds: LOCKOUT_SECONDS },
      gateway: IDENTITY_TEST_GATEWAY,
    });
    db = new Client({ connectionString: system.databaseUrl });
    await db.connect();
  });
  afterAll(async () => {
    await db.end();
    await system.stop();
  });

  /** A contract the party holds (life first), to register with. */
  const heldContract = (partyId: string): string => {
    const index = Number(partyId.slice(1)) - 1;
    const number = [
      ...system.universe.heldContractNumbers(index, 'life'),
      ...system.universe.heldContractNumbers(index, 'nonlife'),
    ][0];
    if (!number) throw new Error(`${partyId} holds no contract.`);
    return number;
  };
  const accountCount = async (): Promise<number> =>
    Number((await db.query('SELECT count(*)::int AS n FROM identity.accounts')).rows[0].n);
  /**
   * Lets every running lockout run out, as LOCKOUT_SECONDS of waiting would: moves its end (and
   * the failures that led to it) that far into the past in the store identity judges it by.
   * Returns how many lockouts it ended.
   */
  const endLockouts = async (): Promise<number> =>
    (
      await db.query(
        `UPDATE identity.attempt_limits
            SET locked_until = locked_until - make_interval(secs => $1), last_failure_at = last_failure_at - make_interval(secs => $1)
          WHERE locked_until > now()`,
        [LOCKOUT_SECONDS],
      )
    ).rowCount ?? 0;

  it('registers with a code by post, then signs in with password and an SMS code; the session comes only after the code', async () => {
    const an = person(system, 'P00000001');
    const requested = await mutate(system, 'requestActivationCode', {
      contractNumber: 'L000000010',
      nationalRegisterNumber: an.nationalRegisterNumber,
    });
    expect(requested.__typename).toBe('ActivationCodeSent');
    const validDays = (Date.parse(String(requested['validUntil'])) - Date.now()) / 86_400_000;
    expect(validDays).toBeGreaterThan(29);
    expect(validDays).toBeLessThanOrEqual(30);

    // The letter goes out after the answer.
    const code = await eventually(() => latestLetterCode(system, 'P00000001', 'ACTIVATION_CODE'));
    const registered = await mutate(system, 'registerWithActivationCode', {
      contractNumber: 'L000000010',
      activationCode: code.toLowerCase(),
      email: 'An.Peeters@Example.be',
      password: PASSWORD,
      consentToDigitalDocuments: true,
    });
    expect(registered).toMatchObject({ __typename: 'Registered', customerId: 'P00000001' });

    const challenge = await mutate(system, 'signIn', { email: 'an.peeters@example.be', password: PASSWORD });
    expect(challenge.__typename).toBe('OneTimeCodeSent');
    expect(challenge['maskedMobileNumber']).toBe(`+32 4** ** ** ${an.mobile.slice(-2)}`);
    expect(JSON.stringify(challenge)).not.toMatch(/accessToken|refreshToken|eyJ/);
    const sms = (await textMessages(system, an.mobile)).at(-1);
    expect(sms?.text).toMatch(/^Uw aanmeldcode: \d{6}\./);

    const session = await mutate(system, 'verifyOneTimeCode', {
      challengeId: challenge['challengeId'],
      code: await latestSmsCode(system, an.mobile),
    });
    expect(session).toMatchObject({
      __typename: 'Session',
      tokenType: 'Bearer',
      expiresIn: 300,
      customerId: 'P00000001',
    });
    expect(decodeProtectedHeader(String(session['accessToken']))).toEqual({
      alg: 'ES256',
      kid: system.signingKey.kid,
      typ: 'JWT',
    });
    const me = await system.query('{ me { id firstName lastName } }', { token: String(session['accessToken']) });
    expect(me.body.data?.['me']).toEqual({ id: 'P00000001', firstName: 'An', lastName: 'Peeters' });

    // A used SMS code does not open a second session.
    const replay = await mutate(system, 'verifyOneTimeCode', {
      challengeId: challenge['challengeId'],
      code: await latestSmsCode(system, an.mobile),
    });
    expect(replay).toMatchObject({ __typename: 'CodeRejected', code: 'ONE_TIME_CODE_EXPIRED' });
  });

  it('stores codes and passwords only as hashes', async () => {
    const { rows } = await db.query(
      "SELECT a.password_hash, c.code_hash FROM identity.accounts a JOIN identity.letter_codes c ON c.customer_id = a.customer_id WHERE a.customer_id = 'P00000001'",
    );
    // scrypt at the tests' TEST_PASSWORD_HASH_COST; credentials.test.ts checks production's N=2^15, r=8, p=3.
    expect(rows[0].password_hash).toMatch(/^scrypt\$12\$8\$1\$/);
    expect(rows[0].password_hash).not.toContain(PASSWORD);
    const code = await latestLetterCode(system, 'P00000001', 'ACTIVATION_CODE');
    expect(rows[0].code_hash).not.toContain(code.replace(/-/g, ''));
    const tokens = await db.query('SELECT token_hash FROM identity.refresh_tokens');
    for (const row of tokens.rows) expect(row.token_hash).toMatch(/^[\w-]{43}$/);
  });

  it('refuses a wrong SMS code with the attempts left; a new sign-in replaces the previous code', async () => {
    const luc = person(system, 'P00000002');
    expect(
      await registerWithLetter(system, 'P00000002', heldContract('P00000002'), 'luc@example.be', PASSWORD),
    ).toMatchObject({ __typename: 'Registered' });
    const first = await mutate(system, 'signIn', { email: 'luc@example.be', password: PASSWORD });
    const firstCode = await latestSmsCode(system, luc.mobile);
    const wrong = String((Number(firstCode) + 1) % 1_000_000).padStart(6, '0');
    expect(await mutate(system, 'verifyOneTimeCode', { challengeId: first['challengeId'], code: wrong })).toMatchObject(
      { __typename: 'CodeRejected', code: 'ONE_TIME_CODE_INVALID', attemptsLeft: MAX_ATTEMPTS - 1 },
    );

    const second = await mutate(system, 'signIn', { email: 'luc@example.be', password: PASSWORD });
    expect(
      await mutate(system, 'verifyOneTimeCode', { challengeId: first['challengeId'], code: firstCode }),
    ).toMatchObject({ code: 'ONE_TIME_CODE_EXPIRED' });
    expect(
      await mutate(system, 'verifyOneTimeCode', {
        challengeId: second['challengeId'],
        code: await latestSmsCode(system, luc.mobile),
      }),
    ).toMatchObject({ __typename: 'Session', customerId: 'P00000002' });
  });

  it('locks the SMS step after too many wrong codes, across sign-ins, until the lockout ends', async () => {
    const mobile = person(system, 'P00000002').mobile;
    let last: Result | undefined;
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      const challenge = await mutate(system, 'signIn', { email: 'luc@example.be', password: PASSWORD });
      const code = await latestSmsCode(system, mobile);
      last = await mutate(system, 'verifyOneTimeCode', {
        challengeId: challenge['challengeId'],
        code: String((Number(code) + 7) % 1_000_000).padStart(6, '0'),
      });
    }
    expect(last).toMatchObject({ __typename: 'LockedOut', code: 'LOCKED_OUT' });
    expect(last?.retryAfterSeconds).toBeGreaterThan(LOCKOUT_SECONDS - 15);
    expect(last?.retryAfterSeconds).toBeLessThanOrEqual(LOCKOUT_SECONDS);
    expect(Date.parse(String(last?.retryAt)) - Date.now()).toBeGreaterThan((LOCKOUT_SECONDS - 15) * 1000);
    // The right password no longer even sends a code while locked.
    const smsBefore = (await textMessages(system, mobile)).length;
    expect(await mutate(system, 'signIn', { email: 'luc@example.be', password: PASSWORD })).toMatchObject({
      __typename: 'LockedOut',
    });
    expect((await textMessages(system, mobile)).length).toBe(smsBefore);

    expect(await endLockouts()).toBe(1);
    expect((await signInWithSms(system, 'P00000002', 'luc@example.be', PASSWORD)).customerId).toBe('P00000002');
  });

  it('refuses an expired activation code (Tom Wouters), renews codes on request, and takes only the newest', async () => {
    const { contractNumber } = DEMO.expiredActivation;
    const register = (activationCode: string): Promise<Result> =>
      mutate(system, 'registerWithActivationCode', {
        contractNumber,
        activationCode,
        email: 'tom@example.be',
        password: PASSWORD,
        consentToDigitalDocuments: true,
      });

    expect(await register(DEMO.expiredActivation.code)).toMatchObject({
      __typename: 'CodeRejected',
      code: 'ACTIVATION_CODE_EXPIRED',
      attemptsLeft: null,
    });
    const older = await requestActivationLetter(system, 'P00000008', contractNumber);
    const newer = await requestActivationLetter(system, 'P00000008', contractNumber);
    expect(newer).not.toBe(older);

    expect(await register(older)).toMatchObject({ __typename: 'CodeRejected', code: 'ACTIVATION_CODE_SUPERSEDED' });
    expect(await register(DEMO.expiredActivation.code)).toMatchObject({ code: 'ACTIVATION_CODE_SUPERSEDED' });
    expect(await register(newer)).toMatchObject({ __typename: 'Registered', customerId: 'P00000008' });
    expect(await register(newer)).toMatchObject({ __typename: 'AlreadyRegistered' });
  });

  it('counts wrong activation codes per contract, locks registration for a while, then accepts the right code', async () => {
    const contractNumber = heldContract('P00000004');
    const code = await requestActivationLetter(system, 'P00000004', contractNumber);
    const attempt = (activationCode: string): Promise<Result> =>
      mutate(system, 'registerWithActivationCode', {
        contractNumber,
        activationCode,
        email: 'marc@example.be',
        password: PASSWORD,
        consentToDigitalDocuments: true,
      });

    expect(await attempt('AAAA-BBBB-CCCC')).toMatchObject({
      __typename: 'CodeRejected',
      code: 'ACTIVATION_CODE_INVALID',
      attemptsLeft: 2,
    });
    expect(await attempt('AAAA-BBBB-CCCD')).toMatchObject({ code: 'ACTIVATION_CODE_INVALID', attemptsLeft: 1 });
    const locked = await attempt('AAAA-BBBB-CCCE');
    expect(locked).toMatchObject({ __typename: 'LockedOut', code: 'LOCKED_OUT' });
    expect(locked.message).toMatch(/Te veel foute pogingen/);
    expect(Date.parse(String(locked.retryAt)) - Date.now()).toBeGreaterThan((LOCKOUT_SECONDS - 15) * 1000);
    expect(await attempt(code)).toMatchObject({ __typename: 'LockedOut' });

    expect(await endLockouts()).toBe(1);
    expect(await attempt(code)).toMatchObject({ __typename: 'Registered', customerId: 'P00000004' });
  });

  it('refuses an e-mail address another account uses (Lotte Claes), whatever its case, creating no account and using the code up', async () => {
    const contractNumber = heldContract('P00000009');
    const activationCode = await requestActivationLetter(system, 'P00000009', contractNumber);
    const before = await accountCount();

    const taken = await mutate(
      system,
      'registerWithActivationCode',
      {
        contractNumber,
        activationCode,
        email: DEMO.emailInUse.email.toUpperCase(),
        password: PASSWORD,
        consentToDigitalDocuments: true,
      },
      { 'accept-language': 'en' },
    );
    expect(taken).toEqual({
      __typename: 'EmailInUse',
      code: 'EMAIL_IN_USE',
      message: expect.stringMatching(/already used by another account\. Your activation code is now used up/),
    });
    expect(await accountCount()).toBe(before);

    // The answer cost the letter (enumeration.test.ts): a new code registers with another address.
    const register = (code: string) =>
      mutate(system, 'registerWithActivationCode', {
        contractNumber,
        activationCode: code,
        email: 'lotte@example.be',
        password: PASSWORD,
        consentToDigitalDocuments: true,
      });
    expect(await register(activationCode)).toMatchObject({
      __typename: 'CodeRejected',
      code: 'ACTIVATION_CODE_EXPIRED',
    });
    expect(await register(await requestActivationLetter(system, 'P00000009', contractNumber))).toMatchObject({
      __typename: 'Registered',
    });
  });

  it('lets exactly one of two concurrent registrations with the same e-mail address through; the other gets EMAIL_IN_USE', async () => {
    const contenders = ['P00000010', 'P00000012'];
    const codes: string[] = [];
    for (const partyId of contenders) codes.push(await requestActivationLetter(system, partyId, heldContract(partyId)));
    const results = await Promise.all(
      contenders.map((partyId, index) =>
        mutate(system, 'registerWithActivationCode', {
          contractNumber: heldContract(partyId),
          activationCode: codes[index],
          email: 'shared@example.be',
          password: PASSWORD,
          consentToDigitalDocuments: true,
        }),
      ),
    );
    expect(results.map((result) => result.__typename).sort()).toEqual(['EmailInUse', 'Registered']);
    const { rows } = await db.query(
      "SELECT customer_id FROM identity.accounts WHERE email_normalized = 'shared@example.be'",
    );
    expect(rows).toHaveLength(1);
    expect(rows[0].customer_id).toBe(results.find((result) => result.__typename === 'Registered')?.['customerId']);
  });

  it('records consent to digital documents and notifies nobody, the broker included', async () => {
    const partyId = 'P00000011';
    const contractNumber = heldContract(partyId);
    const activationCode = await requestActivationLetter(system, partyId, contractNumber);
    const input = { contractNumber, activationCode, email: 'no-broker@example.be', password: PASSWORD };

    expect(
      await mutate(system, 'registerWithActivationCode', { ...input, consentToDigitalDocuments: false }),
    ).toMatchObject({ __typename: 'ConsentRequired', code: 'CONSENT_REQUIRED' });

    system.resetCounters();
    const smsBefore = (await (
      await fetch(`${system.backends.customerMaster.url}/admin/sms/outbox`)
    ).json()) as unknown[];
    const postBefore = (await (
      await fetch(`${system.backends.customerMaster.url}/admin/post/outbox`)
    ).json()) as unknown[];
    const registered = await mutate(system, 'registerWithActivationCode', {
      ...input,
      consentToDigitalDocuments: true,
    });
    expect(registered).toMatchObject({ __typename: 'Registered', customerId: partyId });

    const { rows } = await db.query(
      'SELECT digital_documents_consent_at FROM identity.accounts WHERE customer_id = $1',
      [partyId],
    );
    expect(rows[0].digital_documents_consent_at.toISOString()).toBe(registered['consentedToDigitalDocumentsAt']);
    expect(Date.now() - rows[0].digital_documents_consent_at.getTime()).toBeLessThan(60_000);
    // No call to any legacy system, no letter, no text message: nobody was told.
    for (const backend of Object.values(system.backends)) expect(backend.counters.snapshot().total).toBe(0);
    expect(await (await fetch(`${system.backends.customerMaster.url}/admin/sms/outbox`)).json()).toHaveLength(
      smsBefore.length,
    );
    expect(await (await fetch(`${system.backends.customerMaster.url}/admin/post/outbox`)).json()).toHaveLength(
      postBefore.length,
    );
  });

  it('answers bad input with the field at fault and changes nothing', async () => {
    const an = person(system, 'P00000001');
    const before = { accounts: await accountCount(), letters: (await letters(system, 'P00000001')).length };
    const badRrn = `${an.nationalRegisterNumber.slice(0, 9)}${String((Number(an.nationalRegisterNumber.slice(9)) + 1) % 100).padStart(2, '0')}`;

    expect(
      await mutate(system, 'requestActivationCode', {
        contractNumber: 'X123',
        nationalRegisterNumber: an.nationalRegisterNumber,
      }),
    ).toMatchObject({ __typename: 'InvalidInput', field: 'contractNumber' });
    expect(
      await mutate(system, 'requestActivationCode', { contractNumber: 'L000000010', nationalRegisterNumber: badRrn }),
    ).toMatchObject({ __typename: 'InvalidInput', field: 'nationalRegisterNumber' });
    const register = {
      contractNumber: 'L000000010',
      activationCode: 'AAAA-BBBB-CCCC',
      email: 'x@example.be',
      password: PASSWORD,
      consentToDigitalDocuments: true,
    };
    expect(await mutate(system, 'registerWithActivationCode', { ...register, email: 'not an address' })).toMatchObject({
      field: 'email',
    });
    expect(await mutate(system, 'registerWithActivationCode', { ...register, password: 'short' })).toMatchObject({
      field: 'password',
    });
    expect(await mutate(system, 'registerWithActivationCode', { ...register, activationCode: 'O0O0' })).toMatchObject({
      field: 'activationCode',
    });
    expect(await mutate(system, 'signIn', { email: 'x@example.be', password: 'x'.repeat(129) })).toMatchObject({
      field: 'password',
    });
    expect(await mutate(system, 'verifyOneTimeCode', { challengeId: 'nope', code: '123456' })).toMatchObject({
      field: 'challengeId',
    });

    const missing = await system.query('mutation { signIn(input: { email: "x@example.be" }) { __typename } }');
    expect(missing.body.errors?.[0]?.extensions?.['code']).toBe('GRAPHQL_VALIDATION_FAILED');
    expect({ accounts: await accountCount(), letters: (await letters(system, 'P00000001')).length }).toEqual(before);
  });

  it('answers BACKEND_UNAVAILABLE while the customer master is down, leaving no code behind', async () => {
    const counts = async (): Promise<number[]> =>
      (
        await db.query(
          'SELECT (SELECT count(*)::int FROM identity.letter_codes) AS letters, (SELECT count(*)::int FROM identity.sign_in_challenges) AS challenges',
        )
      ).rows
        .map((row) => [row.letters, row.challenges])
        .flat();
    expect(
      (await registerWithLetter(system, 'P00000003', heldContract('P00000003'), 'sophie@example.be', PASSWORD))
        .__typename,
    ).toBe('Registered');
    const before = await counts();
    system.backends.customerMaster.setBehaviour({ maintenance: true });
    try {
      const requested = await system.query(MUTATIONS.requestActivationCode, {
        variables: {
          input: {
            contractNumber: 'L000000091',
            nationalRegisterNumber: person(system, 'P00000009').nationalRegisterNumber,
          },
        },
      });
      expect(requested.body.errors?.[0]?.extensions).toMatchObject({
        code: 'BACKEND_UNAVAILABLE',
        backend: 'customer-master',
        retryable: true,
      });
      const signIn = await system.query(MUTATIONS.signIn, {
        variables: { input: { email: 'sophie@example.be', password: PASSWORD } },
      });
      expect(signIn.body.errors?.[0]?.extensions).toMatchObject({ code: 'BACKEND_UNAVAILABLE' });
    } finally {
      system.backends.customerMaster.setBehaviour({ maintenance: false });
    }
    expect(await counts()).toEqual(before);
  });
});
