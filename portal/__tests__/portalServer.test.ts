import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createLogger } from '../../platform/logger';
import { PersistedOperationManifest } from '../../gateway/persistedOperations';
import { eventually } from '../../test-support/eventually';
import { startPortal, type RunningPortal } from '../../test-support/portal';
import { startSystem, type RunningSystem } from '../../test-support/system';
import { removeTestTempDir, testTempDir } from '../../test-support/tempDirs';
import { createPortalServer } from '../server/server';

/**
 * The portal server as a browser meets it, over HTTP, in front of a whole system whose gateway
 * runs the safelist: pages and their headers, the CSRF rule, the itsme round trip, refresh and
 * sign-out with the HttpOnly cookie, and the GraphQL proxy. (The pages themselves are tested in a
 * real browser in customerJourney.test.ts.)
 */

const CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' blob:; font-src 'self'; " +
  "connect-src 'self'; manifest-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'; " +
  "object-src 'none'; require-trusted-types-for 'script'";

/** A browser's cookie jar for one origin, enough for these tests. */
class Browser {
  readonly cookies = new Map<string, string>();
  constructor(private readonly origin: string) {}

  remember(response: Response): string[] {
    const set = response.headers.getSetCookie();
    for (const line of set) {
      const [pair = ''] = line.split(';');
      const name = pair.slice(0, pair.indexOf('='));
      const value = decodeURIComponent(pair.slice(pair.indexOf('=') + 1));
      if (/Max-Age=0\b/.test(line)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    return set;
  }

  private cookieHeader(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${encodeURIComponent(value)}`).join('; ');
  }

  async get(pathname: string, headers: Record<string, string> = {}): Promise<Response> {
    const response = await fetch(`${this.origin}${pathname}`, {
      headers: { cookie: this.cookieHeader(), ...headers },
      redirect: 'manual',
    });
    this.remember(response);
    return response;
  }

  /** A POST as the portal's page sends it: same origin, the CSRF cookie echoed in its header. */
  async post(pathname: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
    const response = await fetch(`${this.origin}${pathname}`, {
      method: 'POST',
      headers: {
        cookie: this.cookieHeader(),
        origin: this.origin,
        'sec-fetch-site': 'same-origin',
        'content-type': 'application/json',
        'x-csrf-token': this.cookies.get('__Host-portal-csrf') ?? '',
        ...headers,
      },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
    this.remember(response);
    return response;
  }
}

const manifest = PersistedOperationManifest.fromFile();
const hashOf = (name: string): string | undefined =>
  [...manifest.entries()].find(([, document]) => new RegExp(`^(query|mutation) ${name}\\b`).test(document))?.[0];
/** A registered operation's exact text: what the safelist lets a customer's token run. */
const PROFILE = manifest.get(hashOf('ContractsNotShown') ?? '') ?? '';

describe('the portal server', () => {
  let system: RunningSystem;
  let portal: RunningPortal;
  let staticDir: string;

  beforeAll(async () => {
    system = await startSystem({
      gateway: { persistedOperations: { manifest: PersistedOperationManifest.fromFile(), mode: 'safelist' } },
    });
    staticDir = testTempDir('portal-static');
    mkdirSync(path.join(staticDir, 'assets'));
    writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>portal</title>');
    writeFileSync(path.join(staticDir, 'assets', 'app-1234.js'), 'console.log(1)');
    portal = await startPortal(system, { staticDir });
  });

  afterAll(async () => {
    await portal?.stop();
    await system?.stop();
    removeTestTempDir(staticDir);
  });

  /** Through itsme as a person would: start, the provider's redirect back, the page's POST. */
  async function signInWithItsme(browser: Browser, person: string, intent: 'register' | 'sign-in') {
    await browser.get('/');
    const started = await browser.get(
      `/auth/itsme/start?intent=${intent}${intent === 'register' ? '&consent=true' : ''}`,
    );
    const atProvider = new URL(started.headers.get('location') ?? '');
    atProvider.searchParams.set('person', person);
    const back = await fetch(atProvider, { redirect: 'manual' });
    const callback = new URL(back.headers.get('location') ?? '');
    return browser.post('/session/identity-provider', {
      provider: 'itsme',
      code: callback.searchParams.get('code'),
      state: callback.searchParams.get('state'),
    });
  }

  it('serves every page address the page, under a strict CSP, with a readable CSRF cookie; its own routes are never a page', async () => {
    const browser = new Browser(portal.url);
    const page = await browser.get('/contracts/life/L000000010');
    expect(page.status).toBe(200);
    expect(await page.text()).toBe('<!doctype html><title>portal</title>');
    expect(page.headers.get('content-security-policy')).toBe(CSP);
    expect(page.headers.get('x-frame-options')).toBe('DENY');
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(page.headers.get('referrer-policy')).toBe('no-referrer');
    expect(page.headers.get('cache-control')).toBe('no-store');
    const [csrf = ''] = page.headers.getSetCookie();
    expect(csrf).toMatch(/^__Host-portal-csrf=[A-Za-z0-9_-]{32}; Path=\/; Secure; SameSite=Strict; Max-Age=43200$/);

    const again = await browser.get('/');
    expect(again.headers.getSetCookie()[0]).toContain(
      `__Host-portal-csrf=${browser.cookies.get('__Host-portal-csrf')};`,
    );

    const asset = await browser.get('/assets/app-1234.js');
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(asset.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    for (const route of ['/graphql', '/session/refresh', '/dev', '/health']) {
      const answer = await browser.get(route);
      expect([route, answer.status]).toEqual([route, 404]);
    }
  });

  it('signs in with itsme: the refresh token is an HttpOnly cookie and never in the answer; the state binds the return to the browser that left', async () => {
    const elsewhere = new Browser(portal.url);
    await elsewhere.get('/');
    const leaving = new Browser(portal.url);
    await leaving.get('/');
    const started = await leaving.get('/auth/itsme/start?intent=register&consent=true');
    expect(started.status).toBe(303);
    const atProvider = new URL(started.headers.get('location') ?? '');
    expect(atProvider.origin).toBe(`http://localhost:${new URL(system.backends.customerMaster.url).port}`);
    expect(atProvider.pathname).toBe('/oidc/itsme/authorize');
    expect(atProvider.searchParams.get('redirect_uri')).toBe(`${portal.url}/auth/itsme/callback`);
    expect(started.headers.getSetCookie()[0]).toMatch(
      /^__Host-portal-sign-in=[^;]+; Path=\/; Secure; HttpOnly; SameSite=Strict; Max-Age=600$/,
    );

    atProvider.searchParams.set('person', 'P00000001');
    const back = new URL((await fetch(atProvider, { redirect: 'manual' })).headers.get('location') ?? '');
    const returned = { provider: 'itsme', code: back.searchParams.get('code'), state: back.searchParams.get('state') };

    // Someone else's browser with this link (login CSRF): refused, and the code is not spent.
    const stolen = await elsewhere.post('/session/identity-provider', returned);
    expect(stolen.status).toBe(400);
    expect(await stolen.json()).toEqual({
      error: { code: 'SIGN_IN_EXPIRED', message: 'This sign-in was interrupted or has expired; start again.' },
    });
    expect(elsewhere.cookies.has('__Host-portal-session')).toBe(false);

    const answer = await leaving.post('/session/identity-provider', returned);
    expect(answer.status).toBe(200);
    const body = (await answer.json()) as { session: Record<string, unknown> };
    expect(Object.keys(body.session).sort()).toEqual(['accessToken', 'customerId', 'expiresIn']);
    expect(body.session).toMatchObject({ customerId: 'P00000001', expiresIn: 300 });
    const session = answer.headers.getSetCookie().find((line) => line.startsWith('__Host-portal-session='));
    expect(session).toMatch(
      /^__Host-portal-session=[^;]{20,}; Path=\/; Secure; HttpOnly; SameSite=Strict; Max-Age=\d+$/,
    );
    expect(leaving.cookies.has('__Host-portal-sign-in')).toBe(false);

    // The return is good once: the state cookie is spent.
    expect((await leaving.post('/session/identity-provider', returned)).status).toBe(400);
  });

  it('explains a provider sign-in the graph refuses with its own problem, in the browser language', async () => {
    const browser = new Browser(portal.url);
    const answer = await signInWithItsme(browser, 'unknown', 'register');
    expect(answer.status).toBe(200);
    expect(await answer.json()).toMatchObject({ problem: { __typename: 'PersonNotFound', code: 'PERSON_NOT_FOUND' } });
    expect(browser.cookies.has('__Host-portal-session')).toBe(false);
  });

  it('refuses a POST without the CSRF token, from another origin or another site, and spends nothing', async () => {
    const browser = new Browser(portal.url);
    expect((await signInWithItsme(browser, 'P00000002', 'register')).status).toBe(200);
    const refreshToken = browser.cookies.get('__Host-portal-session');
    const refusals: Record<string, string>[] = [
      { 'x-csrf-token': '' },
      { 'x-csrf-token': 'not-the-cookie-value-at-all' },
      { origin: 'https://evil.example' },
      { 'sec-fetch-site': 'cross-site' },
    ];
    for (const headers of refusals) {
      const refused = await browser.post('/session/refresh', {}, headers);
      expect([headers, refused.status, await refused.json()]).toEqual([
        headers,
        403,
        {
          error: {
            code: 'CSRF_REJECTED',
            message: 'This request did not come from a page of the customer zone; reload the page.',
          },
        },
      ]);
      const graphql = await browser.post('/graphql', { query: '{ help { language } }' }, headers);
      expect(graphql.status).toBe(403);
    }
    expect(browser.cookies.get('__Host-portal-session')).toBe(refreshToken);
    expect((await browser.post('/session/refresh', {})).status).toBe(200);
  });

  it('refreshes with the cookie (rotated), and sign-out revokes the session on the server', async () => {
    const browser = new Browser(portal.url);
    const first = (await (await signInWithItsme(browser, 'P00000003', 'register')).json()) as {
      session: { accessToken: string };
    };
    const before = browser.cookies.get('__Host-portal-session') ?? '';
    const refreshed = await browser.post('/session/refresh', {});
    expect(refreshed.status).toBe(200);
    const { accessToken } = (await refreshed.json()) as { accessToken: string };
    expect(accessToken).not.toBe(first.session.accessToken);
    const after = browser.cookies.get('__Host-portal-session') ?? '';
    expect(after).not.toBe(before);
    expect((await system.query(PROFILE, { token: accessToken })).body.data?.['me']).toMatchObject({
      id: 'P00000003',
    });

    const signedOut = await browser.post('/session/sign-out', {});
    expect(signedOut.status).toBe(204);
    expect(signedOut.headers.getSetCookie()).toEqual([
      '__Host-portal-session=; Path=/; Secure; HttpOnly; SameSite=Strict; Max-Age=0',
    ]);
    // The access token is refused (identity at once, the gateway once Redis announces it) and the cookie is dead.
    await eventually(async () => {
      const me = await system.query(PROFILE, { token: accessToken });
      expect(me.body.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
    });
    browser.cookies.set('__Host-portal-session', after);
    const replayed = await browser.post('/session/refresh', {});
    expect(replayed.status).toBe(401);
    expect(await replayed.json()).toEqual({
      error: { code: 'SIGNED_OUT', message: 'Your session has ended; sign in again.' },
    });
    expect(browser.cookies.has('__Host-portal-session')).toBe(false);
  });

  it('passes only registered operations to the gateway, and takes the refresh token out of a session answer', async () => {
    const browser = new Browser(portal.url);
    await browser.get('/');
    const text = await browser.post('/graphql', { query: '{ me { id } }' });
    expect(text.status).toBe(400);
    expect(await text.json()).toEqual({
      errors: [
        {
          message: 'The customer zone runs only the operations registered in operations/.',
          extensions: { code: 'PERSISTED_QUERY_NOT_IN_LIST' },
        },
      ],
    });
    const manifest = PersistedOperationManifest.fromFile();
    const hashOf = (name: string) =>
      [...manifest.entries()].find(
        ([, document]) => document.startsWith(`mutation ${name}(`) || document.startsWith(`query ${name} `),
      )?.[0];

    const help = await browser.post(
      '/graphql',
      {
        operationName: 'Help',
        extensions: { persistedQuery: { version: 1, sha256Hash: hashOf('Help') } },
      },
      { 'accept-language': 'fr' },
    );
    expect(help.status).toBe(200);
    expect(((await help.json()) as { data: { help: { language: string } } }).data.help.language).toBe('FR');

    const authorize = await fetch(`${system.backends.customerMaster.url}/oidc/itsme/authorize?person=P00000001`);
    const { code } = (await authorize.json()) as { code: string };
    const signIn = await browser.post('/graphql', {
      operationName: 'SignInWithIdentityProvider',
      variables: { input: { provider: 'ITSME', authorizationCode: code } },
      extensions: { persistedQuery: { version: 1, sha256Hash: hashOf('SignInWithIdentityProvider') } },
    });
    const result = ((await signIn.json()) as { data: { signInWithIdentityProvider: Record<string, unknown> } }).data
      .signInWithIdentityProvider;
    expect(result).toMatchObject({ __typename: 'Session', customerId: 'P00000001', refreshToken: null });
    expect(browser.cookies.get('__Host-portal-session')).toMatch(/^.{20,}$/);
  });

  it('refuses bad input with a clear answer and stays up', async () => {
    const browser = new Browser(portal.url);
    await browser.get('/');
    const notJson = await browser.post('/graphql', '{not json');
    expect([notJson.status, await notJson.json()]).toEqual([
      400,
      { error: { code: 'BAD_REQUEST', message: 'The body must be a JSON GraphQL request.' } },
    ]);
    const missing = await browser.post('/session/identity-provider', { provider: 'facebook', code: 'x', state: 'y' });
    expect([missing.status, await missing.json()]).toEqual([
      400,
      { error: { code: 'BAD_REQUEST', message: 'provider, code and state are required.' } },
    ]);
    expect((await browser.post('/session/refresh', {})).status).toBe(401);
    expect((await browser.get('/auth/facebook/start?intent=sign-in')).status).toBe(404);
    expect((await browser.get('/auth/itsme/start?intent=elsewhere')).status).toBe(404);
    const noConsent = await browser.get('/auth/itsme/start?intent=register');
    expect([noConsent.status, noConsent.headers.get('location')]).toEqual([303, '/register']);
    expect((await browser.post('/graphql', 'x'.repeat(200_000))).status).toBe(413);
    expect((await browser.get('/health/live')).status).toBe(200);
  });

  it('shows the mocked letters and SMS to the development panel, and never in production', async () => {
    const browser = new Browser(portal.url);
    const outbox = await browser.get('/dev/outbox');
    expect(outbox.status).toBe(200);
    expect(Object.keys((await outbox.json()) as object)).toEqual(['sms', 'letters']);

    const production = await startPortal(system, { production: true, staticDir });
    try {
      const live = new Browser(production.url);
      expect((await live.get('/dev/outbox')).status).toBe(404);
      expect((await live.get('/')).headers.get('strict-transport-security')).toBe(
        'max-age=31536000; includeSubDomains',
      );
    } finally {
      await production.stop();
    }
  });

  it('answers 503 GATEWAY_UNAVAILABLE when the gateway does not answer, and keeps the session cookie', async () => {
    const cut = createPortalServer({
      gatewayOrigin: 'http://127.0.0.1:9',
      publicOrigin: 'http://localhost:1',
      identityProviderAuthorizeUrl: 'http://localhost:9/oidc/{provider}/authorize',
      staticDir,
      production: false,
      log: createLogger({ component: 'portal', level: 'silent' }),
    });
    const port = await cut.listen(0, '127.0.0.1');
    try {
      const browser = new Browser(`http://127.0.0.1:${port}`);
      await browser.get('/');
      browser.cookies.set('__Host-portal-session', 'some-refresh-token-of-a-session');
      const answer = await fetch(`http://127.0.0.1:${port}/session/refresh`, {
        method: 'POST',
        headers: {
          cookie: `__Host-portal-csrf=${browser.cookies.get('__Host-portal-csrf')}; __Host-portal-session=some-refresh-token-of-a-session`,
          'x-csrf-token': browser.cookies.get('__Host-portal-csrf') ?? '',
          'content-type': 'application/json',
        },
        body: '{}',
      });
      expect(answer.status).toBe(503);
      expect(answer.headers.get('retry-after')).toBe('5');
      expect(answer.headers.getSetCookie()).toEqual([]);
      expect(await answer.json()).toEqual({
        error: {
          code: 'GATEWAY_UNAVAILABLE',
          message: 'The customer zone is temporarily unavailable; try again in a few minutes.',
        },
      });
    } finally {
      await cut.stop();
    }
  });
});
