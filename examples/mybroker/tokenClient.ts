import { decide, type RetrySettings } from './retryPolicy';
import { formatSeconds, sleep, type Log } from './support';

/**
 * OAuth 2.0 client credentials (RFC 6749 §4.4) at the gateway's `POST /oauth/token`. The token
 * lasts 5 minutes and there is no refresh token, so the client asks again, a little before it
 * expires: a request that leaves with a token about to expire could arrive with an expired one.
 */
export interface TokenClientOptions {
  /** The gateway's origin, e.g. http://localhost:4000. */
  origin: string;
  clientId: string;
  clientSecret: string;
  log: Log;
  fetch?: typeof fetch;
  /** The clock; tests move it to see the token renewed. */
  now?: () => number;
  retry?: { settings?: RetrySettings; random?: () => number };
}

/** A token endpoint answer we cannot use: wrong credentials (invalid_client), or one we gave up retrying. */
export class TokenError extends Error {
  constructor(
    message: string,
    readonly status: number | undefined,
    readonly oauthError: string | undefined,
  ) {
    super(message);
    this.name = 'TokenError';
  }
}

interface TokenAnswer {
  access_token: string;
  token_type: string;
  expires_in: number;
}

function isTokenAnswer(value: unknown): value is TokenAnswer {
  if (typeof value !== 'object' || value === null) return false;
  const answer = value as Record<string, unknown>;
  return typeof answer['access_token'] === 'string' && typeof answer['expires_in'] === 'number';
}

/** Renew when this much of the lifetime is left: at most a minute, at most a fifth of it. */
export function renewalMarginMs(lifetimeMs: number): number {
  return Math.min(60_000, lifetimeMs / 5);
}

export class TokenClient {
  private current: { token: string; renewAt: number } | undefined;
  /** One request in flight at a time: concurrent callers share it instead of each asking. */
  private pending: Promise<string> | undefined;
  private readonly fetch: typeof fetch;
  private readonly now: () => number;
  /** How many tokens this client obtained (the example prints it). */
  issued = 0;

  constructor(private readonly options: TokenClientOptions) {
    this.fetch = options.fetch ?? globalThis.fetch;
    this.now = options.now ?? Date.now;
  }

  /** A token valid for a while yet: the cached one, or a fresh one. */
  async token(): Promise<string> {
    if (this.current && this.now() < this.current.renewAt) return this.current.token;
    this.pending ??= this.request().finally(() => (this.pending = undefined));
    return this.pending;
  }

  /** Forgets the cached token (the graph refused it, e.g. after a key rotation), so the next call asks anew. */
  invalidate(): void {
    this.current = undefined;
  }

  private async request(): Promise<string> {
    const { origin, clientId, clientSecret, log } = this.options;
    // HTTP Basic with the form-encoded id and secret (RFC 6749 §2.3.1): the secret stays out of the body and any logged URL.
    const basic = Buffer.from(`${encodeURIComponent(clientId)}:${encodeURIComponent(clientSecret)}`).toString('base64');
    for (let attempt = 1; ; attempt++) {
      let response: Response | undefined;
      try {
        response = await this.fetch(new URL('/oauth/token', origin), {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: `Basic ${basic}` },
          body: new URLSearchParams({ grant_type: 'client_credentials' }).toString(),
          signal: AbortSignal.timeout(15_000),
        });
      } catch {
        response = undefined;
      }
      const body: unknown = response ? await response.json().catch(() => undefined) : undefined;
      if (response?.ok && isTokenAnswer(body)) {
        const lifetimeMs = body.expires_in * 1000;
        const obtainedAt = this.now();
        this.current = { token: body.access_token, renewAt: obtainedAt + lifetimeMs - renewalMarginMs(lifetimeMs) };
        this.issued++;
        log(
          `token: obtained, valid ${body.expires_in} s (renewed ${Math.round(renewalMarginMs(lifetimeMs) / 1000)} s before it expires)`,
        );
        return body.access_token;
      }
      const decision = decide(
        'token',
        response
          ? { kind: 'response', status: response.status, retryAfter: response.headers.get('retry-after'), errors: [] }
          : { kind: 'network-error' },
        attempt,
        { ...this.options.retry, now: this.now() },
      );
      const oauthError =
        typeof body === 'object' && body !== null && typeof (body as Record<string, unknown>)['error'] === 'string'
          ? String((body as Record<string, unknown>)['error'])
          : undefined;
      if (!decision.retry)
        throw new TokenError(
          response
            ? `The token endpoint refused: HTTP ${response.status}${oauthError ? ` ${oauthError}` : ''} (${decision.reason}).`
            : `The token endpoint at ${origin} did not answer (${decision.reason}).`,
          response?.status,
          oauthError,
        );
      log(`token: ${decision.reason}; waiting ${formatSeconds(decision.waitMs)} before attempt ${attempt + 1}`);
      await sleep(decision.waitMs);
    }
  }
}
