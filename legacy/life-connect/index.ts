import { runComponent } from '../../platform/component';
import { createLogger } from '../../platform/logger';
import { createMetrics } from '../../platform/metrics';
import { legacyBackend } from '../../platform/topology';
import { behaviourFrom, loadLegacyConfig, universeFrom } from '../shared/config';
import { createLifeConnect } from './server';

void runComponent(async () => {
  // The slowest backend: its answers are assembled by a mainframe batch bridge, which is
  // closed for the nightly batch (01:00-01:30 UTC, 02:00-02:30 in Brussels in winter).
  const config = loadLegacyConfig(legacyBackend('life-connect'), {
    latencyMs: 60,
    jitterMs: 20,
    maintenanceWindow: '01:00-01:30',
  });
  const log = createLogger({ component: 'life-connect', level: config.LOG_LEVEL });
  const component = createLifeConnect({
    universe: universeFrom(config),
    behaviour: behaviourFrom(config),
    log,
    metrics: createMetrics('life-connect'),
  });
  return { component, port: config.PORT, operatorPort: config.OPERATOR_PORT, host: config.BIND_HOST, log };
});
