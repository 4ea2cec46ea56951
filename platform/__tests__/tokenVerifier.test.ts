import { exportJWK, generateKeyPair } from 'jose';
import { loadSigningKey, SIGNING_ALGORITHM, type SigningKey } from '../auth/signingKey';
import { revocationListFromConfig } from '../auth/config';
import { LocalRevocationList } from '../auth/revocations';
import { createLogger } from '../logger';
import { AuthenticationError, createTokenVerifier, signAccessToken } from '../auth/tokens';

const audience = { issuer: 'test-issuer', audience: 'test-audience' };

async function key(kid: string): Promise<SigningKey> {
  const { privateKey } = await generateKeyPair(SIGNING_ALGORITHM, { extractable: true });
  return loadSigningKey({ production: true, privateJwk: JSON.stringify({ ...(await exportJWK(privateKey)), kid }) });
}

describe('token verifier', () => {
  // exp is whole seconds after iat (rounded down), so a 3 s token is valid for 2-3 s; the test moves
  // the verifier's clock past that instead of waiting.
  it('reuses a verified token only until it expires', async () => {
    const signing = await key('k1');
    let now = 0;
    const verifier = createTokenVerifier({
      jwks: signing.publicJwks,
      ...audience,
      clockToleranceSeconds: 0,
      clock: () => now,
    });
    const token = await signAccessToken(signing, audience, {
      subject: 'P00000001',
      claims: { role: 'customer' },
      ttlSeconds: 3,
    });
    now = Date.now();
    const header = `Bearer ${token}`;
    await expect(verifier.viewerFromAuthorization(header)).resolves.toMatchObject({
      role: 'customer',
      customerId: 'P00000001',
    });
    await expect(verifier.viewerFromAuthorization(header)).resolves.toMatchObject({ role: 'customer' });
    now += 1_000;
    await expect(verifier.viewerFromAuthorization(header)).resolves.toMatchObject({ role: 'customer' });
    now += 2_600;
    await expect(verifier.viewerFromAuthorization(header)).rejects.toThrow(AuthenticationError);
    await expect(verifier.viewerFromAuthorization(header)).rejects.toThrow('The access token has expired.');
  });

  it('never remembers a failure, nor accepts a token because a similar one verified', async () => {
    const signing = await key('k1');
    const other = await key('k1');
    const verifier = createTokenVerifier({ jwks: signing.publicJwks, ...audience });
    const good = await signAccessToken(signing, audience, {
      subject: 'P00000001',
      claims: { role: 'customer' },
      ttlSeconds: 60,
    });
    const forged = await signAccessToken(other, audience, {
      subject: 'P00000001',
      claims: { role: 'customer' },
      ttlSeconds: 60,
    });
    await expect(verifier.viewerFromAuthorization(`Bearer ${good}`)).resolves.toMatchObject({
      customerId: 'P00000001',
    });
    await expect(verifier.viewerFromAuthorization(`Bearer ${forged}`)).rejects.toThrow(AuthenticationError);
    await expect(verifier.viewerFromAuthorization(`Bearer ${good}`)).resolves.toMatchObject({
      customerId: 'P00000001',
    });
  });

  it('refuses every token of a revoked session at once, one it verified before too, and leaves other tokens alone', async () => {
    const signing = await key('k1');
    const revocations = new LocalRevocationList();
    const verifier = createTokenVerifier({ jwks: signing.publicJwks, ...audience, revocations });
    const ofSession = (sid: string): Promise<string> =>
      signAccessToken(signing, audience, { subject: 'P00000001', claims: { role: 'customer', sid }, ttlSeconds: 300 });
    const ended = `Bearer ${await ofSession('9b2f7c1e-0d3a-4c5b-8e6f-1a2b3c4d5e6f')}`;
    const goesOn = `Bearer ${await ofSession('0c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f')}`;
    const withoutSession = `Bearer ${await signAccessToken(signing, audience, {
      subject: 'broker-user-B001',
      claims: { role: 'broker', broker: 'B001' },
      ttlSeconds: 300,
    })}`;
    await expect(verifier.viewerFromAuthorization(ended)).resolves.toMatchObject({ customerId: 'P00000001' });

    await revocations.revoke(['9b2f7c1e-0d3a-4c5b-8e6f-1a2b3c4d5e6f'], 360);

    await expect(verifier.viewerFromAuthorization(ended)).rejects.toThrow(
      new AuthenticationError('The access token has been revoked: its session ended.'),
    );
    await expect(verifier.viewerFromAuthorization(goesOn)).resolves.toMatchObject({ customerId: 'P00000001' });
    await expect(verifier.viewerFromAuthorization(withoutSession)).resolves.toMatchObject({ brokerId: 'B001' });
  });
});

describe('the revocation list of a deployment without Redis', () => {
  const config = {
    REDIS_COMMAND_TIMEOUT_MS: 150,
    CACHE_PREFIX: 'cg1',
    REVOCATION_UNSYNCED_TOKEN_AGE_SECONDS: 30,
  };
  const log = createLogger({ component: 'test', level: 'silent' });
  const session = '9b2f7c1e-0d3a-4c5b-8e6f-1a2b3c4d5e6f';
  const secondsAgo = (seconds: number): number => Math.floor(Date.now() / 1000) - seconds;

  it('in production, where no process learns another’s sign-outs, accepts a session’s token only within 30 s of its issue', async () => {
    const list = revocationListFromConfig({ ...config, NODE_ENV: 'production' }, log);
    expect(list.refusal(session, secondsAgo(5))).toBeUndefined();
    expect(list.refusal(session, secondsAgo(40))).toBe('too-old-while-unsynced');
    await list.revoke([session], 360);
    expect(list.refusal(session, secondsAgo(5))).toBe('revoked');
    await list.close();
  });

  it('outside production (one machine, a trial), bounds nothing but what this process revoked', async () => {
    const list = revocationListFromConfig({ ...config, NODE_ENV: 'development' }, log);
    expect(list.refusal(session, secondsAgo(200))).toBeUndefined();
    await list.revoke([session], 360);
    expect(list.refusal(session, secondsAgo(200))).toBe('revoked');
    await list.close();
  });
});
