import type http from 'node:http';
import { closeGracefully, createHttpServer, listen } from '../../http';
import { isLoopbackAddress } from '../../loopback';
import { cacheInvalidationRoute } from '../invalidationRoute';
import { cacheOn, newPrefix, policyType, scope, silent } from './support';
import { MemoryCacheStore } from '../MemoryCacheStore';

describe('POST /admin/cache/invalidate', () => {
  const store = new MemoryCacheStore();
  const cache = cacheOn(store, newPrefix());
  const backend = policyType({ tags: true });
  let server: http.Server;
  let url: string;

  beforeAll(async () => {
    server = createHttpServer({ routes: [cacheInvalidationRoute(cache, [backend.type])], log: silent });
    url = `http://127.0.0.1:${await listen(server, 0, '127.0.0.1')}/admin/cache/invalidate`;
  });
  afterAll(async () => {
    await closeGracefully(server);
  });
  beforeEach(async () => {
    backend.calls.length = 0;
    await cache.loader(backend.type, scope()).loadMany(['A1', 'A2', 'A3']);
    backend.calls.length = 0;
  });

  const post = async (body: unknown): Promise<{ status: number; body: Record<string, unknown> }> => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };
  const refetched = async (): Promise<string[]> => {
    await cache.loader(backend.type, scope()).loadMany(['A1', 'A2', 'A3']);
    return backend.fetchedIds().sort();
  };

  it('evicts by type and id', async () => {
    expect(await post({ keys: [{ type: 'policy', ids: ['A1', 'A2'] }] })).toEqual({
      status: 200,
      body: { evicted: 2, deferred: false },
    });
    expect(await refetched()).toEqual(['A1', 'A2']);
  });

  it('evicts by tag', async () => {
    expect(await post({ tags: ['party:P-A3'] })).toEqual({ status: 200, body: { evicted: 1, deferred: false } });
    expect(await refetched()).toEqual(['A3']);
  });

  it.each([
    [
      'an unknown type',
      { keys: [{ type: 'lifeContract', ids: ['A1'] }] },
      'UNKNOWN_TYPE',
      /Unknown record type lifeContract; test caches policy/,
    ],
    ['nothing to evict', {}, 'BAD_REQUEST', /give keys, tags or both/],
    ['an empty id list', { keys: [{ type: 'policy', ids: [] }] }, 'BAD_REQUEST', /keys\.0\.ids/],
    ['an overlong id', { keys: [{ type: 'policy', ids: ['x'.repeat(201)] }] }, 'BAD_REQUEST', /keys\.0\.ids\.0/],
    ['an unknown field', { keys: [{ type: 'policy', ids: ['A1'] }], everything: true }, 'BAD_REQUEST', /everything/],
    ['a body that is not JSON', '{"keys": [', 'BAD_REQUEST', /not valid JSON/],
  ])('refuses %s with a clear 400 and evicts nothing', async (_case, body, code, message) => {
    const response = await post(body);
    expect(response.status).toBe(400);
    expect(response.body['error']).toMatchObject({ code, message: expect.stringMatching(message) });
    expect(await refetched()).toEqual([]);
  });
});

describe('isLoopbackAddress', () => {
  it.each(['127.0.0.1', '127.10.0.3', '::1', '::ffff:127.0.0.1'])('accepts %s', (address) => {
    expect(isLoopbackAddress(address)).toBe(true);
  });
  it.each(['10.0.0.5', '192.168.1.20', '::ffff:10.0.0.5', 'fe80::1', '1127.0.0.1', '', undefined])(
    'refuses %s',
    (address) => {
      expect(isLoopbackAddress(address)).toBe(false);
    },
  );
});
