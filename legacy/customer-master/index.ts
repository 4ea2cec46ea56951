import { runComponent } from '../../platform/component';
import { createLogger } from '../../platform/logger';
import { createMetrics } from '../../platform/metrics';
import { legacyBackend } from '../../platform/topology';
import { behaviourFrom, loadLegacyConfig, universeFrom } from '../shared/config';
import { createCustomerMaster } from './server';

void runComponent(async () => {
  const config = loadLegacyConfig(legacyBackend('customer-master'), { latencyMs: 15, jitterMs: 5 });
  const log = createLogger({ component: 'customer-master', level: config.LOG_LEVEL });
  const component = createCustomerMaster({
    universe: universeFrom(config),
    behaviour: behaviourFrom(config),
    log,
    metrics: createMetrics('customer-master'),
  });
  return { component, port: config.PORT, operatorPort: config.OPERATOR_PORT, host: config.BIND_HOST, log };
});
