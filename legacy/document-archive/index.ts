import { runComponent } from '../../platform/component';
import { createLogger } from '../../platform/logger';
import { behaviourFrom, loadLegacyConfig, universeFrom } from '../shared/config';
import { createDocumentArchive } from './server';

void runComponent(async () => {
  const config = loadLegacyConfig(4104, { latencyMs: 20, jitterMs: 8 });
  const log = createLogger({ component: 'document-archive', level: config.LOG_LEVEL });
  const component = createDocumentArchive({ universe: universeFrom(config), behaviour: behaviourFrom(config), log });
  return { component, port: config.PORT, host: config.BIND_HOST, log };
});
