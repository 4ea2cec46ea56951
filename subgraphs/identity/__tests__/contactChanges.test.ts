import type { Client } from 'pg';
import { formatNationalRegisterNumber, maskNationalRegisterNumber } from '../../../platform/belgium';
import { startSystem, type RunningSystem } from '../../../test-support/system';
import { setPasswordHashCost } from '../credentials/passwords';
import {
  answer,
  appliedChanges,
  codeOf,
  confirmedChange,
  CONTACT,
  eventsOf,
  eventually,
  NEW_ADDRESS,
  openDatabase,
  registeredWithEid,
} from './contactClient';
import {
  IDENTITY_TEST_GATEWAY,
  latestSmsCode,
  mutate,
  person,
  registerWithLetter,
  signInWithSms,
  textMessages,
  TEST_PASSWORD_HASH_COST,
} from './identityClient';

const PASSWORD = 'correct horse battery staple';
const AN = 'P00000001';
const LUC = 'P00000002';
const MARC = 'P00000004';

/** Profile fields per role, and changes of contact details (docs/requirements.md §4) with their broker events, against PostgreSQL through the gateway. */
describe('profile and contact changes, through the gateway', () => {
  let system: RunningSystem;
  let db: Client;
  const logLines: string[] = [];

  beforeAll(async () => {
    setPasswordHashCost(TEST_PASSWORD_HASH_COST);
    // Re-drives every second, so a change put off while the master is down is applied soon after it is back.
    // Every component logs at trace level into logLines, for the last test.
    system = await startSystem({
      identitySettings: { contactChangeRedriveSeconds: 1 },
      gateway: IDENTITY_TEST_GATEWAY,
      logSink: (line) => logLines.push(line),
    });
    db = await openDatabase(system);
  });
  afterAll(async () => {
    await db.end();
    await system.stop();
  });

  const heldContract = (partyId: string): string =>
    system.universe.heldContractNumbers(Number(partyId.slice(1)) - 1, 'life')[0] ?? '';
  const tokenOf = (partyId: string) => system.token('customer', partyId);

  it('shows the profile: the register number in full only to the customer, each broker only its own office, registration to the customer and support only', async () => {
    const an = system.universe.person(0);
    const fields =
      'birthDate nationalRegisterNumber contact { email mobile postalAddress { street postalCode } } brokers { id name fsmaNumber contact { email phone } } registration { status }';

    const own = await system.query(`{ me { ${fields} } }`, { token: await tokenOf(AN) });
    expect(own.body.errors).toBeUndefined();
    expect(own.body.data?.['me']).toMatchObject({
      birthDate: '1978-03-14',
      nationalRegisterNumber: formatNationalRegisterNumber(an.nationalRegisterNumber),
      contact: {
        email: an.email,
        mobile: an.mobile,
        postalAddress: { street: an.address.street, postalCode: an.address.postalCode },
      },
      registration: { status: 'NOT_REGISTERED' },
    });
    const offices = (own.body.data?.['me'] as { brokers: Array<{ id: string; fsmaNumber: string }> }).brokers;
    expect(offices.map((office) => office.id)).toEqual(['B00001', 'B00002']);
    expect(offices[0]?.fsmaNumber).toMatch(/^\d{4}\.\d{3}\.\d{3}$/);

    const query = `query ($id: ID!) { customer(id: $id) { ${fields} } }`;
    const broker = await system.query(query, { token: await system.token('broker', 'B00002'), variables: { id: AN } });
    expect(broker.body.data?.['customer']).toMatchObject({
      nationalRegisterNumber: maskNationalRegisterNumber(an.nationalRegisterNumber),
      brokers: [{ id: 'B00002' }],
      registration: null,
    });
    expect(broker.body.errors?.map((error) => [error.path?.join('.'), error.extensions?.['code']])).toEqual([
      ['customer.registration', 'FORBIDDEN'],
    ]);
    expect(JSON.stringify(broker.body)).not.toContain(an.nationalRegisterNumber.slice(6));

    const support = await system.query(query, { token: await system.token('support', 'S0001'), variables: { id: AN } });
    expect(support.body.errors).toBeUndefined();
    expect(support.body.data?.['customer']).toMatchObject({
      nationalRegisterNumber: maskNationalRegisterNumber(an.nationalRegisterNumber),
      registration: { status: 'NOT_REGISTERED' },
      contact: { email: an.email },
    });
    expect(codeOf(await system.query(query, { token: await tokenOf('P00000003'), variables: { id: AN } }))).toBe(
      'FORBIDDEN',
    );
  });

  it('changes the postal address in the customer master only, queues a pending event for both of her offices and evicts the cached record; a registration queues none', async () => {
    expect(await registerWithLetter(system, LUC, heldContract(LUC), 'luc@example.be', PASSWORD)).toMatchObject({
      __typename: 'Registered',
    });
    const token = await registeredWithEid(system, AN);
    const before = await answer(system, CONTACT.me, {}, token);
    expect(before).toMatchObject({ contact: { postalAddress: { street: system.universe.person(0).address.street } } });

    const changed = await answer(
      system,
      CONTACT.change,
      { input: await confirmedChange(system, AN, { postalAddress: NEW_ADDRESS }, token) },
      token,
      { 'accept-language': 'en' },
    );
    expect(changed).toMatchObject({
      __typename: 'ContactDetailsChanged',
      status: 'APPLIED',
      changedFields: ['POSTAL_ADDRESS'],
      signedOutEverywhere: false,
      message: 'Your contact details have been updated in our customer records.',
      contractAddresses: expect.stringMatching(/not change the address on your existing contracts.*broker or adviser/),
      customer: { id: AN, contact: { postalAddress: { ...NEW_ADDRESS, country: 'BE' } } },
    });
    // Read again: without the eviction the cached record (5 minutes) would still show the old address.
    expect(await answer(system, CONTACT.me, {}, token)).toMatchObject({ contact: { postalAddress: NEW_ADDRESS } });
    expect(await appliedChanges(system, AN)).toBe(1);

    const events = await eventsOf(db, AN);
    expect(events).toEqual([
      expect.objectContaining({
        state: 'pending-broker',
        changed_fields: ['POSTAL_ADDRESS'],
        broker_ids: ['B00001', 'B00002'],
        master_change: null,
      }),
    ]);
    expect(await eventsOf(db, LUC)).toEqual([]);
    expect(Number((await db.query('SELECT count(*) AS n FROM identity.contact_change_events')).rows[0].n)).toBe(1);

    const pending =
      'query ($id: ID!) { customer(id: $id) { contactChanges { id status changedFields brokerIds requestedAt appliedAt } } }';
    const support = await system.query(pending, {
      token: await system.token('support', 'S0001'),
      variables: { id: AN },
    });
    expect(support.body.data?.['customer']).toEqual({
      contactChanges: [
        {
          id: events[0]?.id,
          status: 'PENDING_BROKER',
          changedFields: ['POSTAL_ADDRESS'],
          brokerIds: ['B00001', 'B00002'],
          requestedAt: expect.any(String),
          appliedAt: expect.any(String),
        },
      ],
    });
    const broker = await system.query(pending, {
      token: await system.token('broker', 'B00001'),
      variables: { id: AN },
    });
    expect(codeOf(broker)).toBe('FORBIDDEN');
    expect(broker.body.data?.['customer']).toEqual({ contactChanges: null });
  });

  it('refuses bad input with the field at fault, and callers other than the customer, changing nothing', async () => {
    const token = await tokenOf(AN);
    const applied = await appliedChanges(system, AN);
    const events = (await eventsOf(db, AN)).length;
    const address = (patch: Record<string, unknown>) => ({ details: { postalAddress: { ...NEW_ADDRESS, ...patch } } });
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ details: {} }, 'details'],
      [{ details: { email: 'not an address' } }, 'email'],
      [{ details: { mobile: '02 406 87 09' } }, 'mobile'],
      [{ details: { mobile: '+31 6 12345678' } }, 'mobile'],
      [address({ postalCode: '0999' }), 'postalAddress.postalCode'],
      [address({ postalCode: '10000' }), 'postalAddress.postalCode'],
      [address({ country: 'NL' }), 'postalAddress.country'],
      [address({ street: ' ' }), 'postalAddress.street'],
      [address({ street: 'x'.repeat(101) }), 'postalAddress.street'],
      [address({ houseNumber: 'A12' }), 'postalAddress.houseNumber'],
      [address({ municipality: 'Gent\u0000' }), 'postalAddress.municipality'],
      [address({ box: '12345678901' }), 'postalAddress.box'],
      [
        { details: { email: 'an.new@example.be', postalAddress: { ...NEW_ADDRESS, postalCode: 'abcd' } } },
        'postalAddress.postalCode',
      ],
    ];
    for (const [input, field] of cases)
      expect([field, await answer(system, CONTACT.change, { input }, token)]).toEqual([
        field,
        expect.objectContaining({ __typename: 'InvalidInput', code: 'INVALID_INPUT', field }),
      ]);
    const valid = { input: { details: { postalAddress: NEW_ADDRESS } } };
    expect(codeOf(await system.query(CONTACT.change, { variables: valid }))).toBe('UNAUTHENTICATED');
    for (const [role, id] of [
      ['broker', 'B00001'],
      ['support', 'S0001'],
    ] as const) {
      const refused = await system.query(CONTACT.change, { token: await system.token(role, id), variables: valid });
      expect([role, codeOf(refused), refused.body.data?.['changeContactDetails'] ?? null]).toEqual([
        role,
        'FORBIDDEN',
        null,
      ]);
    }
    expect(await appliedChanges(system, AN)).toBe(applied);
    expect((await eventsOf(db, AN)).length).toBe(events);
  });

  it('keeps a change made while the customer master is down, answers APPLYING, and applies it once when the master is back', async () => {
    const token = await registeredWithEid(system, MARC);
    // His contracts are in the cache from an earlier read: they name the offices the event is for while the master is down.
    const offices = await system.query('{ me { brokers { id } } }', { token });
    expect(offices.body.data?.['me']).toEqual({ brokers: [{ id: 'B00001' }] });
    // The code is sent while the master is up; checking it needs only identity.
    const input = await confirmedChange(system, MARC, { postalAddress: NEW_ADDRESS }, token);
    system.backends.customerMaster.setBehaviour({ maintenance: true });
    let changed;
    try {
      changed = await answer(system, CONTACT.change, { input }, token, {
        'accept-language': 'en',
      });
      expect(changed).toMatchObject({
        __typename: 'ContactDetailsChanged',
        status: 'APPLYING',
        message: expect.stringMatching(/received your change/),
      });
      expect(await eventsOf(db, MARC)).toEqual([
        expect.objectContaining({
          state: 'applying',
          broker_ids: ['B00001'],
          master_change: expect.objectContaining({ ADDR: expect.objectContaining({ POSTCD: '9000' }) }),
        }),
      ]);
      expect(await appliedChanges(system, MARC)).toBe(0);
    } finally {
      system.backends.customerMaster.setBehaviour({ maintenance: false });
    }
    await eventually(async () =>
      expect(await eventsOf(db, MARC)).toEqual([
        expect.objectContaining({ state: 'pending-broker', master_change: null }),
      ]),
    );
    expect(await appliedChanges(system, MARC)).toBe(1);
    const marc = await system.query('query ($id: ID!) { customer(id: $id) { contact { postalAddress { street } } } }', {
      token,
      variables: { id: MARC },
    });
    expect(marc.body.data?.['customer']).toEqual({ contact: { postalAddress: { street: NEW_ADDRESS.street } } });
  });

  it('needs a fresh code by SMS, bound to the change, to change the e-mail address; the change ends every session and the new address signs in', async () => {
    const an = person(system, AN);
    expect(await registerWithLetter(system, AN, 'L000000010', 'an@example.be', PASSWORD)).toMatchObject({
      __typename: 'Registered',
    });
    const session = await signInWithSms(system, AN, 'an@example.be', PASSWORD);
    const token = session.accessToken;
    const applied = await appliedChanges(system, AN);
    const details = { email: 'an.peeters@nieuw.example' };

    expect(await answer(system, CONTACT.change, { input: { details } }, token)).toMatchObject({
      __typename: 'OneTimeCodeRequired',
      code: 'ONE_TIME_CODE_REQUIRED',
    });

    const sent = await answer(system, CONTACT.requestCode, { input: details }, token);
    expect(sent).toMatchObject({
      __typename: 'OneTimeCodeSent',
      maskedMobileNumber: `+32 4** ** ** ${an.mobile.slice(-2)}`,
    });
    const sms = (await textMessages(system, an.mobile)).at(-1);
    expect(sms?.text).toMatch(/^Uw code om uw contactgegevens te wijzigen: \d{6}\./);
    const code = await latestSmsCode(system, an.mobile);
    const confirmation = (value: string) => ({ challengeId: sent['challengeId'], code: value });

    // A code for one e-mail address does not confirm another.
    expect(
      await answer(
        system,
        CONTACT.change,
        { input: { details: { email: 'someone.else@example.be' }, confirmation: confirmation(code) } },
        token,
      ),
    ).toMatchObject({ __typename: 'CodeRejected', code: 'ONE_TIME_CODE_EXPIRED', attemptsLeft: null });
    const wrong = String((Number(code) + 1) % 1_000_000).padStart(6, '0');
    expect(
      await answer(system, CONTACT.change, { input: { details, confirmation: confirmation(wrong) } }, token),
    ).toMatchObject({ __typename: 'CodeRejected', code: 'ONE_TIME_CODE_INVALID', attemptsLeft: 4 });
    // Another customer cannot use An's code.
    expect(
      await answer(
        system,
        CONTACT.change,
        { input: { details, confirmation: confirmation(code) } },
        await tokenOf(LUC),
      ),
    ).toMatchObject({ __typename: 'CodeRejected', code: 'ONE_TIME_CODE_EXPIRED' });
    expect(await appliedChanges(system, AN)).toBe(applied);

    const changed = await answer(
      system,
      CONTACT.change,
      { input: { details, confirmation: confirmation(code) } },
      token,
    );
    expect(changed).toMatchObject({
      __typename: 'ContactDetailsChanged',
      status: 'APPLIED',
      changedFields: ['EMAIL'],
      signedOutEverywhere: true,
      customer: { contact: { email: details.email } },
    });
    // Signed out everywhere: the access token the change was made with is refused at once.
    expect(
      codeOf(
        await system.query(CONTACT.change, {
          variables: { input: { details, confirmation: confirmation(code) } },
          token,
        }),
      ),
    ).toBe('UNAUTHENTICATED');
    expect(await appliedChanges(system, AN)).toBe(applied + 1);

    expect(await mutate(system, 'refreshSession', { refreshToken: session.refreshToken })).toMatchObject({
      __typename: 'RefreshTokenRejected',
      code: 'REFRESH_TOKEN_INVALID',
    });
    expect(await mutate(system, 'signIn', { email: 'an@example.be', password: PASSWORD })).toMatchObject({
      __typename: 'InvalidCredentials',
    });
    const again = await signInWithSms(system, AN, details.email, PASSWORD);
    expect(
      await answer(system, CONTACT.change, { input: { details, confirmation: confirmation(code) } }, again.accessToken),
    ).toMatchObject({ __typename: 'CodeRejected', code: 'ONE_TIME_CODE_EXPIRED' });
    const me = await system.query(
      '{ me { contact { email } registration { status registeredWith signInEmail passwordSignIn lastSignInAt } } }',
      { token: again.accessToken },
    );
    expect(me.body.data?.['me']).toMatchObject({
      contact: { email: details.email },
      registration: {
        status: 'REGISTERED',
        // Her account was made with the eID (for the change of address above); the letter added a password.
        registeredWith: 'EID',
        signInEmail: details.email,
        passwordSignIn: true,
        lastSignInAt: expect.any(String),
      },
    });
    expect((await eventsOf(db, AN)).map((event) => [event.changed_fields, event.state])).toEqual([
      [['POSTAL_ADDRESS'], 'pending-broker'],
      [['EMAIL'], 'pending-broker'],
    ]);
  });

  it('changes the mobile number with a code sent to the number on file; sign-in codes then go to the new number', async () => {
    const luc = person(system, LUC);
    const session = await signInWithSms(system, LUC, 'luc@example.be', PASSWORD);
    const details = { mobile: '0470 99 88 77' };
    const sent = await answer(system, CONTACT.requestCode, { input: details }, session.accessToken);
    expect(sent.__typename).toBe('OneTimeCodeSent');
    expect(await textMessages(system, '+32470998877')).toEqual([]);
    const code = await latestSmsCode(system, luc.mobile);
    const changed = await answer(
      system,
      CONTACT.change,
      { input: { details, confirmation: { challengeId: sent['challengeId'], code } } },
      session.accessToken,
    );
    expect(changed).toMatchObject({
      status: 'APPLIED',
      changedFields: ['MOBILE'],
      signedOutEverywhere: true,
      customer: { contact: { mobile: '+32470998877' } },
    });
    expect(await mutate(system, 'refreshSession', { refreshToken: session.refreshToken })).toMatchObject({
      code: 'REFRESH_TOKEN_INVALID',
    });

    const challenge = await mutate(system, 'signIn', { email: 'luc@example.be', password: PASSWORD });
    expect(challenge).toMatchObject({ __typename: 'OneTimeCodeSent', maskedMobileNumber: '+32 4** ** ** 77' });
    const verified = await mutate(system, 'verifyOneTimeCode', {
      challengeId: challenge['challengeId'],
      code: await latestSmsCode(system, '+32470998877'),
    });
    expect(verified).toMatchObject({ __typename: 'Session', customerId: LUC });
  });

  it('logs none of the personal data it handled: new and old contact details, register numbers, codes and tokens', async () => {
    expect(logLines.length).toBeGreaterThan(100);
    expect(logLines.some((line) => line.includes('contact change recorded'))).toBe(true);
    const an = system.universe.person(0);
    const luc = system.universe.person(1);
    const secrets = [
      'an.peeters@nieuw.example',
      '+32470998877',
      '0470 99 88 77',
      NEW_ADDRESS.street,
      an.email,
      an.mobile,
      an.nationalRegisterNumber,
      luc.mobile,
      an.address.street,
      'luc@example.be',
      PASSWORD,
    ];
    const text = logLines.join('\n');
    expect(secrets.filter((secret) => text.includes(secret))).toEqual([]);
    expect(text).not.toMatch(/eyJ[\w-]+\.[\w-]+\./);
  });
});
