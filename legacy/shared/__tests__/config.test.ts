import { ConfigError } from '../../../platform/config';
import { behaviourFrom, loadLegacyConfig, universeFrom } from '../config';

const LIFE_CONNECT = { latencyMs: 60, jitterMs: 20, maintenanceWindow: '01:00-01:30' };
const V_CONNECT = { latencyMs: 25, jitterMs: 10 };
const LIFE_CONNECT_PORTS = { port: 4102, operatorPort: 4912 };
const V_CONNECT_PORTS = { port: 4103, operatorPort: 4913 };

describe('legacy backend configuration', () => {
  it('gives each backend its own defaults: latency, and Life Connect its nightly batch window', () => {
    expect(behaviourFrom(loadLegacyConfig(LIFE_CONNECT_PORTS, LIFE_CONNECT, {}))).toEqual({
      latencyMs: 60,
      jitterMs: 20,
      errorRate: 0,
      hangRate: 0,
      malformedRate: 0,
      maintenance: false,
      maintenanceWindow: '01:00-01:30',
    });
    expect(behaviourFrom(loadLegacyConfig(V_CONNECT_PORTS, V_CONNECT, {})).maintenanceWindow).toBeNull();
  });

  it('reads every variable, and "none" switches the default window off', () => {
    const config = loadLegacyConfig(LIFE_CONNECT_PORTS, LIFE_CONNECT, {
      PORT: '0',
      OPERATOR_PORT: '4999',
      CUSTOMERS: '1000000',
      DATA_SEED: 'other',
      REFERENCE_DATE: '2026-01-01',
      LATENCY_MS: '5',
      JITTER_MS: '1',
      ERROR_RATE: '0.1',
      HANG_RATE: '0.2',
      MALFORMED_RATE: '0.3',
      MAINTENANCE: 'true',
      MAINTENANCE_WINDOW: 'none',
    });
    expect(behaviourFrom(config)).toEqual({
      latencyMs: 5,
      jitterMs: 1,
      errorRate: 0.1,
      hangRate: 0.2,
      malformedRate: 0.3,
      maintenance: true,
      maintenanceWindow: null,
    });
    expect({ port: config.PORT, operatorPort: config.OPERATOR_PORT }).toEqual({ port: 0, operatorPort: 4999 });
    const defaults = loadLegacyConfig(LIFE_CONNECT_PORTS, LIFE_CONNECT, {});
    expect({ port: defaults.PORT, operatorPort: defaults.OPERATOR_PORT }).toEqual({ port: 4102, operatorPort: 4912 });
    const universe = universeFrom(config);
    expect(universe.customerCount).toBe(1_000_000);
    expect(universe.personId(999_999)).toBe('P01000000');
  });

  it.each([
    [{ CUSTOMERS: '5' }, 'CUSTOMERS'],
    [{ CUSTOMERS: '20000000' }, 'CUSTOMERS'],
    [{ ERROR_RATE: '2' }, 'ERROR_RATE'],
    [{ ERROR_RATE: '0.6', HANG_RATE: '0.6' }, 'ERROR_RATE'],
    [{ MAINTENANCE_WINDOW: '25:00-26:00' }, 'MAINTENANCE_WINDOW'],
    [{ MAINTENANCE: 'sometimes' }, 'MAINTENANCE'],
    [{ REFERENCE_DATE: '01/11/2026' }, 'REFERENCE_DATE'],
    [{ LATENCY_MS: '-3' }, 'LATENCY_MS'],
  ])('refuses %j with a message naming %s', (env, variable) => {
    expect(() => loadLegacyConfig(LIFE_CONNECT_PORTS, LIFE_CONNECT, env)).toThrow(ConfigError);
    expect(() => loadLegacyConfig(LIFE_CONNECT_PORTS, LIFE_CONNECT, env)).toThrow(new RegExp(`${variable}:`));
  });
});
