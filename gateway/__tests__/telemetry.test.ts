import { createTokenVerifier } from '../../platform/auth/tokens';
import { createLogger } from '../../platform/logger';
import { createMetrics } from '../../platform/metrics';
import { SUPERGRAPH_FILE } from '../../scripts/supergraph';
import { readSupergraph } from '../config';
import { createGateway } from '../server';

describe("the gateway and Apollo's telemetry", () => {
  it('switches off the usage metrics @apollo/gateway would send to Apollo (and its cloud metadata probes)', async () => {
    delete process.env['APOLLO_TELEMETRY_DISABLED'];
    const gateway = await createGateway({
      supergraphSdl: readSupergraph(SUPERGRAPH_FILE),
      subgraphUrls: {},
      subgraphTimeoutMs: 1_000,
      tokenVerifier: createTokenVerifier({ jwks: [], issuer: 'test', audience: 'test' }),
      log: createLogger({ component: 'gateway', level: 'silent' }),
      metrics: createMetrics('gateway', { defaultMetrics: false }),
      production: true,
      maxBodyBytes: 10_000,
    });
    try {
      expect(process.env['APOLLO_TELEMETRY_DISABLED']).toBe('true');
    } finally {
      await gateway.stop();
    }
  });
});
