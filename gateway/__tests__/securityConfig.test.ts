import { ConfigError } from '../../platform/config';
import { loadGatewayConfig } from '../config';
import { productionWarnings, securityOptionsFromConfig } from '../securityOptions';

describe('security settings from the environment', () => {
  it('defaults to the documented limits, no CORS origin, open persisted operations and per-process rate limits', () => {
    const options = securityOptionsFromConfig(loadGatewayConfig({}));
    expect(options.limits).toEqual({
      maxDepth: 10,
      maxAliases: 15,
      maxRootFields: 10,
      maxDirectives: 20,
      maxTokens: 1_000,
      maxCost: 1_000,
      maxBrokerCost: 3_000,
      maxPageSize: 100,
      maxStringLength: 2_000,
      defaultListSize: 10,
    });
    expect(options.corsOrigins).toEqual([]);
    expect(options.persistedOperations.mode).toBe('open');
    expect(options.persistedOperations.manifest.size).toBeGreaterThan(0);
    expect(options.rateLimiting.redis).toBeUndefined();
    expect(options.rateLimiting.policy?.general).toEqual({ points: 600, durationSeconds: 60 });
  });

  it('reads every setting', () => {
    const config = loadGatewayConfig({
      NODE_ENV: 'production',
      CORS_ORIGINS: 'https://portal.example.be, https://www.example.be',
      PERSISTED_OPERATIONS: 'safelist',
      MAX_DEPTH: '7',
      MAX_COST: '500',
      MAX_BROKER_COST: '2500',
      RATE_LIMIT_PER_MINUTE: '120',
      TRUST_PROXY_HOPS: '1',
      REDIS_URL: 'redis://redis:6379',
    });
    const options = securityOptionsFromConfig(config);
    expect(options.corsOrigins).toEqual(['https://portal.example.be', 'https://www.example.be']);
    expect(options.persistedOperations.mode).toBe('safelist');
    expect(options.limits).toMatchObject({ maxDepth: 7, maxCost: 500, maxBrokerCost: 2_500 });
    expect(options.rateLimiting).toMatchObject({
      trustedProxyHops: 1,
      redis: { url: 'redis://redis:6379' },
      policy: { general: { points: 120, durationSeconds: 60 } },
    });
    expect(productionWarnings(config)).toEqual([]);
  });

  it('warns in production about an open graph or rate limits without Redis', () => {
    expect(productionWarnings(loadGatewayConfig({ NODE_ENV: 'production' }))).toHaveLength(2);
    expect(productionWarnings(loadGatewayConfig({}))).toEqual([]);
  });

  it.each([
    ['CORS_ORIGINS', '*'],
    ['CORS_ORIGINS', 'https://portal.example.be/app'],
    ['PERSISTED_OPERATIONS', 'strict'],
    ['MAX_DEPTH', '0'],
    ['TRUST_PROXY_HOPS', '-1'],
  ])('refuses %s=%s with a message naming it', (variable, value) => {
    expect(() => loadGatewayConfig({ [variable]: value })).toThrow(ConfigError);
    expect(() => loadGatewayConfig({ [variable]: value })).toThrow(new RegExp(variable));
  });

  it('refuses two Redis targets', () => {
    expect(() =>
      securityOptionsFromConfig(loadGatewayConfig({ REDIS_URL: 'redis://a:6379', REDIS_CLUSTER_NODES: 'b:7000' })),
    ).toThrow(/REDIS_URL, REDIS_CLUSTER_NODES/);
  });

  it('refuses a missing manifest clearly', () => {
    expect(() =>
      securityOptionsFromConfig(loadGatewayConfig({ PERSISTED_OPERATIONS_MANIFEST: '/nonexistent/manifest.json' })),
    ).toThrow(/PERSISTED_OPERATIONS_MANIFEST/);
  });
});
