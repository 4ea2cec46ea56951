import { decodeJwt } from 'jose';
import type { Client } from 'pg';
import { DEFAULT_RATE_LIMIT_POLICY, strictRuleFor } from '../../../gateway/rateLimits';
import { startSystem, type RunningSystem } from '../../../test-support/system';
import { setPasswordHashCost } from '../credentials/passwords';
import { commandResult, runAdminCommand } from './commands';
import { answer, codeOf, CONTACT, openDatabase } from './contactClient';
import { IDENTITY_TEST_GATEWAY, latestSmsCode, mutate, person, TEST_PASSWORD_HASH_COST } from './identityClient';

const AN = 'P00000001';
const STAFF_EMAIL = 'agent.janssens@contactcenter.example';
const STAFF_MOBILE = '+32478123456';

interface CreatedStaff {
  staffId: string;
  email: string;
  password: string;
}

/** Contact-centre staff accounts and sign-in, the public Contact & Help for each audience, and the strict rate limits on identity's new mutations, through the gateway. */
describe('contact-centre staff, Contact & Help, and rate limits', () => {
  let system: RunningSystem;
  let db: Client;

  beforeAll(async () => {
    setPasswordHashCost(TEST_PASSWORD_HASH_COST);
    // The gateway counts the strict limits as in production (per process here).
    system = await startSystem({
      gateway: { ...IDENTITY_TEST_GATEWAY, rateLimiting: { policy: DEFAULT_RATE_LIMIT_POLICY } },
    });
    db = await openDatabase(system);
  });
  afterAll(async () => {
    await db.end();
    await system.stop();
  });

  const HELP =
    'query Help($audience: HelpAudience) { help(audience: $audience) { language audience faq { id title questions { id question answer seeAlso } } contactCentre { email phone phoneDisplay openingHours { days opens closes } openingHoursText helpsWith } brokerFirstContact } }';
  type Help = {
    language: string;
    audience: string;
    faq: Array<{
      id: string;
      title: string;
      questions: Array<{ id: string; question: string; answer: string; seeAlso: string[] }>;
    }>;
    contactCentre: Record<string, unknown>;
    brokerFirstContact: string;
  };
  const helpAs = async (as: { language?: string; token?: string; audience?: string } = {}): Promise<Help> => {
    const { status, body } = await system.query(HELP, {
      variables: as.audience ? { audience: as.audience } : {},
      headers: as.language ? { 'accept-language': as.language } : {},
      ...(as.token ? { token: as.token } : {}),
    });
    expect([status, body.errors]).toEqual([200, undefined]);
    return body.data?.['help'] as Help;
  };

  const staffSignIn = (email: string, password: string) =>
    answer(system, CONTACT.staffSignIn, { input: { email, password } });

  it('creates a staff account with the command; the staff member signs in with password and an SMS code and gets a support token', async () => {
    const created = await commandResult<CreatedStaff>(system, 'staff', ['create', STAFF_EMAIL, '0478 12 34 56']);
    expect(created).toMatchObject({
      email: STAFF_EMAIL,
      staffId: expect.stringMatching(/^[0-9a-f-]{36}$/),
      password: expect.stringMatching(/^[\w-]{24}$/),
    });
    const stored = await db.query('SELECT email, mobile, password_hash FROM identity.staff_accounts');
    expect(stored.rows).toEqual([
      { email: STAFF_EMAIL, mobile: STAFF_MOBILE, password_hash: expect.stringMatching(/^scrypt\$/) },
    ]);
    expect(JSON.stringify(stored.rows)).not.toContain(created.password);
    // A second account with the address, in a process of its own while the first one signs in below.
    const duplicate = runAdminCommand(system, 'staff', ['create', STAFF_EMAIL.toUpperCase(), '0478 12 34 56']);

    expect(await staffSignIn(STAFF_EMAIL, 'not the password at all')).toMatchObject({
      __typename: 'InvalidCredentials',
      attemptsLeft: 4,
    });
    expect(await staffSignIn('nobody@contactcenter.example', 'not the password at all')).toMatchObject({
      __typename: 'InvalidCredentials',
    });
    // A customer's password sign-in knows no staff account.
    expect(await mutate(system, 'signIn', { email: STAFF_EMAIL, password: created.password })).toMatchObject({
      __typename: 'InvalidCredentials',
    });

    const challenge = await staffSignIn(STAFF_EMAIL, created.password);
    expect(challenge).toMatchObject({ __typename: 'OneTimeCodeSent', maskedMobileNumber: '+32 4** ** ** 56' });
    const code = await latestSmsCode(system, STAFF_MOBILE);
    // A staff challenge is no customer's sign-in.
    expect(await mutate(system, 'verifyOneTimeCode', { challengeId: challenge['challengeId'], code })).toMatchObject({
      __typename: 'CodeRejected',
      code: 'ONE_TIME_CODE_EXPIRED',
    });
    const session = await answer(system, CONTACT.staffVerify, {
      input: { challengeId: challenge['challengeId'], code },
    });
    expect(session).toMatchObject({
      __typename: 'StaffSession',
      tokenType: 'Bearer',
      expiresIn: 900,
      staffId: created.staffId,
    });
    expect(decodeJwt(String(session['accessToken']))).toMatchObject({
      role: 'support',
      sub: created.staffId,
      amr: ['pwd', 'sms', 'mfa'],
    });
    expect(
      await answer(system, CONTACT.staffVerify, { input: { challengeId: challenge['challengeId'], code } }),
    ).toMatchObject({ __typename: 'CodeRejected', code: 'ONE_TIME_CODE_EXPIRED' });

    // Support sees registration state and contact details, and no contract finances.
    const token = String(session['accessToken']);
    const helped = await system.query(
      'query ($id: ID!) { customer(id: $id) { firstName nationalRegisterNumber contact { email } registration { status } contactChanges { status } } }',
      { token, variables: { id: AN } },
    );
    expect(helped.body.errors).toBeUndefined();
    expect(helped.body.data?.['customer']).toMatchObject({
      firstName: 'An',
      nationalRegisterNumber: expect.stringMatching(/-\*\*\*\.\*\*$/),
      contact: { email: person(system, AN).email },
      registration: { status: 'NOT_REGISTERED' },
      contactChanges: [],
    });
    // What An sees of her contracts, read only, through her; never a contract opened by its number.
    const hers = await system.query('query ($id: ID!) { customer(id: $id) { lifeContracts { contractNumber } } }', {
      token,
      variables: { id: AN },
    });
    expect(hers.body.errors).toBeUndefined();
    expect(JSON.stringify(hers.body)).toContain('L000000010');
    const byNumber = await system.query('{ lifeContract(id: "L000000010") { contractNumber reserve { amount } } }', {
      token,
    });
    expect(codeOf(byNumber)).toBe('FORBIDDEN');
    expect(JSON.stringify(byNumber.body)).not.toMatch(/L0000000\d\d|amount/);

    const again = await duplicate;
    expect([again.code, again.stderr]).toEqual([1, expect.stringMatching(/409.*already uses this e-mail address/)]);
    expect((await db.query('SELECT email FROM identity.staff_accounts')).rows).toEqual([{ email: STAFF_EMAIL }]);
  });

  it('disables a staff account with the command: it cannot sign in any more; a new password replaces the old one', async () => {
    const second = await commandResult<CreatedStaff>(system, 'staff', [
      'create',
      'agent.two@contactcenter.example',
      '+32 470 11 22 33',
    ]);
    const reset = await commandResult<{ password: string }>(system, 'staff', [
      'reset-password',
      'agent.two@contactcenter.example',
    ]);
    expect(reset.password).not.toBe(second.password);
    expect(await staffSignIn('agent.two@contactcenter.example', second.password)).toMatchObject({
      __typename: 'InvalidCredentials',
    });
    expect(await staffSignIn('agent.two@contactcenter.example', reset.password)).toMatchObject({
      __typename: 'OneTimeCodeSent',
    });

    expect(await commandResult(system, 'staff', ['disable', 'agent.two@contactcenter.example'])).toEqual({
      disabled: true,
    });
    const [refused, listed] = await Promise.all([
      staffSignIn('agent.two@contactcenter.example', reset.password),
      commandResult<Array<Record<string, unknown>>>(system, 'staff', ['list']),
    ]);
    expect(refused).toMatchObject({ __typename: 'InvalidCredentials' });
    expect(listed).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          email: 'agent.two@contactcenter.example',
          mobile: '+32 4** ** ** 33',
          disabledAt: expect.any(String),
        }),
        expect.objectContaining({ email: STAFF_EMAIL, disabledAt: null }),
      ]),
    );
    expect(JSON.stringify(listed)).not.toContain('+32470112233');
  });

  it('answers Contact & Help without a token: the customer FAQ in Dutch, translated by Accept-Language, the contact centre and who to ask first', async () => {
    const question = (help: Help, id: string) =>
      help.faq.flatMap((section) => section.questions).find((entry) => entry.id === id);
    const nl = await helpAs();
    expect([nl.language, nl.audience]).toEqual(['NL', 'CUSTOMER']);
    expect(nl.faq.map((section) => section.id)).toEqual(['I', 'II', 'III', 'IV', 'V', 'VI']);
    expect(nl.faq.flatMap((section) => section.questions.map((entry) => entry.id))).toHaveLength(17);
    expect(question(nl, 'I.1')?.question).toBe('Hoe maak ik een account aan?');
    expect(question(nl, 'V.1')).toMatchObject({ question: 'Bestaat er een app?', seeAlso: ['V.2'] });
    expect(question(nl, 'V.2')?.answer).toContain('3. Scrol naar beneden en tik op ‘Zet op beginscherm’.');
    expect(question(nl, 'VI.1')?.answer).toContain(
      'Ons contactcenter helpt u graag: myvivium@vivium.be of 02 406 87 09 (ma-do 8.30 tot 17 uur en vrij 8.30 tot 16 uur).',
    );
    expect(JSON.stringify(nl)).not.toContain('Word ik als makelaar');
    expect(JSON.stringify(nl)).not.toContain('Wat kan ik doen om de klant te helpen');
    expect(nl.contactCentre).toEqual({
      email: 'myvivium@vivium.be',
      phone: '+3224068709',
      phoneDisplay: '02 406 87 09',
      openingHours: [
        { days: ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY'], opens: '08:30', closes: '17:00' },
        { days: ['FRIDAY'], opens: '08:30', closes: '16:00' },
      ],
      openingHoursText: 'ma-do 8.30 tot 17 uur en vrij 8.30 tot 16 uur',
      helpsWith: 'Kunt u geen account aanmaken of niet inloggen? Ons contactcenter helpt u verder.',
    });
    expect(nl.brokerFirstContact).toBe(
      'Uw makelaar blijft uw belangrijkste contactpunt, zeker voor vragen over uw contracten.',
    );

    const fr = await helpAs({ language: 'fr-BE,fr;q=0.9' });
    expect(fr.language).toBe('FR');
    expect(fr.faq[0]?.title).toBe('Inscription et connexion');
    expect(question(fr, 'I.5')?.question).toBe('Mon adresse e-mail est déjà utilisée. Pourquoi ?');
    expect(fr.brokerFirstContact).toMatch(/courtier reste votre principal point de contact/);
    const en = await helpAs({ language: 'en' });
    expect(en.language).toBe('EN');
    expect(question(en, 'IV.2')?.answer).toMatch(/the address on your running contracts is changed separately/);
    expect(en.contactCentre['openingHoursText']).toBe('Monday to Thursday 8.30 am to 5 pm, Friday 8.30 am to 4 pm');
    for (const help of [fr, en])
      expect(help.faq.flatMap((section) => section.questions.map((entry) => entry.id))).toEqual(
        nl.faq.flatMap((section) => section.questions.map((entry) => entry.id)),
      );
    expect((await helpAs({ language: 'de' })).language).toBe('NL');
  });

  it('gives a customer the customer FAQ, a broker user the broker FAQ, and contact-centre staff either on request', async () => {
    const firstQuestion = (help: Help) => help.faq[0]?.questions[0]?.question;
    const customer = await helpAs({ token: await system.token('customer', 'P00000003') });
    expect([customer.audience, firstQuestion(customer)]).toEqual(['CUSTOMER', 'Hoe maak ik een account aan?']);
    expect(JSON.stringify(customer)).not.toContain('Word ik als makelaar');
    expect(JSON.stringify(customer)).not.toContain('Wat kan ik doen om de klant te helpen');

    const brokerToken = await system.token('broker', 'B00001');
    const broker = await helpAs({ token: brokerToken });
    expect(broker.audience).toBe('BROKER');
    expect(broker.faq.flatMap((section) => section.questions.map((entry) => entry.id))).toHaveLength(20);
    const brokerQuestions = broker.faq.flatMap((section) => section.questions.map((entry) => entry.question));
    expect(brokerQuestions).toContain(
      'Word ik als makelaar op de hoogte gebracht wanneer een klant uit mijn portefeuille zich registreert in zijn klantenzone?',
    );
    expect(brokerQuestions).toContain(
      'De klant heeft de e-mail met instructies voor het aanmaken van een account niet ontvangen of heeft de e-mail verwijderd. Wat kan ik doen om de klant te helpen?',
    );
    expect(broker.brokerFirstContact).toBe(
      'U blijft het belangrijkste contactpunt van uw klant, zeker voor vragen over zijn contracten.',
    );
    expect(broker.contactCentre['helpsWith']).toBe(
      'Kan uw klant geen account aanmaken of niet inloggen? Ons contactcenter helpt hem, en u, verder.',
    );
    expect((await helpAs({ token: brokerToken, audience: 'BROKER', language: 'en' })).faq[0]?.title).toBe('General');

    const staff = await system.token('support', 'S0001');
    expect((await helpAs({ token: staff })).audience).toBe('CUSTOMER');
    const staffBroker = await helpAs({ token: staff, audience: 'BROKER' });
    expect([staffBroker.audience, staffBroker.faq[0]?.questions[2]?.id]).toEqual(['BROKER', 'I.3']);

    for (const [token, audience, code] of [
      [await system.token('customer', 'P00000003'), 'BROKER', 'FORBIDDEN'],
      [brokerToken, 'CUSTOMER', 'FORBIDDEN'],
      [undefined, 'BROKER', 'UNAUTHENTICATED'],
    ] as const) {
      const { body } = await system.query(HELP, { variables: { audience }, ...(token ? { token } : {}) });
      expect([audience, body.data?.['help'] ?? null, body.errors?.[0]?.extensions?.['code']]).toEqual([
        audience,
        null,
        code,
      ]);
    }
  });

  it('puts the code-sending, sign-in and contact-change mutations under the strict rate limits, and refuses the sixth code request in an hour', async () => {
    const rule = (field: string) => strictRuleFor(DEFAULT_RATE_LIMIT_POLICY, field)?.name;
    expect(['signInAsStaff', 'verifyStaffOneTimeCode', 'changeContactDetails'].map(rule)).toEqual([
      'credentials',
      'credentials',
      'credentials',
    ]);
    expect(rule('requestContactChangeCode')).toBe('codes');

    const token = await system.token('customer', 'P00000003');
    const request = () =>
      system.query(CONTACT.requestCode, {
        token,
        variables: { input: { email: `sophie.${Math.random().toString(36).slice(2)}@example.be` } },
      });
    for (let attempt = 1; attempt <= 5; attempt++) {
      const allowed = await request();
      expect([
        attempt,
        allowed.status,
        (allowed.body.data?.['requestContactChangeCode'] as { __typename: string } | undefined)?.__typename,
      ]).toEqual([attempt, 200, 'NotRegistered']);
    }
    const refused = await request();
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(refused.body.errors?.[0]?.extensions).toMatchObject({
      code: 'RATE_LIMITED',
      retryAfterSeconds: expect.any(Number),
    });
  });
});
