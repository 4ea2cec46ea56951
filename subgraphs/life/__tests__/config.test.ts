import { ConfigError, loadConfig } from '../../../platform/config';
import { lifeConfigSchema, lifeConnectPolicy } from '../config';

describe('life subgraph configuration', () => {
  const common = { timeoutMs: 3_000, retries: 1 };

  it("uses every subgraph's backend timeout unless LIFE_CONNECT_TIMEOUT_MS is set", () => {
    expect(lifeConnectPolicy(common, loadConfig(lifeConfigSchema, {}))).toEqual(common);
    expect(lifeConnectPolicy(common, loadConfig(lifeConfigSchema, { LIFE_CONNECT_TIMEOUT_MS: '1500' }))).toEqual({
      timeoutMs: 1_500,
      retries: 1,
    });
  });

  it.each([['0'], ['-5'], ['1.5'], ['soon'], ['60000']])(
    'refuses LIFE_CONNECT_TIMEOUT_MS=%s with a message naming it',
    (value) => {
      expect(() => loadConfig(lifeConfigSchema, { LIFE_CONNECT_TIMEOUT_MS: value })).toThrow(ConfigError);
      expect(() => loadConfig(lifeConfigSchema, { LIFE_CONNECT_TIMEOUT_MS: value })).toThrow(/LIFE_CONNECT_TIMEOUT_MS/);
    },
  );

  it('refuses a LIFE_CONNECT_URL that is not a URL', () => {
    expect(() => loadConfig(lifeConfigSchema, { LIFE_CONNECT_URL: 'life-connect' })).toThrow(/LIFE_CONNECT_URL/);
  });
});
