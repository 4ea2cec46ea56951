import { SignJWT, generateKeyPair, type CryptoKey, type JWTPayload } from 'jose';
import { startSystem, TOKEN_AUDIENCE, type RunningSystem } from '../../test-support/system';

const base64url = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString('base64url');
const now = (): number => Math.floor(Date.now() / 1000);

describe('bearer tokens at the gateway', () => {
  let system: RunningSystem;

  beforeAll(async () => {
    system = await startSystem({ cache: 'memory' });
  });
  afterAll(async () => {
    await system.stop();
  });

  const customerClaims = (): JWTPayload => ({
    role: 'customer',
    sub: 'P00000001',
    iss: TOKEN_AUDIENCE.issuer,
    aud: TOKEN_AUDIENCE.audience,
    iat: now(),
    exp: now() + 300,
  });

  /** Signs with the identity service's real key unless told otherwise. */
  async function sign(claims: JWTPayload, options: { key?: CryptoKey; kid?: string } = {}): Promise<string> {
    return new SignJWT(claims)
      .setProtectedHeader({ alg: 'ES256', kid: options.kid ?? system.signingKey.kid, typ: 'JWT' })
      .sign(options.key ?? system.signingKey.privateKey);
  }

  const backendCalls = (): number =>
    Object.values(system.backends).reduce((sum, backend) => sum + backend.counters.snapshot().total, 0);

  async function expectRefused(authorization: string, message?: RegExp): Promise<void> {
    system.resetCounters();
    const response = await fetch(system.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization },
      body: JSON.stringify({ query: '{ me { id firstName } }' }),
    });
    const body = (await response.json()) as {
      data?: unknown;
      errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
    };
    expect(response.status).toBe(401);
    expect(body.data).toBeUndefined();
    expect(body.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
    if (message) expect(body.errors?.[0]?.message).toMatch(message);
    expect(backendCalls()).toBe(0);
  }

  async function expectAccepted(token: string): Promise<void> {
    const { status, body } = await system.query('{ me { id } }', { token });
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(body.data?.['me']).toEqual({ id: 'P00000001' });
  }

  it('accepts a token signed by the identity key for this issuer and audience', async () => {
    await expectAccepted(await sign(customerClaims()));
  });

  it('tolerates a small clock skew but refuses an expired token', async () => {
    await expectAccepted(await sign({ ...customerClaims(), exp: now() - 10 }));
    await expectRefused(`Bearer ${await sign({ ...customerClaims(), exp: now() - 300 })}`, /expired/);
  });

  it('refuses a token that is not valid yet', async () => {
    await expectRefused(`Bearer ${await sign({ ...customerClaims(), nbf: now() + 600 })}`);
  });

  it('refuses another issuer or another audience', async () => {
    await expectRefused(`Bearer ${await sign({ ...customerClaims(), iss: 'someone-else' })}`);
    await expectRefused(`Bearer ${await sign({ ...customerClaims(), aud: 'another-api' })}`);
  });

  it('refuses "alg: none", with or without a signature', async () => {
    const unsigned = `${base64url({ alg: 'none', typ: 'JWT' })}.${base64url(customerClaims())}`;
    await expectRefused(`Bearer ${unsigned}.`);
    await expectRefused(`Bearer ${unsigned}.c2lnbmF0dXJl`);
  });

  it('refuses a token signed by another key, even under the right key id', async () => {
    const { privateKey } = await generateKeyPair('ES256');
    await expectRefused(`Bearer ${await sign(customerClaims(), { key: privateKey })}`);
    await expectRefused(`Bearer ${await sign(customerClaims(), { key: privateKey, kid: 'unknown-kid' })}`);
  });

  it('refuses an HS256 token keyed with the public key (algorithm confusion)', async () => {
    const publicJwk = system.signingKey.publicJwks[0];
    const secret = new TextEncoder().encode(JSON.stringify(publicJwk));
    const forged = await new SignJWT(customerClaims())
      .setProtectedHeader({ alg: 'HS256', kid: system.signingKey.kid })
      .sign(secret);
    await expectRefused(`Bearer ${forged}`);
  });

  it('refuses a tampered payload', async () => {
    const [header, , signature] = (await sign(customerClaims())).split('.');
    await expectRefused(`Bearer ${header}.${base64url({ ...customerClaims(), sub: 'P00000003' })}.${signature}`);
  });

  it('refuses tokens without a subject, with an unknown role, or a broker token without its office', async () => {
    const { sub: _sub, ...withoutSubject } = customerClaims();
    await expectRefused(`Bearer ${await sign(withoutSubject)}`);
    await expectRefused(`Bearer ${await sign({ ...customerClaims(), role: 'admin' })}`);
    await expectRefused(`Bearer ${await sign({ ...customerClaims(), role: 'broker' })}`);
  });

  it('refuses malformed Authorization headers', async () => {
    await expectRefused('Bearer not-a-jwt');
    await expectRefused('Basic dXNlcjpwYXNz');
    await expectRefused(`Bearer ${await sign(customerClaims())} extra`);
  });
});
