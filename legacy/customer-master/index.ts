import { runComponent } from '../../platform/component';
import { createLogger } from '../../platform/logger';
import { behaviourFrom, loadLegacyConfig, universeFrom } from '../shared/config';
import { createCustomerMaster } from './server';

void runComponent(async () => {
  const config = loadLegacyConfig(4101, { latencyMs: 15, jitterMs: 5 });
  const log = createLogger({ component: 'customer-master', level: config.LOG_LEVEL });
  const component = createCustomerMaster({ universe: universeFrom(config), behaviour: behaviourFrom(config), log });
  return { component, port: config.PORT, host: config.BIND_HOST, log };
});
