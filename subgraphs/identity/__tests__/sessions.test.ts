import { createLocalJWKSet, decodeJwt, jwtVerify, type JSONWebKeySet } from 'jose';
import { startSystem, type RunningSystem } from '../../../test-support/system';
import { eventually } from '../../../test-support/eventually';
import { setPasswordHashCost } from '../credentials/passwords';
import {
  latestLetterCode,
  letters,
  mutate,
  registerWithLetter,
  signInWithSms,
  type Result,
  type SessionResult,
  IDENTITY_TEST_GATEWAY,
} from './identityClient';

const PASSWORD = 'correct horse battery staple';
const MAX_ATTEMPTS = 3;
/**
 * Four times TEST_PASSWORD_HASH_COST: a password check still takes tens of milliseconds, well
 * above a request's own cost, so the timing of an unknown address against a wrong password
 * tells whether both ran one (production's takes a quarter second).
 */
const PASSWORD_HASH_COST = { logN: 14, r: 8, p: 1 };

/** Sessions (refresh, rotation, reuse, sign-out), the public token endpoint and JWKS, restarts, and forgotten passwords. */
describe('sessions and passwords, through the gateway', () => {
  let system: RunningSystem;
  let origin: string;

  beforeAll(async () => {
    setPasswordHashCost(PASSWORD_HASH_COST);
    system = await startSystem({
      identitySettings: { maxFailedAttempts: MAX_ATTEMPTS, lockoutSeconds: 60 },
      gateway: IDENTITY_TEST_GATEWAY,
    });
    origin = new URL(system.gatewayUrl).origin;
    expect((await registerWithLetter(system, 'P00000001', 'L000000010', 'an@example.be', PASSWORD)).__typename).toBe(
      'Registered',
    );
  });
  afterAll(async () => {
    await system.stop();
  });

  const refresh = (refreshToken: string): Promise<Result> => mutate(system, 'refreshSession', { refreshToken });
  const tokenEndpoint = (body: string, contentType = 'application/x-www-form-urlencoded'): Promise<Response> =>
    fetch(`${origin}/oauth/token`, { method: 'POST', headers: { 'content-type': contentType }, body });

  it('serves the JWKS at the gateway origin; access tokens verify against it and are short-lived', async () => {
    const session = await signInWithSms(system, 'P00000001', 'an@example.be', PASSWORD);
    const response = await fetch(`${origin}/.well-known/jwks.json`);
    expect(response.status).toBe(200);
    const jwks = (await response.json()) as JSONWebKeySet;
    expect(jwks.keys.map((key) => key.kid)).toEqual([system.signingKey.kid]);
    expect(JSON.stringify(jwks)).not.toMatch(/"d":/);
    const { payload, protectedHeader } = await jwtVerify(session.accessToken, createLocalJWKSet(jwks), {
      issuer: 'test-identity',
      audience: 'test-graph',
    });
    expect(protectedHeader).toMatchObject({ alg: 'ES256', kid: system.signingKey.kid });
    expect(payload).toMatchObject({
      sub: 'P00000001',
      role: 'customer',
      amr: ['pwd', 'sms', 'mfa'],
      sid: expect.any(String),
    });
    expect(Number(payload.exp) - Number(payload.iat)).toBe(300);
  });

  it('rotates refresh tokens; presenting a used one ends the whole session', async () => {
    const session = await signInWithSms(system, 'P00000001', 'an@example.be', PASSWORD);
    const second = (await refresh(session.refreshToken)) as SessionResult;
    expect(second).toMatchObject({ __typename: 'Session', customerId: 'P00000001' });
    expect(second.refreshToken).not.toBe(session.refreshToken);
    expect(decodeJwt(second.accessToken)['sid']).toBe(decodeJwt(session.accessToken)['sid']);
    const third = (await refresh(second.refreshToken)) as SessionResult;
    expect(third.__typename).toBe('Session');

    // The first token comes back (it was copied): the session ends, its newest token with it.
    expect(await refresh(session.refreshToken)).toMatchObject({
      __typename: 'RefreshTokenRejected',
      code: 'REFRESH_TOKEN_REUSED',
    });
    expect(await refresh(third.refreshToken)).toMatchObject({
      __typename: 'RefreshTokenRejected',
      code: 'REFRESH_TOKEN_INVALID',
    });
    // Other sessions of the same account are not affected.
    const other = await signInWithSms(system, 'P00000001', 'an@example.be', PASSWORD);
    expect((await refresh(other.refreshToken)).__typename).toBe('Session');
  });

  it('offers the same rotation to OAuth clients at POST /oauth/token on the gateway origin', async () => {
    const session = await signInWithSms(system, 'P00000001', 'an@example.be', PASSWORD);
    const response = await tokenEndpoint(
      new URLSearchParams({ grant_type: 'refresh_token', refresh_token: session.refreshToken }).toString(),
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const body = (await response.json()) as Record<string, unknown>;
    expect(body).toMatchObject({
      token_type: 'Bearer',
      expires_in: 300,
      access_token: expect.stringMatching(/^eyJ/),
      refresh_token: expect.stringMatching(/^[\w-]{43}$/),
    });
    const me = await system.query('{ me { id } }', { token: String(body['access_token']) });
    expect(me.body.data?.['me']).toEqual({ id: 'P00000001' });

    const reused = await tokenEndpoint(
      new URLSearchParams({ grant_type: 'refresh_token', refresh_token: session.refreshToken }).toString(),
    );
    expect(reused.status).toBe(400);
    expect(await reused.json()).toMatchObject({ error: 'invalid_grant' });
    expect(await (await tokenEndpoint('grant_type=password&username=a&password=b')).json()).toMatchObject({
      error: 'unsupported_grant_type',
    });
    expect(await (await tokenEndpoint('grant_type=refresh_token')).json()).toMatchObject({ error: 'invalid_request' });
    const json = await tokenEndpoint(JSON.stringify({ grant_type: 'refresh_token' }), 'application/json');
    expect(json.status).toBe(400);
    expect(await json.json()).toMatchObject({ error: 'invalid_request' });
  });

  it('exposes nothing else of identity at the gateway', async () => {
    expect((await fetch(`${origin}/oauth/token`)).status).toBe(405);
    for (const path of [
      '/oauth/revoke',
      '/.well-known/openid-configuration',
      '/identity/graphql',
      '/admin/sms/outbox',
    ]) {
      expect([path, (await fetch(`${origin}${path}`, { method: 'POST' })).status]).toEqual([path, 404]);
    }
  });

  it('signs out: the refresh token stops working, and signing out again still answers SignedOut', async () => {
    const session = await signInWithSms(system, 'P00000001', 'an@example.be', PASSWORD);
    expect(await mutate(system, 'signOut', { refreshToken: session.refreshToken })).toEqual({
      __typename: 'SignedOut',
      signedOut: true,
    });
    expect(await refresh(session.refreshToken)).toMatchObject({ code: 'REFRESH_TOKEN_INVALID' });
    expect(await mutate(system, 'signOut', { refreshToken: session.refreshToken })).toEqual({
      __typename: 'SignedOut',
      signedOut: true,
    });
    expect(await mutate(system, 'signOut', { refreshToken: 'not-a-token' })).toEqual({
      __typename: 'SignedOut',
      signedOut: true,
    });
  });

  it('keeps accounts and sessions across a restart of the identity subgraph', async () => {
    expect(
      (
        await registerWithLetter(
          system,
          'P00000002',
          system.universe.heldContractNumbers(1, 'life')[0] ?? '',
          'luc@example.be',
          PASSWORD,
        )
      ).__typename,
    ).toBe('Registered');
    const before = await signInWithSms(system, 'P00000002', 'luc@example.be', PASSWORD);

    await system.restartIdentity();

    const after = await signInWithSms(system, 'P00000002', 'luc@example.be', PASSWORD);
    expect(after.customerId).toBe('P00000002');
    expect((await refresh(before.refreshToken)).__typename).toBe('Session');
  });

  it('answers an unknown e-mail address and a wrong password alike, both after a password check', async () => {
    const checks = async (): Promise<number> => {
      const text = await (await fetch(`${system.stacks[0]?.operatorOrigins.identity}/metrics`)).text();
      return Number(/^identity_password_checks_total(?:\{[^}]*\})? (\d+)/m.exec(text)?.[1] ?? NaN);
    };
    const unknownMs: number[] = [];
    const wrongMs: number[] = [];
    for (let round = 0; round < 2; round++) {
      const start = await checks();
      let started = performance.now();
      const unknown = await mutate(system, 'signIn', { email: 'nobody@example.be', password: 'wrong password here' });
      unknownMs.push(performance.now() - started);
      expect(await checks()).toBe(start + 1);
      started = performance.now();
      const wrong = await mutate(system, 'signIn', {
        email: round === 0 ? 'an@example.be' : 'AN@example.be',
        password: 'wrong password here',
      });
      wrongMs.push(performance.now() - started);
      expect(await checks()).toBe(start + 2);
      expect(unknown).toEqual(wrong);
      expect(unknown).toMatchObject({
        __typename: 'InvalidCredentials',
        code: 'INVALID_CREDENTIALS',
        attemptsLeft: MAX_ATTEMPTS - 1 - round,
      });
    }
    // Both paths run one scrypt check (tens of ms here); a path without it would take a few ms.
    expect(Math.min(...unknownMs)).toBeGreaterThan(Math.min(...wrongMs) / 4);
    // The right password clears the count.
    expect((await signInWithSms(system, 'P00000001', 'an@example.be', PASSWORD)).customerId).toBe('P00000001');
  });

  it('locks password sign-in after too many wrong passwords, for unknown addresses too, and says until when', async () => {
    // The two addresses count apart, so they are locked at the same time.
    const lockOut = async (email: string): Promise<void> => {
      let last: Result | undefined;
      for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++)
        last = await mutate(system, 'signIn', { email, password: 'wrong password here' }, { 'accept-language': 'en' });
      expect(last).toMatchObject({
        __typename: 'LockedOut',
        code: 'LOCKED_OUT',
        message: expect.stringMatching(/Try again in 1 minutes/),
      });
      expect(Date.parse(String(last?.retryAt)) - Date.now()).toBeGreaterThan(50_000);
      expect(
        await mutate(system, 'signIn', { email, password: email === 'an@example.be' ? PASSWORD : 'anything at all' }),
      ).toMatchObject({ __typename: 'LockedOut' });
    };
    await Promise.all(['an@example.be', 'nobody-else@example.be'].map(lockOut));
  });

  it('resets a forgotten password with a code by post, answering the same for unknown addresses, and ends every session', async () => {
    const before = await signInWithSms(system, 'P00000002', 'luc@example.be', PASSWORD);
    const lettersBefore = (await letters(system, 'P00000002')).length;
    const known = await mutate(system, 'requestPasswordReset', { email: 'Luc@Example.be' });
    const unknown = await mutate(system, 'requestPasswordReset', { email: 'nobody@example.be' });
    expect(known).toEqual(unknown);
    expect(known.__typename).toBe('PasswordResetRequested');
    expect(await mutate(system, 'requestPasswordReset', { email: 'nope' })).toMatchObject({
      __typename: 'InvalidInput',
      field: 'email',
    });

    const code = await eventually(async () => {
      expect((await letters(system, 'P00000002')).length).toBe(lettersBefore + 1);
      return latestLetterCode(system, 'P00000002', 'PASSWORD_RESET_CODE');
    });
    const reset = (resetCode: string, email = 'luc@example.be'): Promise<Result> =>
      mutate(system, 'resetPassword', { email, resetCode, newPassword: 'an entirely new passphrase' });
    expect(await reset('AAAA-BBBB-CCCC')).toMatchObject({
      __typename: 'CodeRejected',
      code: 'RESET_CODE_INVALID',
      attemptsLeft: MAX_ATTEMPTS - 1,
    });
    expect(await reset(code, 'nobody@example.be')).toMatchObject({ code: 'RESET_CODE_INVALID' });
    expect(
      await mutate(system, 'resetPassword', { email: 'luc@example.be', resetCode: code, newPassword: 'short' }),
    ).toMatchObject({ __typename: 'InvalidInput', field: 'newPassword' });
    expect(await reset(code)).toMatchObject({ __typename: 'PasswordChanged' });
    expect(await reset(code)).toMatchObject({ code: 'RESET_CODE_EXPIRED' });

    expect(await refresh(before.refreshToken)).toMatchObject({ code: 'REFRESH_TOKEN_INVALID' });
    expect(await mutate(system, 'signIn', { email: 'luc@example.be', password: PASSWORD })).toMatchObject({
      __typename: 'InvalidCredentials',
    });
    expect((await signInWithSms(system, 'P00000002', 'luc@example.be', 'an entirely new passphrase')).customerId).toBe(
      'P00000002',
    );
  });
});
