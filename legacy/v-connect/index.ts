import { runComponent } from '../../platform/component';
import { createLogger } from '../../platform/logger';
import { behaviourFrom, loadLegacyConfig, universeFrom } from '../shared/config';
import { createVConnect } from './server';

void runComponent(async () => {
  const config = loadLegacyConfig(4103, { latencyMs: 25, jitterMs: 10 });
  const log = createLogger({ component: 'v-connect', level: config.LOG_LEVEL });
  const component = createVConnect({ universe: universeFrom(config), behaviour: behaviourFrom(config), log });
  return { component, port: config.PORT, host: config.BIND_HOST, log };
});
