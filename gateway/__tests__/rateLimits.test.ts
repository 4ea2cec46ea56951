import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { Socket } from 'node:net';
import { sendJson } from '../../platform/http';
import { SUPERGRAPH_FILE } from '../../scripts/supergraph';
import { deleteKeys, keysUnder, startSystem, TEST_REDIS_URL, type RunningSystem } from '../../test-support/system';
import { loadGatewayConfig, readSupergraph } from '../config';
import {
  clientAddress,
  DEFAULT_RATE_LIMIT_POLICY,
  strictRuleFor,
  targetsIn,
  type RateLimitPolicy,
} from '../rateLimits';
import { securityOptionsFromConfig } from '../securityOptions';
import { customerToken, deadPort, startTestGateway, type TestGateway } from './support';

/** Generous: these tests count on Redis answering, and a loaded CI machine can miss a few hundred ms. */
const REDIS_COMMAND_TIMEOUT_MS = 2_000;
const WINDOW_SECONDS = 3_600;

describe('the rate-limit policy', () => {
  it('puts the sign-in, registration, code and SMS mutations under strict rules', () => {
    const rule = (field: string) => strictRuleFor(DEFAULT_RATE_LIMIT_POLICY, field)?.name;
    expect(
      [
        'signIn',
        'signInWithPassword',
        'register',
        'registerWithItsme',
        'activateAccount',
        'confirmSmsCode',
        'verifyOneTimeCode',
      ].map(rule),
    ).toEqual(Array(7).fill('credentials'));
    expect(
      ['requestActivationCode', 'requestSmsCode', 'requestPasswordReset', 'resendActivationCode', 'sendSmsCode'].map(
        rule,
      ),
    ).toEqual(Array(5).fill('codes'));
    expect(['resetPassword', 'registerWithIdentityProvider', 'signInWithIdentityProvider'].map(rule)).toEqual(
      Array(3).fill('credentials'),
    );
    expect(['me', 'customer', 'updateContactDetails', 'refreshSession', 'signOut'].map(rule)).toEqual(
      Array(5).fill(undefined),
    );
  });

  it('finds the target account anywhere in the arguments, normalised', () => {
    const names = new Set(['email', 'contractnumber']);
    expect([
      ...targetsIn(
        { input: { email: ' An.Peeters@Klant.example ', contractNumber: 'L 000.000-012' }, other: 'x' },
        names,
      ),
    ]).toEqual(['an.peeters@klant.example', 'l000000012']);
  });

  it('trusts X-Forwarded-For only as far as the configured proxies', () => {
    const request = (forwarded?: string): IncomingMessage => {
      const socket = new Socket();
      Object.defineProperty(socket, 'remoteAddress', { value: '10.0.0.9' });
      return { socket, headers: forwarded ? { 'x-forwarded-for': forwarded } : {} } as unknown as IncomingMessage;
    };
    expect(clientAddress(request('1.2.3.4'), 0)).toBe('10.0.0.9');
    expect(clientAddress(request('1.2.3.4, 203.0.113.7'), 1)).toBe('203.0.113.7');
    expect(clientAddress(request('1.2.3.4, 203.0.113.7, 10.0.0.2'), 2)).toBe('203.0.113.7');
    expect(clientAddress(request(), 1)).toBe('10.0.0.9');
  });
});

describe('rate limits at the gateway', () => {
  const prefix = `test-rl-${randomUUID().slice(0, 8)}`;
  // Windows of an hour: the counts are fixed windows, and a test that straddled the end of a minute
  // (a few seconds' chance in sixty on a loaded machine) would start counting again.
  const policy: RateLimitPolicy = {
    general: { points: 5, durationSeconds: WINDOW_SECONDS },
    // `customer(id:)` stands in for the identity mutations here: the mechanism is the same.
    strictRules: [
      {
        name: 'lookup',
        fields: ['customer'],
        perCaller: { points: 3, durationSeconds: WINDOW_SECONDS },
        perTarget: { points: 2, durationSeconds: WINDOW_SECONDS },
      },
    ],
    targetArguments: ['id'],
  };
  let system: RunningSystem;
  const gateways: TestGateway[] = [];

  beforeAll(async () => {
    system = await startSystem({
      cache: 'memory',
      gateway: {
        rateLimiting: { policy, prefix, redis: { url: TEST_REDIS_URL, commandTimeoutMs: REDIS_COMMAND_TIMEOUT_MS } },
      },
    });
  });
  afterAll(async () => {
    for (const gateway of gateways) await gateway.stop();
    await system.stop();
    await deleteKeys(prefix);
  });

  const lookup = (token: string, id: string) =>
    system.query('query ($id: ID!) { customer(id: $id) { id } }', { token, variables: { id } });

  it('limits each token in general, with a 429, a Retry-After header and extensions.retryAfterSeconds', async () => {
    const token = await system.token('customer', 'P00000011');
    for (let i = 0; i < 5; i++) expect((await system.query('{ me { id } }', { token })).status).toBe(200);
    system.resetCounters();
    const refused = await system.query('{ me { id } }', { token });
    expect(refused.status).toBe(429);
    expect(refused.body.errors?.[0]?.extensions).toMatchObject({
      code: 'RATE_LIMITED',
      retryAfterSeconds: expect.any(Number),
    });
    const retryAfter = Number(refused.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(WINDOW_SECONDS);
    expect(refused.body.errors?.[0]?.extensions?.['retryAfterSeconds']).toBe(retryAfter);
    expect(Object.values(system.backends).every((backend) => backend.counters.snapshot().total === 0)).toBe(true);
    // Another caller is not affected.
    expect((await system.query('{ me { id } }', { token: await system.token('customer', 'P00000013') })).status).toBe(
      200,
    );
  });

  it('limits attempts on one target account whoever makes them', async () => {
    const target = 'P00000021';
    expect((await lookup(await system.token('customer', 'P00000031'), target)).status).toBe(200);
    expect((await lookup(await system.token('customer', 'P00000033'), ` ${target.toLowerCase()} `)).status).toBe(200);
    const refused = await lookup(await system.token('customer', 'P00000035'), target);
    expect(refused.status).toBe(429);
    expect(refused.body.errors?.[0]?.extensions?.['code']).toBe('RATE_LIMITED');
  });

  it('limits one caller across target accounts, counting every aliased attempt', async () => {
    const token = await system.token('customer', 'P00000041');
    const aliased = await system.query(
      '{ a: customer(id: "X1") { id } b: customer(id: "X2") { id } c: customer(id: "X3") { id } d: customer(id: "X4") { id } }',
      { token },
    );
    expect(aliased.status).toBe(429);
    expect(aliased.body.errors?.[0]?.extensions?.['code']).toBe('RATE_LIMITED');
  });

  it('counts anonymous callers and callers with a bad token by client address', async () => {
    const gateway = await startTestGateway(readSupergraph(SUPERGRAPH_FILE), {
      rateLimiting: {
        policy,
        prefix,
        trustedProxyHops: 1,
        redis: { url: TEST_REDIS_URL, commandTimeoutMs: REDIS_COMMAND_TIMEOUT_MS },
      },
    });
    gateways.push(gateway);
    const from = (address: string, headers: Record<string, string> = {}) =>
      gateway.post({ query: '{ __typename }' }, { 'x-forwarded-for': address, ...headers });
    for (let i = 0; i < 4; i++) expect((await from('203.0.113.7')).status).toBe(200);
    expect((await from('203.0.113.7', { authorization: 'Bearer a.b.c' })).status).toBe(401);
    expect((await from('203.0.113.7')).status).toBe(429);
    // A client cannot escape by prepending its own X-Forwarded-For entry.
    expect((await from('198.51.100.1, 203.0.113.7')).status).toBe(429);
    expect((await from('203.0.113.8')).status).toBe(200);
  });

  it('holds across gateway replicas sharing Redis', async () => {
    const replica = () =>
      startTestGateway(readSupergraph(SUPERGRAPH_FILE), {
        rateLimiting: { policy, prefix, redis: { url: TEST_REDIS_URL, commandTimeoutMs: REDIS_COMMAND_TIMEOUT_MS } },
      });
    const [a, b] = [await replica(), await replica()];
    gateways.push(a, b);
    const subject = `P9${randomUUID().replace(/\D/g, '').slice(0, 7)}`;
    for (let i = 0; i < 3; i++)
      expect(
        (await a.post({ query: '{ __typename }' }, { authorization: `Bearer ${await customerToken(a.key, subject)}` }))
          .status,
      ).toBe(200);
    for (let i = 0; i < 2; i++)
      expect(
        (await b.post({ query: '{ __typename }' }, { authorization: `Bearer ${await customerToken(b.key, subject)}` }))
          .status,
      ).toBe(200);
    expect(
      (await b.post({ query: '{ __typename }' }, { authorization: `Bearer ${await customerToken(b.key, subject)}` }))
        .status,
    ).toBe(429);
  });

  it('limits the public routes beside /graphql (the OAuth token endpoint) per client address', async () => {
    const gateway = await startTestGateway(readSupergraph(SUPERGRAPH_FILE), {
      rateLimiting: {
        policy: { ...policy, publicRoutes: { points: 2, durationSeconds: WINDOW_SECONDS } },
        prefix: `${prefix}-routes`,
      },
      routes: [
        { method: 'POST', path: '/oauth/token', handler: ({ res }) => sendJson(res, 200, { token_type: 'Bearer' }) },
      ],
    });
    gateways.push(gateway);
    const token = () => fetch(gateway.url.replace('/graphql', '/oauth/token'), { method: 'POST' });
    expect((await token()).status).toBe(200);
    expect((await token()).status).toBe(200);
    const refused = await token();
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(await refused.json()).toMatchObject({ error: { code: 'RATE_LIMITED' } });
  });

  it('falls back to per-process limits when Redis is unreachable', async () => {
    const gateway = await startTestGateway(readSupergraph(SUPERGRAPH_FILE), {
      rateLimiting: {
        policy,
        prefix,
        redis: { url: `redis://127.0.0.1:${await deadPort()}`, commandTimeoutMs: 100 },
        // Nothing listens there: the start need not wait the production 2 s for it.
        redisConnectWaitMs: 100,
      },
    });
    gateways.push(gateway);
    const token = await customerToken(gateway.key, 'P00000051');
    const statuses = [];
    for (let i = 0; i < 6; i++)
      statuses.push((await gateway.post({ query: '{ __typename }' }, { authorization: `Bearer ${token}` })).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
  });
});

describe.each([{ production: false }, { production: true }])(
  'two deployments on one Redis (production: $production)',
  ({ production }) => {
    const run = randomUUID().slice(0, 8);
    const prefixes = { a: `test-dep-a-${run}`, b: `test-dep-b-${run}` };
    const deployments: Partial<Record<'a' | 'b', TestGateway>> = {};

    beforeAll(async () => {
      for (const name of ['a', 'b'] as const) {
        // As index.ts builds it: from the deployment's environment.
        const config = loadGatewayConfig({
          CACHE_PREFIX: prefixes[name],
          REDIS_URL: TEST_REDIS_URL,
          RATE_LIMIT_PER_MINUTE: '2',
        });
        deployments[name] = await startTestGateway(readSupergraph(SUPERGRAPH_FILE), {
          ...securityOptionsFromConfig(config),
          production,
        });
      }
    });
    afterAll(async () => {
      for (const gateway of Object.values(deployments)) await gateway.stop();
      for (const prefix of Object.values(prefixes)) await deleteKeys(prefix);
    });

    it("counts each deployment's callers under its own CACHE_PREFIX, never the other's", async () => {
      const { a, b } = deployments as Record<'a' | 'b', TestGateway>;
      const subject = `P8${randomUUID().replace(/\D/g, '').slice(0, 7)}`;
      const ask = async (gateway: TestGateway) =>
        (
          await gateway.post(
            { query: '{ __typename }' },
            { authorization: `Bearer ${await customerToken(gateway.key, subject)}` },
          )
        ).status;
      expect([await ask(a), await ask(a), await ask(a)]).toEqual([200, 200, 429]);
      // The same subject at the other deployment still has its whole quota.
      expect([await ask(b), await ask(b), await ask(b)]).toEqual([200, 200, 429]);

      const counter = (prefix: string) => new RegExp(`^${prefix}:rl2:general:[A-Za-z0-9_-]{32}:\\d+$`);
      expect(await keysUnder(prefixes.a)).toEqual([expect.stringMatching(counter(prefixes.a))]);
      expect(await keysUnder(prefixes.b)).toEqual([expect.stringMatching(counter(prefixes.b))]);
    });
  },
);
