import { runComponent } from '../../platform/component';
import { createLogger } from '../../platform/logger';
import { createMetrics } from '../../platform/metrics';
import { legacyBackend } from '../../platform/topology';
import { behaviourFrom, loadLegacyConfig, universeFrom } from '../shared/config';
import { createVConnect } from './server';

void runComponent(async () => {
  const config = loadLegacyConfig(legacyBackend('v-connect'), { latencyMs: 25, jitterMs: 10 });
  const log = createLogger({ component: 'v-connect', level: config.LOG_LEVEL });
  const component = createVConnect({
    universe: universeFrom(config),
    behaviour: behaviourFrom(config),
    log,
    metrics: createMetrics('v-connect'),
  });
  return { component, port: config.PORT, operatorPort: config.OPERATOR_PORT, host: config.BIND_HOST, log };
});
