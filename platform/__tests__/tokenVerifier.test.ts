import { exportJWK, generateKeyPair } from 'jose';
import { loadSigningKey, SIGNING_ALGORITHM, type SigningKey } from '../auth/signingKey';
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
});
