import { runComponent } from '../../platform/component';
import { createLogger } from '../../platform/logger';
import { createMetrics } from '../../platform/metrics';
import { legacyBackend } from '../../platform/topology';
import { behaviourFrom, loadLegacyConfig, universeFrom } from '../shared/config';
import { createDocumentArchive } from './server';

void runComponent(async () => {
  const config = loadLegacyConfig(legacyBackend('document-archive'), { latencyMs: 20, jitterMs: 8 });
  const log = createLogger({ component: 'document-archive', level: config.LOG_LEVEL });
  const component = createDocumentArchive({
    universe: universeFrom(config),
    behaviour: behaviourFrom(config),
    log,
    metrics: createMetrics('document-archive'),
  });
  return { component, port: config.PORT, operatorPort: config.OPERATOR_PORT, host: config.BIND_HOST, log };
});
