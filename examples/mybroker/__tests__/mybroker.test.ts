import { createHash } from 'node:crypto';
import { readFile, rm } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { SignOutDocument } from '../../../operations/generated/graphql';
import { startSystem, type RunningSystem } from '../../../test-support/system';
import { GraphClient } from '../graphClient';
import { main, type MyBrokerRun } from '../index';
import { readPortfolio } from '../portfolio';
import { TokenClient, TokenError } from '../tokenClient';

interface Issued {
  clientId: string;
  clientSecret: string;
  brokerId: string;
}

/** Credentials as `npm run -s broker-client -- issue B00001` makes them: identity's loopback admin route. */
async function issueCredentials(system: RunningSystem, brokerId: string): Promise<Issued> {
  const origin = system.stacks[0]?.subgraphOrigins.identity ?? '';
  const response = await fetch(`${origin}/admin/broker-clients`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ brokerId }),
  });
  expect(response.status).toBe(201);
  return (await response.json()) as Issued;
}

/** The example's downloads go to a fresh folder under the temporary directory: remove it after looking. */
async function removeDownload(run: MyBrokerRun): Promise<void> {
  if (run.download) await rm(path.dirname(run.download.file), { recursive: true, force: true });
}

describe('the MyBroker example against the whole system', () => {
  let system: RunningSystem;
  let issued: Issued;

  beforeAll(async () => {
    // The test data set: 2,000 customers, of whom B00001 manages 631 (the demo customers among them).
    system = await startSystem();
    issued = await issueCredentials(system, 'B00001');
  });
  afterAll(async () => {
    await system.stop();
  });

  const run = async (options: {
    search?: string;
    maxPages?: number;
  }): Promise<{ run: MyBrokerRun; lines: string[] }> => {
    const lines: string[] = [];
    const result = await main({
      graphUrl: new URL(system.gatewayUrl).origin,
      clientId: issued.clientId,
      clientSecret: issued.clientSecret,
      ...options,
      log: (line) => lines.push(line),
    });
    return { run: result, lines };
  };

  it('takes a token, follows portfolio pages of 50 by their end cursor up to the page cap, and downloads a PDF', async () => {
    const { run: result, lines } = await run({ maxPages: 2 });
    try {
      expect(lines[0]).toBe('token: obtained, valid 300 s (renewed 60 s before it expires)');
      expect(lines).toContain('office B00001 Verzekeringskantoor Peeters & Partners: 631 customers');
      expect(lines).toContain('page 1: 50 customers');
      expect(lines).toContain("page 2: 50 customers (after the previous page's end cursor)");
      expect(lines).toContain('stopped after 2 pages (--max-pages 2); more follow');
      expect(lines).toContain('read 100 of 631 customers in 2 pages');
      expect(result.portfolio).toMatchObject({
        officeName: 'Verzekeringskantoor Peeters & Partners',
        totalCount: 631,
        pages: 2,
        truncated: true,
      });
      // The second page continues the first: a hundred different customers.
      expect(new Set(result.portfolio.customers.map((customer) => customer.id)).size).toBe(100);
      // A page of 50 with its contracts is within the brokers' cost limit: no errors anywhere.
      expect(lines.filter((line) => /error at|no data/.test(line))).toEqual([]);

      expect(result.download).toBeDefined();
      const download = result.download!;
      expect(path.dirname(download.file).startsWith(path.join(os.tmpdir(), 'mybroker-'))).toBe(true);
      const bytes = await readFile(download.file);
      expect(bytes.length).toBeGreaterThan(0);
      expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(download).toMatchObject({ bytes: bytes.length, contentType: 'application/pdf' });
      expect(download.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
      expect(lines).toContainEqual(
        expect.stringMatching(
          new RegExp(
            `^downloaded \\S+ to \\S+: ${bytes.length} bytes, application/pdf, sha256 ${download.sha256}, a PDF$`,
          ),
        ),
      );
      expect(result.tokensIssued).toBe(1);
    } finally {
      await removeDownload(result);
    }
  });

  it('searches the portfolio and prints the contracts this office manages, not those of another office', async () => {
    const { run: result, lines } = await run({ search: 'Peeters' });
    try {
      expect(lines).toContain('office B00001 Verzekeringskantoor Peeters & Partners: 16 customers matching "Peeters"');
      expect(result.portfolio).toMatchObject({ totalCount: 16, pages: 1, truncated: false });
      const contractsOf = (id: string): string[] => {
        const start = lines.findIndex((line) => line.startsWith(`  ${id} `));
        const end = lines.findIndex((line, index) => index > start && !line.startsWith('    '));
        return lines
          .slice(start + 1, end)
          .map((line) => /^ {4}(?:life|non-life) +(\S+)/.exec(line)?.[1])
          .filter((number): number is string => number !== undefined)
          .sort();
      };
      expect(lines).toContain('  P00000001 An Peeters');
      // An Peeters: pension, investment and universal life; motor, family liability and legal
      // assistance. Not V000000014 (her fire contract, managed by B00002) nor V000000017 (hunting
      // liability, not shown in the customer zone).
      expect(contractsOf('P00000001')).toEqual([
        'L000000010',
        'L000000011',
        'L000000012',
        'V000000013',
        'V000000015',
        'V000000016',
      ]);
      // Luc Peeters: his long-term savings and An's universal life he is insured by; motorcycle and
      // accident (not the legacy motor contract V000000022, not shown).
      expect(contractsOf('P00000002')).toEqual(['L000000012', 'L000000023', 'V000000020', 'V000000021']);
      expect(lines).toContainEqual(
        expect.stringMatching(/^ {4}life {5}L000000010 PENSION "Pensioensparen" RUNNING, premium \d+\.\d\d EUR/),
      );

      // An is the first customer with a life contract: her newest document is downloaded.
      expect(lines).toContainEqual(expect.stringMatching(/^documents of P00000001 An Peeters: \d+ in all$/));
      const bytes = await readFile(result.download!.file);
      expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(result.download!.bytes).toBe(bytes.length);
    } finally {
      await removeDownload(result);
    }
  });
});

/** One answer of the fake gateway: status, headers and a JSON body. */
interface Reply {
  status: number;
  headers?: Record<string, string>;
  body: unknown;
}

/**
 * A tiny local HTTP server standing in for the gateway, answering each path from a script of
 * replies (the last one repeats), so the client's waiting and retrying can be watched exactly.
 */
async function fakeGateway(
  script: Record<string, Reply[]>,
): Promise<{ origin: string; requests: string[]; close: () => Promise<void> }> {
  const requests: string[] = [];
  const served: Record<string, number> = {};
  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    req.resume();
    req.on('end', () => {
      const route = req.url ?? '/';
      requests.push(`${req.method} ${route}`);
      const replies = script[route] ?? [{ status: 404, body: { error: { code: 'NOT_FOUND' } } }];
      const index = Math.min(served[route] ?? 0, replies.length - 1);
      served[route] = index + 1;
      const reply = replies[index]!;
      res.writeHead(reply.status, { 'content-type': 'application/json', ...reply.headers });
      res.end(JSON.stringify(reply.body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

const TOKEN: Reply = { status: 200, body: { access_token: 'token-1', token_type: 'Bearer', expires_in: 300 } };
const RATE_LIMITED: Reply = {
  status: 429,
  headers: { 'retry-after': '1' },
  body: {
    errors: [
      { message: 'Too many requests; try again later.', extensions: { code: 'RATE_LIMITED', retryAfterSeconds: 1 } },
    ],
  },
};
const customer = (nonLifeContracts: unknown) => ({
  __typename: 'Customer',
  id: 'P00000001',
  firstName: 'An',
  lastName: 'Peeters',
  lifeContracts: [
    {
      __typename: 'LifeContract',
      id: 'L000000010',
      contractNumber: 'L000000010',
      product: { __typename: 'LifeProduct', kind: 'PENSION', label: 'Pensioensparen' },
      status: 'RUNNING',
      startDate: '2010-01-01',
      premium: { __typename: 'LifePremium', amount: { __typename: 'Money', amount: '85.00', currency: 'EUR' } },
      reserve: { __typename: 'Money', amount: '6780.96', currency: 'EUR' },
    },
  ],
  nonLifeContracts,
});
const page = (nonLifeContracts: unknown, extra: Record<string, unknown> = {}): Reply => ({
  status: 200,
  body: {
    data: {
      __typename: 'Query',
      myBrokerOffice: {
        __typename: 'Broker',
        id: 'B00001',
        name: 'Verzekeringskantoor Peeters & Partners',
        portfolio: {
          __typename: 'BrokerPortfolio',
          totalCount: 1,
          pageInfo: { __typename: 'PortfolioPageInfo', hasNextPage: false, endCursor: 'c1' },
          edges: [{ __typename: 'PortfolioEdge', cursor: 'c1', node: customer(nonLifeContracts) }],
        },
      },
    },
    ...extra,
  },
});

describe('the MyBroker example against a gateway that refuses or half-answers', () => {
  const fast = { settings: { maxAttempts: 3, baseDelayMs: 10, maxDelayMs: 40, maxRetryAfterSeconds: 5 } };

  function clients(origin: string, lines: string[], now?: () => number) {
    const log = (line: string) => lines.push(line);
    const tokens = new TokenClient({
      origin,
      clientId: 'bc_test',
      clientSecret: 'bcs_test',
      log,
      retry: fast,
      ...(now ? { now } : {}),
    });
    const graph = new GraphClient({ url: `${origin}/graphql`, tokens, log, retry: fast });
    return { tokens, graph, log };
  }

  it('waits as long as a 429 says (Retry-After: 1) before asking again, and prints the stale parts of the answer', async () => {
    const gateway = await fakeGateway({
      '/oauth/token': [TOKEN],
      '/graphql': [
        RATE_LIMITED,
        page([], {
          extensions: {
            stale: [{ source: 'life-connect', type: 'lifeContract', ageSeconds: 660, reason: 'maintenance' }],
          },
        }),
      ],
    });
    try {
      const lines: string[] = [];
      const { graph, log } = clients(gateway.origin, lines);
      const started = Date.now();
      const portfolio = await readPortfolio(graph, {}, log);
      // At least the second asked for; no upper bound (a loaded machine may be slow).
      expect(Date.now() - started).toBeGreaterThanOrEqual(950);
      expect(gateway.requests).toEqual(['POST /oauth/token', 'POST /graphql', 'POST /graphql']);
      expect(lines).toContain('graph: BrokerPortfolioPage rate limited: Retry-After 1 s; waiting 1 s before attempt 2');
      expect(lines).toContain(
        '  stale: lifeContract from life-connect is 11 min old (the backend failed: maintenance)',
      );
      expect(portfolio.customers.map((c) => c.id)).toEqual(['P00000001']);
    } finally {
      await gateway.close();
    }
  });

  it('retries a token request refused with 429, and never retries wrong credentials', async () => {
    const limited = await fakeGateway({
      '/oauth/token': [
        { status: 429, headers: { 'retry-after': '1' }, body: { error: { code: 'RATE_LIMITED' } } },
        TOKEN,
      ],
    });
    const refused = await fakeGateway({
      '/oauth/token': [
        { status: 401, body: { error: 'invalid_client', error_description: 'Client authentication failed' } },
      ],
    });
    try {
      const lines: string[] = [];
      expect(await clients(limited.origin, lines).tokens.token()).toBe('token-1');
      expect(limited.requests).toEqual(['POST /oauth/token', 'POST /oauth/token']);
      expect(lines).toContain('token: rate limited: Retry-After 1 s; waiting 1 s before attempt 2');

      const failing = clients(refused.origin, []).tokens.token();
      await expect(failing).rejects.toBeInstanceOf(TokenError);
      await expect(failing).rejects.toMatchObject({ status: 401, oauthError: 'invalid_client' });
      expect(refused.requests).toEqual(['POST /oauth/token']);
    } finally {
      await limited.close();
      await refused.close();
    }
  });

  it('renews the token before it expires, not on every request', async () => {
    const gateway = await fakeGateway({ '/oauth/token': [TOKEN] });
    try {
      let now = 1_000_000;
      const { tokens } = clients(gateway.origin, [], () => now);
      await tokens.token();
      now += 239_000; // 61 s left of 300: still used
      await tokens.token();
      expect(gateway.requests).toHaveLength(1);
      now += 2_000; // 59 s left: renewed
      await tokens.token();
      expect(gateway.requests).toHaveLength(2);
      expect(tokens.issued).toBe(2);
    } finally {
      await gateway.close();
    }
  });

  it('retries retryable partial answers a bounded number of times, then prints what came and where the errors are', async () => {
    const gateway = await fakeGateway({
      '/oauth/token': [TOKEN],
      '/graphql': [
        page(null, {
          errors: [
            {
              message: 'v-connect is temporarily unavailable; try again later.',
              path: ['myBrokerOffice', 'portfolio', 'edges', 0, 'node', 'nonLifeContracts'],
              extensions: {
                code: 'BACKEND_UNAVAILABLE',
                backend: 'v-connect',
                reason: 'maintenance',
                retryable: true,
                serviceName: 'nonlife',
              },
            },
          ],
        }),
      ],
    });
    try {
      const lines: string[] = [];
      const { graph, log } = clients(gateway.origin, lines);
      const portfolio = await readPortfolio(graph, {}, log);
      expect(gateway.requests.filter((request) => request === 'POST /graphql')).toHaveLength(3);
      expect(
        lines.filter((line) => line.startsWith('graph: BrokerPortfolioPage BACKEND_UNAVAILABLE; waiting')),
      ).toHaveLength(2);
      expect(lines).toContain(
        '  error at myBrokerOffice.portfolio.edges.0.node.nonLifeContracts: BACKEND_UNAVAILABLE serviceName=nonlife backend=v-connect reason=maintenance (retryable: try again later): v-connect is temporarily unavailable; try again later.',
      );
      expect(lines).toContain(
        '    life     L000000010 PENSION "Pensioensparen" RUNNING, premium 85.00 EUR, reserve 6780.96 EUR',
      );
      expect(lines).toContain('    non-life contracts: not available now (see the errors above)');
      expect(portfolio.customers).toHaveLength(1);
    } finally {
      await gateway.close();
    }
  });

  it('never sends a mutation twice, and never retries FORBIDDEN or COST_ESTIMATED_TOO_EXPENSIVE', async () => {
    const gateway = await fakeGateway({
      '/oauth/token': [TOKEN],
      '/graphql': [
        {
          status: 503,
          headers: { 'retry-after': '1' },
          body: { errors: [{ message: 'down', extensions: { code: 'SUBGRAPH_UNAVAILABLE', retryable: true } }] },
        },
      ],
    });
    const expensive = await fakeGateway({
      '/oauth/token': [TOKEN],
      '/graphql': [
        {
          status: 400,
          body: {
            errors: [
              {
                message: 'Too expensive',
                extensions: { code: 'COST_ESTIMATED_TOO_EXPENSIVE', limit: 3000, actual: 4100 },
              },
            ],
          },
        },
      ],
    });
    const forbidden = await fakeGateway({
      '/oauth/token': [TOKEN],
      '/graphql': [
        {
          status: 200,
          body: {
            data: { myBrokerOffice: null },
            errors: [{ message: 'Forbidden', path: ['myBrokerOffice'], extensions: { code: 'FORBIDDEN' } }],
          },
        },
      ],
    });
    try {
      const answer = await clients(gateway.origin, []).graph.execute(SignOutDocument, { input: { refreshToken: 'r' } });
      expect(answer).toMatchObject({ status: 503, attempts: 1, data: null });
      expect(gateway.requests.filter((request) => request === 'POST /graphql')).toHaveLength(1);

      const lines: string[] = [];
      const { graph, log } = clients(expensive.origin, lines);
      await expect(readPortfolio(graph, {}, log)).rejects.toMatchObject({ code: 'COST_ESTIMATED_TOO_EXPENSIVE' });
      expect(expensive.requests.filter((request) => request === 'POST /graphql')).toHaveLength(1);
      expect(lines).toContain('portfolio page 1: no data (HTTP 400, COST_ESTIMATED_TOO_EXPENSIVE)');
      expect(lines).toContain(
        '  error at (no path): COST_ESTIMATED_TOO_EXPENSIVE limit=3000 actual=4100: Too expensive',
      );

      const other = clients(forbidden.origin, []);
      await expect(readPortfolio(other.graph, {}, other.log)).rejects.toMatchObject({ code: 'FORBIDDEN' });
      expect(forbidden.requests.filter((request) => request === 'POST /graphql')).toHaveLength(1);
    } finally {
      await gateway.close();
      await expensive.close();
      await forbidden.close();
    }
  });
});
