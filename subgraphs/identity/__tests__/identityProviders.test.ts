import { Client } from 'pg';
import { decodeJwt } from 'jose';
import { startSystem, type RunningSystem } from '../../../test-support/system';
import {
  authorizationCode,
  mutate,
  registerWithLetter,
  signInWithSms,
  type Result,
  IDENTITY_TEST_GATEWAY,
} from './identityClient';

/** itsme and the Belgian eID as ways in (docs/requirements.md §1.1), and the failures of §1.3. */
describe('itsme and eID, through the gateway', () => {
  let system: RunningSystem;
  let db: Client;

  beforeAll(async () => {
    system = await startSystem({ gateway: IDENTITY_TEST_GATEWAY });
    db = new Client({ connectionString: system.databaseUrl });
    await db.connect();
  });
  afterAll(async () => {
    await db.end();
    await system.stop();
  });

  const accountsOf = async (
    customerId: string,
  ): Promise<Array<{ registered_via: string; digital_documents_consent_at: Date; email: string | null }>> =>
    (
      await db.query(
        'SELECT registered_via, digital_documents_consent_at, email FROM identity.accounts WHERE customer_id = $1',
        [customerId],
      )
    ).rows;

  it('registers with itsme only with consent (the authorization code is not spent without it), then signs in', async () => {
    const code = await authorizationCode(system, 'itsme', 'P00000001');
    expect(
      await mutate(system, 'registerWithIdentityProvider', {
        provider: 'ITSME',
        authorizationCode: code,
        consentToDigitalDocuments: false,
      }),
    ).toMatchObject({
      __typename: 'ConsentRequired',
      code: 'CONSENT_REQUIRED',
    });
    expect(await accountsOf('P00000001')).toHaveLength(0);

    const registered = await mutate(system, 'registerWithIdentityProvider', {
      provider: 'ITSME',
      authorizationCode: code,
      consentToDigitalDocuments: true,
    });
    expect(registered).toMatchObject({ __typename: 'Session', customerId: 'P00000001' });
    expect(decodeJwt(String(registered['accessToken']))).toMatchObject({
      sub: 'P00000001',
      role: 'customer',
      amr: ['itsme', 'mfa'],
      iss: 'test-identity',
      aud: 'test-graph',
    });
    const [account] = await accountsOf('P00000001');
    expect(account).toMatchObject({ registered_via: 'ITSME', email: null });

    const me = await system.query('{ me { id firstName } }', { token: String(registered['accessToken']) });
    expect(me.body.data?.['me']).toEqual({ id: 'P00000001', firstName: 'An' });

    const again = await mutate(system, 'signInWithIdentityProvider', {
      provider: 'ITSME',
      authorizationCode: await authorizationCode(system, 'itsme', 'P00000001'),
    });
    expect(again).toMatchObject({ __typename: 'Session', customerId: 'P00000001' });
    // The same person with the eID: the same account.
    const eid = await mutate(system, 'signInWithIdentityProvider', {
      provider: 'EID',
      authorizationCode: await authorizationCode(system, 'eid', 'P00000001'),
    });
    expect(decodeJwt(String(eid['accessToken']))).toMatchObject({ sub: 'P00000001', amr: ['eid', 'hwk', 'mfa'] });
    expect(await accountsOf('P00000001')).toHaveLength(1);
  });

  it('adds e-mail and password to an itsme account through an activation code, keeping the original consent', async () => {
    const [before] = await accountsOf('P00000001');
    expect(
      await registerWithLetter(system, 'P00000001', 'L000000010', 'an@example.be', 'a long enough passphrase'),
    ).toMatchObject({ __typename: 'Registered', customerId: 'P00000001' });
    const [after] = await accountsOf('P00000001');
    expect(after).toMatchObject({ registered_via: 'ITSME', email: 'an@example.be' });
    expect(after?.digital_documents_consent_at.toISOString()).toBe(before?.digital_documents_consent_at.toISOString());
    expect((await signInWithSms(system, 'P00000001', 'an@example.be', 'a long enough passphrase')).customerId).toBe(
      'P00000001',
    );
  });

  it('signs a customer registered with personal data in with the eID, without a second account', async () => {
    const partyId = 'P00000002';
    const contract = system.universe.heldContractNumbers(1, 'life')[0] ?? '';
    expect(
      (await registerWithLetter(system, partyId, contract, 'luc@example.be', 'a long enough passphrase')).__typename,
    ).toBe('Registered');
    const session = await mutate(system, 'registerWithIdentityProvider', {
      provider: 'EID',
      authorizationCode: await authorizationCode(system, 'eid', partyId),
      consentToDigitalDocuments: true,
    });
    expect(session).toMatchObject({ __typename: 'Session', customerId: partyId });
    expect(await accountsOf(partyId)).toEqual([
      expect.objectContaining({ registered_via: 'PERSONAL_DATA', email: 'luc@example.be' }),
    ]);
  });

  it('tells a person without an account to register first', async () => {
    const answer = await mutate(system, 'signInWithIdentityProvider', {
      provider: 'EID',
      authorizationCode: await authorizationCode(system, 'eid', 'P00000012'),
    });
    expect(answer).toMatchObject({ __typename: 'NotRegistered', code: 'NOT_REGISTERED' });
    expect(await accountsOf('P00000012')).toHaveLength(0);
  });

  it.each([
    [
      'not found (a person the provider knows and the master does not)',
      'unknown',
      'PersonNotFound',
      'PERSON_NOT_FOUND',
    ],
    ['found several times (Jan Janssens)', 'P00000005', 'PersonFoundSeveralTimes', 'PERSON_FOUND_SEVERAL_TIMES'],
    [
      'data do not match (Els Maes: the provider reports another birth date)',
      'P00000007',
      'DataMismatch',
      'DATA_MISMATCH',
    ],
  ])(
    'answers the requirements §1.3 failure %s with its own code, for registration and sign-in alike, creating nothing',
    async (_case, who, typename, code) => {
      const before = Number((await db.query('SELECT count(*)::int AS n FROM identity.accounts')).rows[0].n);
      for (const provider of ['itsme', 'eid'] as const) {
        const registering = await mutate(system, 'registerWithIdentityProvider', {
          provider: provider.toUpperCase(),
          authorizationCode: await authorizationCode(system, provider, who),
          consentToDigitalDocuments: true,
        });
        const signingIn = await mutate(
          system,
          'signInWithIdentityProvider',
          { provider: provider.toUpperCase(), authorizationCode: await authorizationCode(system, provider, who) },
          { 'accept-language': 'en' },
        );
        expect(registering).toMatchObject({ __typename: typename, code });
        expect(signingIn).toMatchObject({
          __typename: typename,
          code,
          message: expect.stringMatching(/contact centre/),
        });
      }
      expect(Number((await db.query('SELECT count(*)::int AS n FROM identity.accounts')).rows[0].n)).toBe(before);
    },
  );

  it('refuses an authorization code used before, or one the provider never issued', async () => {
    const code = await authorizationCode(system, 'itsme', 'P00000001');
    expect(
      (await mutate(system, 'signInWithIdentityProvider', { provider: 'ITSME', authorizationCode: code })).__typename,
    ).toBe('Session');
    const reused: Result = await mutate(
      system,
      'signInWithIdentityProvider',
      { provider: 'ITSME', authorizationCode: code },
      { 'accept-language': 'en' },
    );
    expect(reused).toEqual({
      __typename: 'ProviderSignInFailed',
      code: 'PROVIDER_SIGN_IN_FAILED',
      message: 'Signing in with itsme did not succeed. Please start again.',
    });
    expect(
      await mutate(system, 'signInWithIdentityProvider', { provider: 'EID', authorizationCode: 'made-up' }),
    ).toMatchObject({ code: 'PROVIDER_SIGN_IN_FAILED' });
    // An itsme code is not an eID code.
    expect(
      await mutate(system, 'signInWithIdentityProvider', {
        provider: 'EID',
        authorizationCode: await authorizationCode(system, 'itsme', 'P00000001'),
      }),
    ).toMatchObject({ code: 'PROVIDER_SIGN_IN_FAILED' });
    expect(
      await mutate(system, 'signInWithIdentityProvider', { provider: 'EID', authorizationCode: 'x'.repeat(513) }),
    ).toMatchObject({ code: 'PROVIDER_SIGN_IN_FAILED' });
  });
});
