import { decodeJwt } from 'jose';
import { SUPERGRAPH_FILE } from '../../scripts/supergraph';
import { readSupergraph } from '../config';
import { sandboxPreload } from '../sandbox';
import { startTestGateway, type TestGateway } from './support';

/** Sandbox in development opens ready to run: the portal's CustomerOverview and a demo customer's token. */
describe('the Sandbox landing page', () => {
  let development: TestGateway;
  let production: TestGateway;

  beforeAll(async () => {
    const supergraph = readSupergraph(SUPERGRAPH_FILE);
    const sandbox = await sandboxPreload({ ...process.env, NODE_ENV: 'development' });
    development = await startTestGateway(supergraph, { sandbox });
    production = await startTestGateway(supergraph, { sandbox, production: true });
  });
  afterAll(async () => {
    await Promise.all([development.stop(), production.stop()]);
  });

  const landingPage = async (gateway: TestGateway): Promise<{ type: string | null; html: string }> => {
    const response = await fetch(gateway.url, { headers: { accept: 'text/html' } });
    return { type: response.headers.get('content-type'), html: await response.text() };
  };

  it("opens with CustomerOverview and An Peeters' demo token, valid for a working day", async () => {
    const { type, html } = await landingPage(development);
    expect(type).toMatch(/text\/html/);
    expect(html).toContain('query CustomerOverview');
    const token = /Bearer ([\w-]+\.[\w-]+\.[\w-]+)/.exec(html)?.[1] ?? '';
    const claims = decodeJwt(token);
    expect({ sub: claims.sub, role: claims['role'], lifetime: (claims.exp ?? 0) - (claims.iat ?? 0) }).toEqual({
      sub: 'P00000001',
      role: 'customer',
      lifetime: 43_200,
    });
  });

  it('serves nothing of it in production, even when given', async () => {
    const { html } = await landingPage(production);
    expect(html).not.toMatch(/CustomerOverview|Bearer|sandbox/i);
  });

  it('refuses to mint the demo token in production', async () => {
    await expect(sandboxPreload({ ...process.env, NODE_ENV: 'production' })).rejects.toThrow(/refuses to run/);
  });
});
