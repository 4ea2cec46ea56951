import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { z } from 'zod';
import { HttpError, readJsonBody, sendJson, type Route } from '../../platform/http';
import { clearedCookie, cookie, readCookies, SESSION_COOKIE, SIGN_IN_COOKIE } from './cookies';
import { requirePortalPage } from './csrf';
import { GatewayUnavailable, type GatewayAnswer, type GatewayClient } from './gatewayClient';

/** A sign-in with itsme or eID has this long to come back from the provider. */
const SIGN_IN_TTL_SECONDS = 600;
const PROVIDERS = { itsme: 'ITSME', eid: 'EID' } as const;
type ProviderPath = keyof typeof PROVIDERS;

const signInState = z.object({
  state: z.string().min(32).max(64),
  provider: z.enum(['itsme', 'eid']),
  intent: z.enum(['sign-in', 'register']),
});

const returnFromProvider = z.object({
  provider: z.enum(['itsme', 'eid']),
  code: z.string().min(1).max(512),
  state: z.string().min(1).max(64),
});

/** The session a Session result gives the page: the access token; the refresh token stays here as a cookie. */
interface SessionResult {
  __typename: 'Session';
  accessToken: string;
  expiresIn: number;
  refreshToken: string | null;
  refreshTokenExpiresIn: number;
  customerId: string;
}

export function isSession(value: unknown): value is SessionResult {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as { __typename?: unknown }).__typename === 'Session' &&
    typeof (value as { refreshToken?: unknown }).refreshToken === 'string'
  );
}

export function sessionCookie(session: SessionResult): string {
  return cookie(SESSION_COOKIE, session.refreshToken ?? '', { maxAgeSeconds: session.refreshTokenExpiresIn });
}

function pageSession(session: SessionResult) {
  return { accessToken: session.accessToken, expiresIn: session.expiresIn, customerId: session.customerId };
}

function sameText(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

export interface SessionRouteOptions {
  gateway: GatewayClient;
  publicOrigin: string;
  /** The providers' authorization endpoint, `{provider}` standing for itsme or eid. */
  authorizeUrl: string;
  /** Headers passed on to the gateway for a request (language, client address). */
  forwardedHeaders(req: IncomingMessage): Record<string, string>;
}

function gatewayFailure(answer: GatewayAnswer): HttpError {
  const first = answer.body.errors?.[0];
  return new HttpError(
    answer.status >= 500 ? 502 : answer.status === 429 ? 429 : 502,
    first?.extensions?.code ?? 'GATEWAY_ERROR',
    first?.message ?? 'The customer zone could not answer just now; try again in a few minutes.',
  );
}

async function runOrUnavailable(run: () => Promise<GatewayAnswer>): Promise<GatewayAnswer> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof GatewayUnavailable)
      throw new HttpError(
        503,
        'GATEWAY_UNAVAILABLE',
        'The customer zone is temporarily unavailable; try again in a few minutes.',
        {
          'retry-after': '5',
        },
      );
    throw error;
  }
}

/**
 * The browser's session routes (docs/portal.md): refresh and sign-out with the HttpOnly refresh
 * cookie, and the round trip to itsme or the eID hub, whose `state` is bound to this browser by a
 * cookie so a link with someone else's authorization code cannot sign a customer in as them.
 */
export function sessionRoutes({ gateway, publicOrigin, authorizeUrl, forwardedHeaders }: SessionRouteOptions): Route[] {
  const noStore = { 'cache-control': 'no-store' };

  const refresh: Route = {
    method: 'POST',
    path: '/session/refresh',
    handler: async ({ req, res }) => {
      requirePortalPage(req, publicOrigin);
      const refreshToken = readCookies(req).get(SESSION_COOKIE);
      if (!refreshToken) throw new HttpError(401, 'SIGNED_OUT', 'You are not signed in.');
      const answer = await runOrUnavailable(() =>
        gateway('RefreshSession', { input: { refreshToken } }, forwardedHeaders(req)),
      );
      const result = answer.body.data?.['refreshSession'];
      if (isSession(result)) {
        sendJson(res, 200, pageSession(result), { ...noStore, 'set-cookie': sessionCookie(result) });
        return;
      }
      if (!answer.body.data) throw gatewayFailure(answer);
      // A refused refresh token (expired, revoked, used twice) ends the session here too.
      sendJson(
        res,
        401,
        { error: { code: 'SIGNED_OUT', message: 'Your session has ended; sign in again.' } },
        { ...noStore, 'set-cookie': clearedCookie(SESSION_COOKIE) },
      );
    },
  };

  const signOut: Route = {
    method: 'POST',
    path: '/session/sign-out',
    handler: async ({ req, res }) => {
      requirePortalPage(req, publicOrigin);
      const refreshToken = readCookies(req).get(SESSION_COOKIE);
      if (refreshToken) {
        const answer = await runOrUnavailable(() =>
          gateway('SignOut', { input: { refreshToken } }, forwardedHeaders(req)),
        );
        if (!answer.body.data?.['signOut']) throw gatewayFailure(answer);
      }
      res.writeHead(204, { ...noStore, 'set-cookie': clearedCookie(SESSION_COOKIE) }).end();
    },
  };

  const startWithProvider: Route = {
    method: 'GET',
    path: '/auth/:provider/start',
    handler: ({ res, params, url }) => {
      const provider = params['provider'] as ProviderPath;
      const intent = url.searchParams.get('intent');
      if (!(provider in PROVIDERS) || (intent !== 'sign-in' && intent !== 'register'))
        throw new HttpError(404, 'NOT_FOUND', 'No such resource.');
      // Registering needs the consent to digital documents, given on the page before leaving.
      if (intent === 'register' && url.searchParams.get('consent') !== 'true') {
        res.writeHead(303, { location: '/register', ...noStore }).end();
        return;
      }
      const state = randomBytes(32).toString('base64url');
      const target = new URL(authorizeUrl.replace('{provider}', provider));
      target.searchParams.set('response_type', 'code');
      target.searchParams.set('scope', 'openid');
      target.searchParams.set('redirect_uri', `${publicOrigin}/auth/${provider}/callback`);
      target.searchParams.set('state', state);
      const value = Buffer.from(JSON.stringify({ state, provider, intent })).toString('base64url');
      res
        .writeHead(303, {
          location: target.toString(),
          'set-cookie': cookie(SIGN_IN_COOKIE, value, { maxAgeSeconds: SIGN_IN_TTL_SECONDS }),
          ...noStore,
        })
        .end();
    },
  };

  const completeWithProvider: Route = {
    method: 'POST',
    path: '/session/identity-provider',
    handler: async ({ req, res }) => {
      requirePortalPage(req, publicOrigin);
      const body = returnFromProvider.safeParse(await readJsonBody(req, 4_096));
      const started = signInState.safeParse(parseCookieJson(readCookies(req).get(SIGN_IN_COOKIE)));
      const spent = { 'set-cookie': clearedCookie(SIGN_IN_COOKIE), ...noStore };
      if (!body.success) {
        sendJson(
          res,
          400,
          { error: { code: 'BAD_REQUEST', message: 'provider, code and state are required.' } },
          spent,
        );
        return;
      }
      if (
        !started.success ||
        started.data.provider !== body.data.provider ||
        !sameText(started.data.state, body.data.state)
      ) {
        sendJson(
          res,
          400,
          { error: { code: 'SIGN_IN_EXPIRED', message: 'This sign-in was interrupted or has expired; start again.' } },
          spent,
        );
        return;
      }
      const provider = PROVIDERS[body.data.provider];
      const registering = started.data.intent === 'register';
      const answer = await runOrUnavailable(() =>
        registering
          ? gateway(
              'RegisterWithIdentityProvider',
              { input: { provider, authorizationCode: body.data.code, consentToDigitalDocuments: true } },
              forwardedHeaders(req),
            )
          : gateway(
              'SignInWithIdentityProvider',
              { input: { provider, authorizationCode: body.data.code } },
              forwardedHeaders(req),
            ),
      );
      const result = answer.body.data?.[registering ? 'registerWithIdentityProvider' : 'signInWithIdentityProvider'];
      if (isSession(result)) {
        sendJson(
          res,
          200,
          { session: pageSession(result) },
          { ...noStore, 'set-cookie': [spent['set-cookie'], sessionCookie(result)] },
        );
        return;
      }
      if (typeof result === 'object' && result !== null) {
        const { __typename, code, message } = result as Record<string, unknown>;
        sendJson(res, 200, { problem: { __typename, code, message } }, spent);
        return;
      }
      throw gatewayFailure(answer);
    },
  };

  return [refresh, signOut, startWithProvider, completeWithProvider];
}

function parseCookieJson(value: string | undefined): unknown {
  if (!value) return undefined;
  try {
    return JSON.parse(Buffer.from(value, 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
}
