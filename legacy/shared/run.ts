import { runComponent } from '../../platform/component';
import { createLogger } from '../../platform/logger';
import { createMetrics } from '../../platform/metrics';
import { legacyBackend, type LegacyBackendName } from '../../platform/topology';
import { behaviourFrom, loadLegacyConfig, universeFrom, type LegacyDefaults } from './config';
import type { LegacyMockOptions, LegacyService } from './service';

/**
 * What a mocked backend's index.ts does: read its configuration (with the backend's own
 * defaults), build it with the process's metrics, and run it (platform/component.ts: listen on
 * its port and operator port, stop cleanly on SIGTERM).
 */
export function runLegacyBackend(
  name: LegacyBackendName,
  defaults: LegacyDefaults,
  create: (options: LegacyMockOptions) => LegacyService,
): void {
  void runComponent(async () => {
    const config = loadLegacyConfig(legacyBackend(name), defaults);
    const log = createLogger({ component: name, level: config.LOG_LEVEL });
    const component = create({
      universe: universeFrom(config),
      behaviour: behaviourFrom(config),
      log,
      metrics: createMetrics(name),
    });
    return { component, port: config.PORT, operatorPort: config.OPERATOR_PORT, host: config.BIND_HOST, log };
  });
}
