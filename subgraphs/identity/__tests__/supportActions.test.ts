import type { Client } from 'pg';
import { DEFAULT_RATE_LIMIT_POLICY } from '../../../gateway/rateLimits';
import { startSystem, type RunningSystem } from '../../../test-support/system';
import { setPasswordHashCost } from '../credentials/passwords';
import { codeOf, openDatabase } from './contactClient';
import {
  IDENTITY_TEST_GATEWAY,
  latestLetterCode,
  latestSmsCode,
  letters,
  mutate,
  person,
  registerWithLetter,
  signInWithSms,
  TEST_PASSWORD_HASH_COST,
} from './identityClient';

const AN = 'P00000001';
const SOPHIE = 'P00000003';
const MARC = 'P00000004';
const AN_EMAIL = 'an.support@example.be';
const AN_PASSWORD = 'correct horse battery staple';
const UNKNOWN = 'P09999999';
/** Wrong attempts before a lockout in this system. */
const MAX_FAILURES = 2;
/** Requests for codes the gateway lets through per target (here: per customer id) in an hour. */
const CODES_PER_TARGET =
  DEFAULT_RATE_LIMIT_POLICY.strictRules.find((rule) => rule.name === 'codes')?.perTarget.points ?? 0;
/** A reason as an agent writes it: it names the customer's circumstances, so it must appear in no log line. */
const REASON = 'Klant belde: brief kwijt na verhuis naar Kerkstraat 7, Gent';

const RESEND = `mutation Resend($input: ResendActivationCodeInput!) { resendActivationCode(input: $input) { __typename
  ... on ActivationCodeResent { contractNumber validUntil message customer { id registration { status activationCodeValidUntil } } }
  ... on IdentityProblem { code message reference } } }`;
const LIFT = `mutation Lift($input: LiftLockoutInput!) { liftLockout(input: $input) { __typename
  ... on LockoutLifted { lifted kinds message customer { id lockouts { kind until } } }
  ... on IdentityProblem { code message reference } } }`;
const STATE = `query State($id: ID!) { customer(id: $id) { id lockouts { kind until } registration { status activationCodeSentAt } } }`;
const TRAIL = `query Trail($id: ID!) { auditRecords(customerId: $id, first: 100) { actorId actorRole action resource operationName } }`;

/** The contact centre resends activation codes and lifts lockouts, through the gateway, with its rate limits as in production. */
describe("the contact centre's actions on a customer's registration", () => {
  let system: RunningSystem;
  let db: Client;
  const logLines: string[] = [];

  beforeAll(async () => {
    setPasswordHashCost(TEST_PASSWORD_HASH_COST);
    system = await startSystem({
      gateway: { ...IDENTITY_TEST_GATEWAY, rateLimiting: { policy: DEFAULT_RATE_LIMIT_POLICY } },
      identitySettings: { maxFailedAttempts: MAX_FAILURES },
      logSink: (line) => logLines.push(line),
    });
    db = await openDatabase(system);
  });
  afterAll(async () => {
    await db.end();
    await system.stop();
  });

  /** Each test acts as its own staff member: the gateway counts the codes' rate limit per caller. */
  const as = (staffId: string) => system.token('support', staffId);
  const run = async (query: string, variables: Record<string, unknown>, token?: string) =>
    system.query(query, { variables, ...(token ? { token } : {}), headers: { 'accept-language': 'en' } });
  const data = (result: Awaited<ReturnType<typeof run>>, field: string) => {
    if (result.body.errors?.length) throw new Error(`${field} answered errors: ${JSON.stringify(result.body.errors)}`);
    return result.body.data?.[field] as Record<string, unknown>;
  };
  const stateOf = async (customerId: string) =>
    data(await run(STATE, { id: customerId }, await as('S0009')), 'customer') as {
      lockouts: Array<{ kind: string; until: string }>;
      registration: { status: string; activationCodeSentAt: string | null };
    };
  const notes = async (customerId: string) =>
    (
      await db.query<{ staff_id: string; action: string; outcome: string; reason: string }>(
        'SELECT staff_id, action, outcome, reason FROM identity.support_actions WHERE customer_id = $1 ORDER BY at, id',
        [customerId],
      )
    ).rows;

  it('lifts a lockout after wrong passwords and wrong SMS codes, so the customer signs in again', async () => {
    expect(await registerWithLetter(system, AN, 'L000000010', AN_EMAIL, AN_PASSWORD)).toMatchObject({
      __typename: 'Registered',
    });
    const support = await as('S0001');
    expect(await stateOf(AN)).toMatchObject({ lockouts: [], registration: { status: 'REGISTERED' } });

    for (let attempt = 1; attempt < MAX_FAILURES; attempt++)
      expect(await mutate(system, 'signIn', { email: AN_EMAIL, password: 'not the password' })).toMatchObject({
        __typename: 'InvalidCredentials',
      });
    expect(await mutate(system, 'signIn', { email: AN_EMAIL, password: 'not the password' })).toMatchObject({
      __typename: 'LockedOut',
    });
    // Locked: even the right password is refused.
    expect(await mutate(system, 'signIn', { email: AN_EMAIL, password: AN_PASSWORD })).toMatchObject({
      __typename: 'LockedOut',
    });
    const locked = await stateOf(AN);
    expect(locked.lockouts).toEqual([{ kind: 'PASSWORD', until: expect.any(String) }]);
    expect(JSON.stringify(locked)).not.toMatch(/[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}|\b\d{6}\b/);

    const lifted = data(await run(LIFT, { input: { customerId: AN, reason: REASON } }, support), 'liftLockout');
    expect(lifted).toEqual({
      __typename: 'LockoutLifted',
      lifted: true,
      kinds: ['PASSWORD'],
      message: expect.stringContaining('lifted'),
      customer: { id: AN, lockouts: [] },
    });

    // Then wrong SMS codes lock the codes; lifting ends that lockout too.
    const challenge = await mutate(system, 'signIn', { email: AN_EMAIL, password: AN_PASSWORD });
    expect(challenge).toMatchObject({ __typename: 'OneTimeCodeSent' });
    const sent = await latestSmsCode(system, person(system, AN).mobile);
    const wrong = sent === '000000' ? '111111' : '000000';
    for (let attempt = 1; attempt <= MAX_FAILURES; attempt++)
      await mutate(system, 'verifyOneTimeCode', { challengeId: challenge['challengeId'], code: wrong });
    expect((await stateOf(AN)).lockouts).toEqual([{ kind: 'ONE_TIME_CODE', until: expect.any(String) }]);
    expect(
      data(await run(LIFT, { input: { customerId: AN, reason: 'SMS codes mistyped' } }, support), 'liftLockout'),
    ).toMatchObject({
      lifted: true,
      kinds: ['ONE_TIME_CODE'],
    });

    expect(await signInWithSms(system, AN, AN_EMAIL, AN_PASSWORD)).toMatchObject({
      __typename: 'Session',
      customerId: AN,
    });
    // Nothing left to lift: said so.
    expect(
      data(await run(LIFT, { input: { customerId: AN, reason: 'Checking again' } }, support), 'liftLockout'),
    ).toMatchObject({
      lifted: false,
      kinds: [],
    });

    expect(await notes(AN)).toEqual([
      { staff_id: 'S0001', action: 'lift-lockout', outcome: 'lifted:PASSWORD', reason: REASON },
      { staff_id: 'S0001', action: 'lift-lockout', outcome: 'lifted:ONE_TIME_CODE', reason: 'SMS codes mistyped' },
      { staff_id: 'S0001', action: 'lift-lockout', outcome: 'none', reason: 'Checking again' },
    ]);
  });

  it('resends an activation code by letter, never showing it; the customer registers with it', async () => {
    const support = await as('S0002');
    const before = (await letters(system, SOPHIE)).length;
    const resent = data(
      await run(RESEND, { input: { customerId: SOPHIE, reason: REASON } }, support),
      'resendActivationCode',
    );
    expect(resent).toMatchObject({
      __typename: 'ActivationCodeResent',
      contractNumber: expect.stringMatching(/^[LV]\d{9}$/),
      validUntil: expect.any(String),
      customer: { id: SOPHIE, registration: { status: 'ACTIVATION_CODE_SENT' } },
    });
    // The letter is posted before the answer.
    expect((await letters(system, SOPHIE)).length).toBe(before + 1);
    const code = await latestLetterCode(system, SOPHIE, 'ACTIVATION_CODE');
    expect(JSON.stringify(resent)).not.toContain(code);
    expect(JSON.stringify(resent).toUpperCase()).not.toContain(code.replace(/-/g, ''));

    expect(
      await mutate(system, 'registerWithActivationCode', {
        contractNumber: resent['contractNumber'],
        activationCode: code,
        email: 'sophie.support@example.be',
        password: 'another long passphrase',
        consentToDigitalDocuments: true,
      }),
    ).toMatchObject({ __typename: 'Registered', customerId: SOPHIE });

    // Registered now: nothing is sent.
    const again = data(
      await run(RESEND, { input: { customerId: SOPHIE, reason: 'Asked again' } }, support),
      'resendActivationCode',
    );
    expect(again).toMatchObject({
      __typename: 'AlreadyRegistered',
      code: 'ALREADY_REGISTERED',
      reference: expect.stringMatching(/^REF-/),
    });
    expect((await letters(system, SOPHIE)).length).toBe(before + 1);
    expect(await notes(SOPHIE)).toEqual([
      { staff_id: 'S0002', action: 'resend-activation-code', outcome: 'sent', reason: REASON },
      { staff_id: 'S0002', action: 'resend-activation-code', outcome: 'already-registered', reason: 'Asked again' },
    ]);
  });

  it("counts resends against the codes' rate limit like a customer's own requests", async () => {
    const support = await as('S0003');
    const before = (await letters(system, MARC)).length;
    const perTarget = CODES_PER_TARGET;
    expect(perTarget).toBeGreaterThan(0);
    for (let request = 1; request <= perTarget; request++)
      expect(
        data(
          await run(RESEND, { input: { customerId: MARC, reason: `Resend ${request}` } }, support),
          'resendActivationCode',
        ),
      ).toMatchObject({ __typename: 'ActivationCodeResent' });
    const refused = await run(RESEND, { input: { customerId: MARC, reason: 'One more' } }, support);
    expect(codeOf(refused)).toBe('RATE_LIMITED');
    expect(refused.body.errors?.[0]?.extensions?.['retryAfterSeconds']).toEqual(expect.any(Number));
    // Another staff member is counted against the same customer.
    expect(codeOf(await run(RESEND, { input: { customerId: MARC, reason: 'One more' } }, await as('S0004')))).toBe(
      'RATE_LIMITED',
    );
    expect((await letters(system, MARC)).length).toBe(before + perTarget);
    expect((await notes(MARC)).map((note) => note.outcome)).toEqual(Array(perTarget).fill('sent'));
  });

  it('refuses a reason that is empty or longer than 500 characters, and changes nothing', async () => {
    const support = await as('S0005');
    // A lockout for the lifting to leave alone.
    for (let attempt = 1; attempt <= MAX_FAILURES; attempt++)
      await mutate(system, 'signIn', { email: AN_EMAIL, password: 'still not the password' });
    expect((await stateOf(AN)).lockouts).toEqual([{ kind: 'PASSWORD', until: expect.any(String) }]);
    const lettersBefore = (await letters(system, 'P00000002')).length;
    const notesBefore = (await db.query('SELECT count(*)::int AS n FROM identity.support_actions')).rows[0];

    for (const reason of ['', '   ', 'x'.repeat(501)]) {
      const lift = await run(LIFT, { input: { customerId: AN, reason } }, support);
      expect([reason.length, codeOf(lift), lift.body.errors?.[0]?.extensions?.['field']]).toEqual([
        reason.length,
        'BAD_USER_INPUT',
        'reason',
      ]);
      const resend = await run(RESEND, { input: { customerId: 'P00000002', reason } }, await as(`S01${reason.length}`));
      expect([reason.length, codeOf(resend)]).toEqual([reason.length, 'BAD_USER_INPUT']);
    }
    expect((await stateOf(AN)).lockouts).toEqual([{ kind: 'PASSWORD', until: expect.any(String) }]);
    expect((await letters(system, 'P00000002')).length).toBe(lettersBefore);
    expect((await stateOf('P00000002')).registration).toEqual({ status: 'NOT_REGISTERED', activationCodeSentAt: null });
    expect((await db.query('SELECT count(*)::int AS n FROM identity.support_actions')).rows[0]).toEqual(notesBefore);

    // 500 characters are accepted.
    expect(
      data(await run(LIFT, { input: { customerId: AN, reason: 'y'.repeat(500) } }, support), 'liftLockout'),
    ).toMatchObject({ lifted: true, kinds: ['PASSWORD'] });
  });

  it('answers an unknown customer id with CustomerNotFound, sending and changing nothing', async () => {
    const support = await as('S0006');
    for (const customerId of [UNKNOWN, 'not-a-customer-id']) {
      expect(data(await run(LIFT, { input: { customerId, reason: REASON } }, support), 'liftLockout')).toMatchObject({
        __typename: 'CustomerNotFound',
        code: 'CUSTOMER_NOT_FOUND',
      });
      expect(
        data(await run(RESEND, { input: { customerId, reason: REASON } }, support), 'resendActivationCode'),
      ).toMatchObject({ __typename: 'CustomerNotFound', code: 'CUSTOMER_NOT_FOUND' });
    }
    expect((await notes(UNKNOWN)).length).toBe(0);
  });

  it('refuses customers, brokers and anonymous callers, the lockouts included', async () => {
    const callers: Array<[string, string | undefined, string]> = [
      ['customer', await system.token('customer', AN), 'FORBIDDEN'],
      ['broker', await system.token('broker', 'B00001'), 'FORBIDDEN'],
      ['anonymous', undefined, 'UNAUTHENTICATED'],
    ];
    const notesBefore = (await db.query('SELECT count(*)::int AS n FROM identity.support_actions')).rows[0];
    for (const [who, token, expected] of callers) {
      const lift = await run(LIFT, { input: { customerId: AN, reason: REASON } }, token);
      // An is registered: what matters is that nobody but support gets past the role check.
      const resend = await run(RESEND, { input: { customerId: AN, reason: REASON } }, token);
      expect([who, codeOf(lift), lift.body.data?.['liftLockout'] ?? null]).toEqual([who, expected, null]);
      expect([who, codeOf(resend), resend.body.data?.['resendActivationCode'] ?? null]).toEqual([who, expected, null]);
    }
    const own = await run(`{ me { id lockouts { kind } } }`, {}, await system.token('customer', AN));
    expect(codeOf(own)).toBe('FORBIDDEN');
    expect((await db.query('SELECT count(*)::int AS n FROM identity.support_actions')).rows[0]).toEqual(notesBefore);
  });

  it("records every action in the customer's audit trail with the staff member, and the reason in no log line", async () => {
    const trail = async (customerId: string) =>
      data(await run(TRAIL, { id: customerId }, await as('S0009')), 'auditRecords') as unknown as Array<
        Record<string, unknown>
      >;
    const anTrail = await trail(AN);
    expect(anTrail).toEqual(
      expect.arrayContaining([
        {
          actorId: 'S0001',
          actorRole: 'SUPPORT',
          action: 'MUTATION',
          resource: 'Mutation.liftLockout',
          operationName: 'Lift',
        },
        {
          actorId: 'S0005',
          actorRole: 'SUPPORT',
          action: 'MUTATION',
          resource: 'Mutation.liftLockout',
          operationName: 'Lift',
        },
      ]),
    );
    expect(
      anTrail.filter((record) => record['resource'] === 'Mutation.liftLockout' && record['actorId'] === 'S0001'),
    ).toHaveLength(3);
    expect(await trail(SOPHIE)).toEqual(
      expect.arrayContaining([
        {
          actorId: 'S0002',
          actorRole: 'SUPPORT',
          action: 'MUTATION',
          resource: 'Mutation.resendActivationCode',
          operationName: 'Resend',
        },
      ]),
    );
    expect((await trail(MARC)).filter((record) => record['resource'] === 'Mutation.resendActivationCode')).toHaveLength(
      CODES_PER_TARGET,
    );
    expect(JSON.stringify(await trail(AN))).not.toContain('Kerkstraat');
    expect(logLines.some((line) => line.includes('support lifted lockouts'))).toBe(true);
    expect(logLines.filter((line) => line.includes('Kerkstraat'))).toEqual([]);
  });
});
