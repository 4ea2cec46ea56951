import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ConfigError, loadConfig } from '../../../platform/config';
import { loadLinkSecret } from '../links/linkSecret';
import { documentsConfigSchema, offerFromConfig, publicBaseUrl } from '../config';

describe('documents configuration', () => {
  it('offers life documents only, links of 5 minutes, unless configured otherwise', () => {
    const config = loadConfig(documentsConfigSchema, {});
    expect(offerFromConfig(config)).toEqual({ nonLifeDocumentsEnabled: false });
    expect(config.DOCUMENT_URL_TTL_SECONDS).toBe(300);
    expect(offerFromConfig(loadConfig(documentsConfigSchema, { NON_LIFE_DOCUMENTS_ENABLED: 'true' }))).toEqual({
      nonLifeDocumentsEnabled: true,
    });
  });

  it.each([
    ['NON_LIFE_DOCUMENTS_ENABLED', 'maybe'],
    ['DOCUMENT_URL_TTL_SECONDS', '0'],
    ['DOCUMENT_URL_TTL_SECONDS', '3601'],
    ['PUBLIC_BASE_URL', 'api.example.be'],
  ])('refuses %s=%s with a message naming it', (variable, value) => {
    expect(() => loadConfig(documentsConfigSchema, { [variable]: value })).toThrow(new RegExp(variable));
  });

  it('points links at localhost:4000 in development, and needs an https public origin in production', () => {
    expect(publicBaseUrl({}, false).href).toBe('http://localhost:4000/');
    expect(() => publicBaseUrl({}, true)).toThrow(ConfigError);
    expect(() => publicBaseUrl({ PUBLIC_BASE_URL: 'http://api.example.be' }, true)).toThrow(/https/);
    expect(publicBaseUrl({ PUBLIC_BASE_URL: 'https://api.example.be' }, true).href).toBe('https://api.example.be/');
    expect(publicBaseUrl({ PUBLIC_BASE_URL: 'https://example.be/api' }, true).href).toBe('https://example.be/api/');
  });

  describe('the link secret', () => {
    let dir: string;
    beforeEach(() => {
      dir = mkdtempSync(path.join(tmpdir(), 'documents-secret-'));
    });
    afterEach(() => rmSync(dir, { recursive: true, force: true }));

    it('is required in production and must be 32 bytes or more', async () => {
      await expect(loadLinkSecret({ production: true })).rejects.toThrow(/DOCUMENT_URL_SECRET: required in production/);
      await expect(
        loadLinkSecret({ production: true, configured: Buffer.alloc(16, 1).toString('base64') }),
      ).rejects.toThrow(/at least 32/);
      const configured = Buffer.alloc(32, 7);
      expect(
        (await loadLinkSecret({ production: true, configured: configured.toString('base64') })).equals(configured),
      ).toBe(true);
    });

    it('is generated once outside production and then reused, so every process signs alike', async () => {
      const devFile = path.join(dir, 'document-url-secret');
      const first = await loadLinkSecret({ production: false, devFile });
      expect(first.length).toBe(32);
      expect(Buffer.from(readFileSync(devFile, 'utf8'), 'base64').equals(first)).toBe(true);
      expect((await loadLinkSecret({ production: false, devFile })).equals(first)).toBe(true);
    });
  });
});
