import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { createLocalJWKSet, jwtVerify } from 'jose';
import { DEV_KEY_FILE, loadSigningKey } from '../../platform/auth/signingKey';
import { projectRoot } from '../../platform/paths';
import { startSystem, TOKEN_AUDIENCE, type RunningSystem } from '../../test-support/system';
import { demoToken } from '../../platform/auth/demoToken';

const run = promisify(execFile);

interface Outcome {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the token command as a developer does (`npm run -s token -- …`), with `env` on top of a clean environment. */
async function tokenCommand(args: string[], env: Record<string, string>): Promise<Outcome> {
  const {
    NODE_ENV: _nodeEnv,
    JWT_PRIVATE_JWK: _jwk,
    JWT_ISSUER: _issuer,
    JWT_AUDIENCE: _audience,
    ...inherited
  } = process.env;
  try {
    const { stdout, stderr } = await run('npm', ['run', '-s', 'token', '--', ...args], {
      cwd: projectRoot,
      env: { ...inherited, ...env },
      timeout: 60_000,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failed.code ?? -1, stdout: failed.stdout ?? '', stderr: failed.stderr ?? '' };
  }
}

const ONE_JWT = /^eyJ[\w-]+\.[\w-]+\.[\w-]+\n$/;
const JWT = /^eyJ[\w-]+\.[\w-]+\.[\w-]+$/;

/**
 * The command itself is run twice (a token, a refusal), each a process of its own as a developer
 * runs it; its other cases call the function it prints the result of, in this process.
 */
describe('npm run -s token', () => {
  let system: RunningSystem;
  let env: Record<string, string>;

  beforeAll(async () => {
    system = await startSystem({ cache: 'memory' });
    env = {
      JWT_PRIVATE_JWK: system.signingJwk,
      JWT_ISSUER: TOKEN_AUDIENCE.issuer,
      JWT_AUDIENCE: TOKEN_AUDIENCE.audience,
    };
  });
  afterAll(async () => {
    await system.stop();
  });

  it('prints only a token for the first demo customer, which the gateway accepts', async () => {
    const { code, stdout, stderr } = await tokenCommand(['customer'], env);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(stdout).toMatch(ONE_JWT);
    const { body } = await system.query('{ me { id firstName lastName } }', { token: stdout.trim() });
    expect(body.data?.['me']).toEqual({ id: 'P00000001', firstName: 'An', lastName: 'Peeters' });
  });

  it('refuses in production, exiting non-zero and printing no token, only the reason', async () => {
    const { code, stdout, stderr } = await tokenCommand(['customer'], { ...env, NODE_ENV: 'production' });
    expect(code).not.toBe(0);
    expect(stdout).toBe('');
    expect(stderr).toBe('npm run token is a development tool and refuses to run with NODE_ENV=production.\n');
  });

  it('gives broker and support tokens, for a given id or the first demo identity', async () => {
    const keys = createLocalJWKSet({ keys: system.signingKey.publicJwks });
    const broker = await demoToken(['broker', 'B00002'], env);
    expect(broker).toMatch(JWT);
    expect((await jwtVerify(broker, keys, TOKEN_AUDIENCE)).payload).toMatchObject({
      role: 'broker',
      broker: 'B00002',
    });
    const support = await demoToken(['support'], env);
    expect((await jwtVerify(support, keys, TOKEN_AUDIENCE)).payload).toMatchObject({
      role: 'support',
      sub: 'staff-demo',
    });
  });

  it('signs with the shared development key when no key is configured', async () => {
    const token = await demoToken(['customer', 'P00000002'], {});
    const devKey = await loadSigningKey({ production: false, devKeyFile: DEV_KEY_FILE });
    const { payload, protectedHeader } = await jwtVerify(token, createLocalJWKSet({ keys: devKey.publicJwks }));
    expect(protectedHeader.kid).toBe(devKey.kid);
    expect(payload).toMatchObject({ sub: 'P00000002', role: 'customer' });
  });

  it.each([
    ['refuses in production', ['customer'], { NODE_ENV: 'production' }, /refuses to run with NODE_ENV=production/],
    ['refuses an unknown role', ['admin'], {}, /^Usage: npm run -s token -- <customer\|broker\|support> \[id\]$/],
    [
      'refuses an id of the wrong shape',
      ['customer', 'B00001'],
      {},
      /^"B00001" is not a customer id \(e\.g\. P00000001\)\.$/,
    ],
  ])('%s, giving no token', async (_case, args, extra, message) => {
    await expect(demoToken(args, { ...env, ...extra })).rejects.toThrow(message);
  });
});
