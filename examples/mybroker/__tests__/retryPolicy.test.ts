import {
  backoffMs,
  decide,
  DEFAULT_RETRY_SETTINGS,
  parseRetryAfter,
  type ErrorSignal,
  type Outcome,
} from '../retryPolicy';

const NOW = Date.parse('2026-11-02T10:00:00Z');
/** The jitter at its middle: a backoff ceiling c waits 0.75·c. */
const MIDDLE = { random: () => 0.5, now: NOW };

const response = (status: number, errors: ErrorSignal[] = [], retryAfter: string | null = null): Outcome => ({
  kind: 'response',
  status,
  retryAfter,
  errors,
});

describe('the MyBroker retry policy', () => {
  it('does not retry an answer without errors', () => {
    expect(decide('query', response(200), 1, MIDDLE)).toEqual({ retry: false, reason: 'succeeded' });
  });

  it('waits on 429 for Retry-After, else for extensions.retryAfterSeconds', () => {
    const rateLimited = [{ code: 'RATE_LIMITED', retryAfterSeconds: 7 }];
    expect(decide('query', response(429, rateLimited, '3'), 1, MIDDLE)).toEqual({
      retry: true,
      waitMs: 3_000,
      reason: 'rate limited: Retry-After 3 s',
    });
    expect(decide('query', response(429, rateLimited), 1, MIDDLE)).toEqual({
      retry: true,
      waitMs: 7_000,
      reason: 'rate limited: Retry-After 7 s',
    });
    // The token endpoint and downloads answer 429 without GraphQL errors.
    expect(decide('token', response(429, [], '1'), 1, MIDDLE)).toMatchObject({ retry: true, waitMs: 1_000 });
    expect(decide('download', response(429, [], '2'), 2, MIDDLE)).toMatchObject({ retry: true, waitMs: 2_000 });
    // An HTTP date in Retry-After: 90 s from now.
    expect(decide('query', response(429, [], 'Mon, 02 Nov 2026 10:01:30 GMT'), 1, MIDDLE)).toMatchObject({
      retry: true,
      waitMs: 90_000,
    });
    // Neither: the backoff of a first attempt (500 ms ceiling, 375 ms at the middle of the jitter).
    expect(decide('query', response(429), 1, MIDDLE)).toEqual({
      retry: true,
      waitMs: 375,
      reason: 'rate limited (no Retry-After)',
    });
  });

  it('does not wait longer than it may: a Retry-After beyond 120 s is reported instead', () => {
    expect(decide('query', response(429, [], '121'), 1, MIDDLE)).toEqual({
      retry: false,
      reason: 'rate limited for 121 s, longer than 120 s',
    });
    expect(decide('query', response(429, [], '120'), 1, MIDDLE)).toMatchObject({ retry: true, waitMs: 120_000 });
  });

  it('never retries a mutation, whatever the answer', () => {
    for (const outcome of [
      response(429, [{ code: 'RATE_LIMITED', retryAfterSeconds: 1 }], '1'),
      response(503, [], '5'),
      response(200, [{ code: 'SUBGRAPH_UNAVAILABLE', retryable: true }]),
      { kind: 'network-error' } as const,
    ])
      expect(decide('mutation', outcome, 1, MIDDLE)).toEqual({ retry: false, reason: 'mutations are never retried' });
  });

  it('retries retryable GraphQL errors with a doubling, capped backoff', () => {
    const unavailable = response(200, [{ code: 'SUBGRAPH_UNAVAILABLE', retryable: true }]);
    expect(decide('query', unavailable, 1, MIDDLE)).toEqual({
      retry: true,
      waitMs: 375,
      reason: 'SUBGRAPH_UNAVAILABLE',
    });
    expect(decide('query', unavailable, 2, MIDDLE)).toMatchObject({ retry: true, waitMs: 750 });
    expect(decide('query', unavailable, 3, MIDDLE)).toMatchObject({ retry: true, waitMs: 1_500 });
    // maxAttempts (4) reached: the partial answer is taken as it is.
    expect(decide('query', unavailable, 4, MIDDLE)).toEqual({ retry: false, reason: 'gave up after 4 attempts' });
    // BACKEND_UNAVAILABLE marked retryable, AUDIT_UNAVAILABLE known as transient without the flag.
    expect(
      decide(
        'query',
        response(200, [{ code: 'BACKEND_UNAVAILABLE', retryable: true }, { code: 'AUDIT_UNAVAILABLE' }]),
        1,
        MIDDLE,
      ),
    ).toEqual({ retry: true, waitMs: 375, reason: 'BACKEND_UNAVAILABLE, AUDIT_UNAVAILABLE' });
  });

  it('never retries what asking again cannot change', () => {
    for (const code of ['FORBIDDEN', 'BAD_USER_INPUT', 'BACKEND_ERROR', 'INTERNAL_SERVER_ERROR'])
      expect(decide('query', response(200, [{ code }]), 1, MIDDLE)).toEqual({
        retry: false,
        reason: 'errors that retrying will not fix',
      });
    expect(decide('query', response(400, [{ code: 'COST_ESTIMATED_TOO_EXPENSIVE' }]), 1, MIDDLE)).toEqual({
      retry: false,
      reason: 'HTTP 400',
    });
    // One final error among retryable ones: the same FORBIDDEN would come back.
    expect(
      decide(
        'query',
        response(200, [{ code: 'SUBGRAPH_UNAVAILABLE', retryable: true }, { code: 'FORBIDDEN' }]),
        1,
        MIDDLE,
      ),
    ).toEqual({ retry: false, reason: 'errors that retrying will not fix' });
    // BACKEND_ERROR says retryable: false in so many words.
    expect(decide('query', response(200, [{ code: 'BACKEND_ERROR', retryable: false }]), 1, MIDDLE)).toMatchObject({
      retry: false,
    });
    // Wrong credentials at the token endpoint, a refused or expired download link.
    expect(decide('token', response(401), 1, MIDDLE)).toEqual({ retry: false, reason: 'HTTP 401' });
    expect(decide('download', response(403), 1, MIDDLE)).toEqual({ retry: false, reason: 'HTTP 403' });
    expect(decide('download', response(502), 1, MIDDLE)).toEqual({ retry: false, reason: 'HTTP 502' });
  });

  it('retries 503 and 504 and a lost connection for everything but mutations', () => {
    expect(decide('token', response(503, [], '5'), 1, MIDDLE)).toEqual({
      retry: true,
      waitMs: 5_000,
      reason: 'HTTP 503',
    });
    expect(decide('download', response(503), 2, MIDDLE)).toEqual({ retry: true, waitMs: 750, reason: 'HTTP 503' });
    expect(decide('query', response(504), 1, MIDDLE)).toEqual({ retry: true, waitMs: 375, reason: 'HTTP 504' });
    expect(decide('query', { kind: 'network-error' }, 3, MIDDLE)).toEqual({
      retry: true,
      waitMs: 1_500,
      reason: 'no answer (network)',
    });
    expect(decide('query', { kind: 'network-error' }, 4, MIDDLE)).toEqual({
      retry: false,
      reason: 'gave up after 4 attempts',
    });
  });

  it('jitters each backoff between half and all of its ceiling, which doubles up to 8 s', () => {
    const low = () => 0;
    const high = () => 1;
    expect([1, 2, 3, 4, 5, 6, 7].map((attempt) => backoffMs(attempt, DEFAULT_RETRY_SETTINGS, low))).toEqual([
      250, 500, 1_000, 2_000, 4_000, 4_000, 4_000,
    ]);
    expect([1, 2, 3, 4, 5, 6, 7].map((attempt) => backoffMs(attempt, DEFAULT_RETRY_SETTINGS, high))).toEqual([
      500, 1_000, 2_000, 4_000, 8_000, 8_000, 8_000,
    ]);
  });

  it('reads Retry-After as seconds or as an HTTP date', () => {
    expect(parseRetryAfter('30', NOW)).toBe(30);
    expect(parseRetryAfter(' 0 ', NOW)).toBe(0);
    expect(parseRetryAfter('Mon, 02 Nov 2026 10:00:10 GMT', NOW)).toBe(10);
    expect(parseRetryAfter('Mon, 02 Nov 2026 09:00:00 GMT', NOW)).toBe(0);
    expect(parseRetryAfter('soon', NOW)).toBeUndefined();
    expect(parseRetryAfter('-5', NOW)).toBeUndefined();
    expect(parseRetryAfter(null, NOW)).toBeUndefined();
  });
});
