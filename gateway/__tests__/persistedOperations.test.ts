import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { HeaderMap } from '@apollo/server';
import { createTokenVerifier } from '../../platform/auth/tokens';
import { SUPERGRAPH_FILE } from '../../scripts/supergraph';
import { startSystem, TOKEN_AUDIENCE, type RunningSystem } from '../../test-support/system';
import { removeTestTempDir, testTempDir } from '../../test-support/tempDirs';
import { readSupergraph } from '../config';
import {
  DEFAULT_MANIFEST_PATH,
  PersistedOperationManifest,
  runsRegisteredOperation,
  sha256,
} from '../persistedOperations';
import { startTestGateway, type TestGateway } from './support';

const manifestFile = JSON.parse(readFileSync(DEFAULT_MANIFEST_PATH, 'utf8')) as Record<string, string>;
const overviewKey = Object.keys(manifestFile).find((key) =>
  manifestFile[key]?.startsWith('query CustomerOverview'),
) as string;
const OVERVIEW_HASH = overviewKey.replace(/^sha256:/, '');
const OVERVIEW = manifestFile[overviewKey] as string;
const persisted = (hash: string, query?: string) => ({
  ...(query ? { query } : {}),
  extensions: { persistedQuery: { version: 1, sha256Hash: hash } },
});

describe('the persisted-operations manifest generated from operations/', () => {
  it('holds the portal operations, each under the sha256 of its text', () => {
    const manifest = PersistedOperationManifest.fromFile();
    expect(manifest.size).toBeGreaterThanOrEqual(2);
    expect(manifest.get(OVERVIEW_HASH)).toBe(OVERVIEW);
    expect(sha256(OVERVIEW)).toBe(OVERVIEW_HASH);
  });

  it('refuses a manifest whose hash does not match its document', () => {
    const dir = testTempDir('manifest');
    try {
      const file = path.join(dir, 'persisted-documents.json');
      writeFileSync(
        file,
        JSON.stringify({ [`sha256:${OVERVIEW_HASH}`]: '{ customer(id: "P00000003") { firstName } }' }),
      );
      expect(() => PersistedOperationManifest.fromFile(file)).toThrow(/does not hold the document/);
    } finally {
      removeTestTempDir(dir);
    }
  });

  it('recognises a registered operation by hash or by exact text, over POST and GET', () => {
    const manifest = PersistedOperationManifest.fromFile();
    const post = (body: unknown) => ({ method: 'POST', headers: new HeaderMap(), search: '', body });
    expect(runsRegisteredOperation(post(persisted(OVERVIEW_HASH)), manifest)).toBe(true);
    expect(runsRegisteredOperation(post({ query: OVERVIEW }), manifest)).toBe(true);
    expect(runsRegisteredOperation(post({ query: '{ me { id } }' }), manifest)).toBe(false);
    expect(runsRegisteredOperation(post(persisted('0'.repeat(64))), manifest)).toBe(false);
    expect(runsRegisteredOperation(post([{ query: OVERVIEW }]), manifest)).toBe(false);
    const get = `?extensions=${encodeURIComponent(JSON.stringify(persisted(OVERVIEW_HASH).extensions))}`;
    expect(
      runsRegisteredOperation({ method: 'GET', headers: new HeaderMap(), search: get, body: undefined }, manifest),
    ).toBe(true);
    expect(
      runsRegisteredOperation(
        {
          method: 'GET',
          headers: new HeaderMap(),
          search: `?query=${encodeURIComponent('{ me { id } }')}`,
          body: undefined,
        },
        manifest,
      ),
    ).toBe(false);
  });
});

describe('persisted operations at the gateway', () => {
  let system: RunningSystem;
  let open: TestGateway;
  let customer: string;
  let broker: string;

  beforeAll(async () => {
    const manifest = PersistedOperationManifest.fromFile();
    system = await startSystem({ cache: 'memory', gateway: { persistedOperations: { manifest, mode: 'safelist' } } });
    customer = await system.token('customer', 'P00000001');
    broker = await system.token('broker', 'B00001');
    open = await startTestGateway(readSupergraph(SUPERGRAPH_FILE), {
      subgraphUrls: system.subgraphUrls,
      tokenVerifier: createTokenVerifier({ jwks: system.signingKey.publicJwks, ...TOKEN_AUDIENCE }),
      persistedOperations: { manifest, mode: 'open' },
    });
  });
  afterAll(async () => {
    await open.stop();
    await system.stop();
  });

  async function post(body: unknown, token?: string, url = system.gatewayUrl) {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(body),
    });
    return {
      status: response.status,
      body: (await response.json()) as {
        data?: Record<string, unknown>;
        errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
      },
    };
  }

  it('runs a registered operation sent by hash alone', async () => {
    const { status, body } = await post(persisted(OVERVIEW_HASH), customer);
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(body.data?.['me']).toMatchObject({ id: 'P00000001', firstName: 'An' });
  });

  it('in safelist mode refuses any other operation from a customer, before running it', async () => {
    system.resetCounters();
    const { status, body } = await post({ query: '{ me { id firstName } }' }, customer);
    expect(status).toBe(400);
    expect(body.data).toBeUndefined();
    expect(body.errors?.[0]?.extensions?.['code']).toBe('PERSISTED_QUERY_NOT_IN_LIST');
    expect(Object.values(system.backends).every((backend) => backend.counters.snapshot().total === 0)).toBe(true);
    // The registered text itself is accepted.
    expect((await post({ query: OVERVIEW }, customer)).body.errors).toBeUndefined();
  });

  it('in safelist mode refuses anonymous callers too, but lets a broker system send its own operation', async () => {
    expect((await post({ query: '{ __typename }' })).body.errors?.[0]?.extensions?.['code']).toBe(
      'PERSISTED_QUERY_NOT_IN_LIST',
    );
    const { body } = await post({ query: '{ __typename }' }, broker);
    expect(body).toEqual({ data: { __typename: 'Query' } });
  });

  it('answers an unknown hash with PERSISTED_QUERY_NOT_FOUND', async () => {
    const { body } = await post(persisted('f'.repeat(64)), broker);
    expect(body.errors?.[0]?.extensions?.['code']).toBe('PERSISTED_QUERY_NOT_FOUND');
  });

  it('in safelist mode never registers what a client sends (automatic persisted queries are read-only)', async () => {
    const query = '{ __typename }';
    const register = await post(persisted(sha256(query), query), broker);
    expect(register.body).toEqual({ data: { __typename: 'Query' } });
    const { body } = await post(persisted(sha256(query)), broker);
    expect(body.errors?.[0]?.extensions?.['code']).toBe('PERSISTED_QUERY_NOT_FOUND');
  });

  it('refuses a hash sent with a different text', async () => {
    const { status, body } = await post(
      persisted(OVERVIEW_HASH, '{ customer(id: "P00000003") { firstName } }'),
      broker,
    );
    expect(status).toBe(400);
    expect(body.errors?.[0]?.message).toMatch(/does not match/);
  });

  it('in open mode accepts any operation and registers automatic persisted queries', async () => {
    const query = '{ me { id } }';
    expect((await post({ query }, customer, open.url)).body.data).toEqual({ me: { id: 'P00000001' } });
    expect((await post(persisted(sha256(query), query), customer, open.url)).body.data).toEqual({
      me: { id: 'P00000001' },
    });
    expect((await post(persisted(sha256(query)), customer, open.url)).body.data).toEqual({ me: { id: 'P00000001' } });
    expect((await post(persisted(OVERVIEW_HASH), customer, open.url)).body.errors).toBeUndefined();
  });
});
