import http from 'node:http';
import type { Browser, BrowserContext, Page, Request } from 'playwright-core';
import { createTokenVerifier } from '../../platform/auth/tokens';
import { SUPERGRAPH_FILE } from '../../scripts/supergraph';
import { eventually } from '../../test-support/eventually';
import { collectPageProblems, launchChromium, saveScreenshot } from '../../test-support/portal';
import { startSystem, TOKEN_AUDIENCE, type RunningSystem } from '../../test-support/system';
import { readSupergraph } from '../config';
import { GRAPHIQL_CONTENT_SECURITY_POLICY, GRAPHIQL_PATH } from '../graphiql';
import { sandboxPreload, type SandboxPreload } from '../sandbox';
import { startTestGateway, type TestGateway } from './support';

/**
 * The gateway's own GraphiQL, outside production: the page and its files come from the gateway
 * (npm's @graphql-yoga/graphiql, no CDN), it opens with Sandbox's preload (CustomerOverview and a
 * demo customer's token) and runs it against the gateway's /graphql; in production it is not there.
 */

jest.setTimeout(300_000);

/** Generous bounds for a loaded 2-core machine: how long to wait, never a speed claim. */
const WAIT_MS = 120_000;
const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

describe('GraphiQL served by the gateway', () => {
  let system: RunningSystem;
  let development: TestGateway;
  let production: TestGateway;
  let preload: SandboxPreload;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let problems: string[];
  const requests: string[] = [];

  const origin = (gateway: TestGateway): string => new URL(gateway.url).origin;

  beforeAll(async () => {
    // The subgraphs and backends; the gateway under test is started below as the Sandbox test starts
    // its own, here over the system's subgraphs.
    system = await startSystem({ cache: 'memory', gateway: false });
    const supergraph = readSupergraph(SUPERGRAPH_FILE);
    // Sandbox's preload, its demo token signed with the key this system's identity signs with.
    preload = await sandboxPreload({
      ...process.env,
      NODE_ENV: 'development',
      JWT_PRIVATE_JWK: system.signingJwk,
      JWT_ISSUER: TOKEN_AUDIENCE.issuer,
      JWT_AUDIENCE: TOKEN_AUDIENCE.audience,
    });
    development = await startTestGateway(supergraph, {
      subgraphUrls: system.subgraphUrls,
      tokenVerifier: createTokenVerifier({ jwks: system.signingKey.publicJwks, ...TOKEN_AUDIENCE }),
      sandbox: preload,
    });
    production = await startTestGateway(supergraph, { sandbox: preload, production: true });
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    context.setDefaultTimeout(WAIT_MS);
    // Every request the page and its workers make, wherever it goes.
    context.on('request', (request: Request) => requests.push(request.url()));
    page = await context.newPage();
    problems = collectPageProblems(page);
  });

  afterAll(async () => {
    await browser?.close();
    await development?.stop();
    await production?.stop();
    await system?.stop();
  });

  /** The text of the editor in `selector` once it shows `expected` (Monaco writes spaces as no-break spaces). */
  const editorText = async (selector: string, expected: string): Promise<string> => {
    const lines = page.locator(`${selector} .view-lines`, { hasText: expected });
    await lines.waitFor();
    return ((await lines.textContent()) ?? '').replace(/\u00a0/g, ' ');
  };

  it('opens with the preloaded query and Authorization header, and runs it against the gateway', async () => {
    const response = await page.goto(`${origin(development)}${GRAPHIQL_PATH}`);
    expect(response?.status()).toBe(200);
    expect(response?.headers()['content-security-policy']).toBe(GRAPHIQL_CONTENT_SECURITY_POLICY);
    expect(response?.headers()['cache-control']).toBe('no-store');

    // The operation editor holds Sandbox's document, the headers editor its Authorization header.
    expect(await editorText('.graphiql-query-editor', 'CustomerOverview')).toContain('query CustomerOverview {');
    const authorization = preload.headers['Authorization'] ?? '';
    expect(authorization).toMatch(/^Bearer [\w-]+\.[\w-]+\.[\w-]+$/);
    await page.getByRole('button', { name: 'Headers', exact: true }).click();
    expect(await editorText('section[aria-label="Headers"]', 'Authorization')).toContain(
      `"Authorization": "${authorization}"`,
    );

    // Run: the operation goes to the gateway's own /graphql with the header, and the answer shows.
    const sent = page.waitForRequest(
      (request) => request.method() === 'POST' && request.postData()?.includes('CustomerOverview') === true,
    );
    await page.getByRole('button', { name: /^Execute query/ }).click();
    const request = await sent;
    expect(request.url()).toBe(development.url);
    expect(request.headers()['authorization']).toBe(authorization);
    const answer = await editorText('.graphiql-response', '"data"');
    expect(answer).toContain('"me": {');
    expect(answer).toContain('"id": "P00000001"');
    await saveScreenshot(page, 'graphiql-1280x900');
    // The token stays in the page: GraphiQL's storage has the tabs, not the headers.
    const { origins } = await context.storageState();
    expect(JSON.stringify(origins)).toContain('CustomerOverview');
    expect(JSON.stringify(origins)).not.toContain('Bearer');

    expect(problems).toEqual([]);
  });

  it('loads nothing from another host: every request of the page and its workers went to the gateway', async () => {
    // Monaco starts the GraphQL language worker once the schema is in: the last file the page asks for.
    const worker = `${origin(development)}${GRAPHIQL_PATH}/workers/graphql.worker.js`;
    await eventually(async () => expect(requests).toContain(worker), WAIT_MS);
    const elsewhere = requests.filter((url) => {
      const { protocol, hostname } = new URL(url);
      return !(protocol === 'data:' || protocol === 'blob:' || LOCAL_HOSTS.has(hostname));
    });
    expect(elsewhere).toEqual([]);
    expect(requests).toEqual(
      expect.arrayContaining([
        `${origin(development)}${GRAPHIQL_PATH}/yoga-graphiql.umd.js`,
        `${origin(development)}${GRAPHIQL_PATH}/graphiql.css`,
        `${origin(development)}${GRAPHIQL_PATH}/workers/editor.worker.js`,
        development.url,
      ]),
    );
    expect(problems).toEqual([]);
  });

  it('serves its files from the package with their content types, and nothing beside them', async () => {
    const base = `${origin(development)}${GRAPHIQL_PATH}`;
    for (const [file, type] of [
      ['yoga-graphiql.umd.js', 'text/javascript; charset=utf-8'],
      ['start.js', 'text/javascript; charset=utf-8'],
      ['graphiql.css', 'text/css; charset=utf-8'],
      ['workers/editor.worker.js', 'text/javascript; charset=utf-8'],
      ['workers/json.worker.js', 'text/javascript; charset=utf-8'],
      ['workers/graphql.worker.js', 'text/javascript; charset=utf-8'],
    ] as const) {
      const answer = await fetch(`${base}/${file}`);
      expect({ file, status: answer.status, type: answer.headers.get('content-type') }).toEqual({
        file,
        status: 200,
        type,
      });
      expect(answer.headers.get('x-content-type-options')).toBe('nosniff');
      await answer.arrayBuffer();
    }
    // Sent as written (fetch would resolve the dots itself): none reaches a file.
    for (const target of [
      `${GRAPHIQL_PATH}/../package.json`,
      `${GRAPHIQL_PATH}/%2e%2e/package.json`,
      `${GRAPHIQL_PATH}/..%2fpackage.json`,
      `${GRAPHIQL_PATH}/workers/../../../../package.json`,
      `${GRAPHIQL_PATH}/dist/graphiql.css`,
      `${GRAPHIQL_PATH}/package.json`,
      `${GRAPHIQL_PATH}/constructor`,
      `${GRAPHIQL_PATH}/`,
    ])
      expect({ target, status: (await rawGet(development, target)).status }).toEqual({ target, status: 404 });
  });

  it('is not there in production: /graphiql and its files answer 404 like any unknown path', async () => {
    const unknown = await rawGet(production, '/no-such-path');
    expect(unknown.status).toBe(404);
    for (const target of [GRAPHIQL_PATH, `${GRAPHIQL_PATH}/yoga-graphiql.umd.js`, `${GRAPHIQL_PATH}/start.js`]) {
      const answer = await rawGet(production, target);
      expect({ target, status: answer.status, body: answer.body }).toEqual({
        target,
        status: 404,
        body: unknown.body,
      });
      expect(answer.body).not.toMatch(/Bearer|CustomerOverview|graphiql/i);
    }
  });
});

/** A GET of `target` exactly as written, on the gateway's origin. */
function rawGet(gateway: TestGateway, target: string): Promise<{ status: number; body: string }> {
  const { hostname, port } = new URL(gateway.url);
  return new Promise((resolve, reject) => {
    const request = http.get({ host: hostname, port, path: target, headers: { accept: 'text/html' } }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }),
      );
      response.on('error', reject);
    });
    request.on('error', reject);
  });
}
