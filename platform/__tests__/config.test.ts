import { z } from 'zod';
import { ConfigError, env, loadConfig } from '../config';

describe('loadConfig', () => {
  const schema = z.object({
    GATEWAY_PORT: env.port(4000),
    REDIS_URL: env.url().optional(),
    MAINTENANCE: env.flag(false),
  });

  it('applies defaults and coerces values', () => {
    expect(loadConfig(schema, { GATEWAY_PORT: '4100', MAINTENANCE: 'true' })).toEqual({
      GATEWAY_PORT: 4100,
      MAINTENANCE: true,
    });
    expect(loadConfig(schema, { GATEWAY_PORT: '' })).toEqual({ GATEWAY_PORT: 4000, MAINTENANCE: false });
  });

  it('names every bad variable in one message, without echoing secrets', () => {
    let error: unknown;
    try {
      loadConfig(schema, { GATEWAY_PORT: 'abc', REDIS_URL: 'not a url with password hunter2', MAINTENANCE: 'maybe' });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as Error).message;
    expect(message).toMatch(/GATEWAY_PORT: .*"abc"/);
    expect(message).toMatch(/REDIS_URL: .*\[hidden\]/);
    expect(message).toMatch(/MAINTENANCE: must be true or false/);
    expect(message).not.toContain('hunter2');
  });
});
