import { startSystem, type RunningSystem } from '../../test-support/system';

interface Answer {
  status: number;
  headers: Headers;
  text: string;
  json:
    | {
        data?: unknown;
        errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
        error?: { code: string; message: string };
      }
    | undefined;
}

const SIGN_IN = 'mutation SignIn($input: SignInInput!) { signIn(input: $input) { __typename } }';

/**
 * Every kind of bad input gets a clear error, reaches no subgraph and no backend (so nothing
 * changes), and leaves the gateway healthy. The gateway runs in production mode, as it would
 * face these requests.
 */
describe('bad input at the gateway', () => {
  let system: RunningSystem;
  let token: string;

  beforeAll(async () => {
    system = await startSystem({ cache: 'memory', gateway: { production: true } });
    token = await system.token('customer', 'P00000001');
  });
  afterAll(async () => {
    await system.stop();
  });

  async function send(init: {
    method?: string;
    body?: string | Buffer;
    headers?: Record<string, string>;
    search?: string;
  }): Promise<Answer> {
    const response = await fetch(`${system.gatewayUrl}${init.search ?? ''}`, {
      method: init.method ?? 'POST',
      headers: {
        authorization: `Bearer ${token}`,
        ...(init.method === 'GET' ? {} : { 'content-type': 'application/json' }),
        ...init.headers,
      },
      ...(init.body !== undefined ? { body: init.body } : {}),
    });
    const text = await response.text();
    let json: Answer['json'];
    try {
      json = JSON.parse(text) as Answer['json'];
    } catch {
      json = undefined;
    }
    return { status: response.status, headers: response.headers, text, json };
  }

  const post = (payload: unknown, headers: Record<string, string> = {}) =>
    send({ body: JSON.stringify(payload), headers });

  /** Operations the subgraphs served, summed from their metrics. */
  async function subgraphOperations(): Promise<number> {
    let total = 0;
    for (const origin of Object.values(system.stacks[0]?.operatorOrigins ?? {})) {
      const metrics = await (await fetch(`${origin}/metrics`)).text();
      for (const match of metrics.matchAll(/^graphql_requests_total\{[^}]*\} (\d+)/gm)) total += Number(match[1]);
    }
    return total;
  }

  const codeOf = (answer: Answer): unknown =>
    answer.json?.errors?.[0]?.extensions?.['code'] ?? answer.json?.error?.code;

  const cases: Array<[string, () => Promise<Answer>, number, string | RegExp]> = [
    ['malformed JSON', () => send({ body: '{"query": "{ me { id } }"' }), 400, 'BAD_REQUEST'],
    [
      'a wrong content type',
      () => send({ body: '<query/>', headers: { 'content-type': 'application/xml' } }),
      415,
      'UNSUPPORTED_MEDIA_TYPE',
    ],
    ['a body without a query', () => post({ variables: {} }), 400, 'BAD_REQUEST'],
    ['a query that is not a string', () => post({ query: 42 }), 400, 'BAD_REQUEST'],
    [
      'variables that are not an object',
      () => post({ query: '{ me { id } }', variables: 'everything' }),
      400,
      'BAD_REQUEST',
    ],
    [
      'a batch (batching is off)',
      () => post([{ query: '{ me { id } }' }, { query: '{ me { id } }' }]),
      400,
      'BAD_REQUEST',
    ],
    [
      'a mutation over GET',
      () =>
        send({
          method: 'GET',
          search: `?query=${encodeURIComponent(SIGN_IN)}&variables=${encodeURIComponent(JSON.stringify({ input: { email: 'a@b.be', password: 'x' } }))}`,
          headers: { 'apollo-require-preflight': 'true' },
        }),
      405,
      'BAD_REQUEST',
    ],
    ['a huge document', () => post({ query: `{ me { ${'id '.repeat(40_000)} } }` }), 413, 'PAYLOAD_TOO_LARGE'],
    ['too many tokens', () => post({ query: `{ me { ${'id '.repeat(1_500)} } }` }), 400, 'GRAPHQL_PARSE_FAILED'],
    [
      'deep nesting',
      () => post({ query: `{ __type(name: "Customer") { ${'fields { type { '.repeat(6)}name${' } }'.repeat(6)} } }` }),
      400,
      'GRAPHQL_VALIDATION_FAILED',
    ],
    [
      'an alias bomb',
      () => post({ query: `{ ${Array.from({ length: 16 }, (_, i) => `a${i}: me { id }`).join(' ')} }` }),
      400,
      'GRAPHQL_VALIDATION_FAILED',
    ],
    [
      'a fragment bomb',
      () => {
        const levels = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'];
        const fragments = levels.map(
          (name, i) =>
            `fragment ${name} on Customer { ${i + 1 < levels.length ? `...${levels[i + 1]} `.repeat(4) : 'id'} }`,
        );
        return post({ query: ['{ me { ...A } }', ...fragments].join('\n') });
      },
      400,
      'COST_ESTIMATED_TOO_EXPENSIVE',
    ],
    [
      'cyclic fragments',
      () => post({ query: '{ me { ...A } } fragment A on Customer { id ...B } fragment B on Customer { ...A }' }),
      400,
      'GRAPHQL_VALIDATION_FAILED',
    ],
    [
      'a directive flood',
      () => post({ query: `{ me { id ${'@include(if: true) '.repeat(25)} } }` }),
      400,
      'GRAPHQL_VALIDATION_FAILED',
    ],
    ['invalid variables', () => post({ query: SIGN_IN, variables: { input: { email: 42 } } }), 400, 'BAD_USER_INPUT'],
    ['a missing required variable', () => post({ query: SIGN_IN }), 400, 'BAD_USER_INPUT'],
    [
      'deeply nested variables',
      () =>
        send({
          body: `{"query": ${JSON.stringify(SIGN_IN)}, "variables": {"input": {"email": ${'['.repeat(30_000)}${']'.repeat(30_000)}, "password": "x"}}}`,
        }),
      400,
      'BAD_USER_INPUT',
    ],
    [
      'an oversized string',
      () =>
        post({ query: SIGN_IN, variables: { input: { email: `${'a'.repeat(10_000)}@example.be`, password: 'x' } } }),
      400,
      'BAD_USER_INPUT',
    ],
    [
      'an unknown operation name',
      () => post({ query: 'query A { me { id } }', operationName: 'B' }),
      400,
      'OPERATION_RESOLUTION_FAILURE',
    ],
    [
      'several operations without a name',
      () => post({ query: 'query A { me { id } } query B { me { id } }' }),
      400,
      'OPERATION_RESOLUTION_FAILURE',
    ],
    [
      'an unknown persisted hash',
      () => post({ extensions: { persistedQuery: { version: 1, sha256Hash: 'f'.repeat(64) } } }),
      200,
      'PERSISTED_QUERY_NOT_FOUND',
    ],
    [
      'an unsupported persisted-query version',
      () => post({ extensions: { persistedQuery: { version: 2, sha256Hash: 'f'.repeat(64) } } }),
      400,
      /./,
    ],
    [
      'an "alg: none" token',
      () =>
        post(
          { query: '{ me { id } }' },
          {
            authorization: `Bearer ${Buffer.from('{"alg":"none"}').toString('base64url')}.${Buffer.from('{"sub":"P00000001","role":"customer"}').toString('base64url')}.x`,
          },
        ),
      401,
      'UNAUTHENTICATED',
    ],
    [
      'a forged token',
      () => post({ query: '{ me { id } }' }, { authorization: `Bearer ${token.slice(0, -4)}AAAA` }),
      401,
      'UNAUTHENTICATED',
    ],
  ];

  it.each(cases)(
    'answers %s with a clear error, calls nothing and stays healthy',
    async (_name, request, status, code) => {
      system.resetCounters();
      const before = await subgraphOperations();
      const answer = await request();
      expect(answer.status).toBe(status);
      expect(codeOf(answer)).toEqual(typeof code === 'string' ? code : expect.stringMatching(code));
      const message = answer.json?.errors?.[0]?.message ?? answer.json?.error?.message ?? '';
      expect(message.length).toBeGreaterThan(5);
      expect(answer.text).not.toMatch(/stacktrace|\bat .*\.(ts|js):\d+|127\.0\.0\.1/);
      expect(await subgraphOperations()).toBe(before);
      expect(Object.values(system.backends).every((backend) => backend.counters.snapshot().total === 0)).toBe(true);

      const live = await fetch(system.gatewayUrl.replace('/graphql', '/health/live'));
      expect(live.status).toBe(200);
      const normal = await system.query('{ me { id firstName } }', { token });
      expect(normal.body).toEqual({ data: { me: { id: 'P00000001', firstName: 'An' } } });
    },
  );
});
