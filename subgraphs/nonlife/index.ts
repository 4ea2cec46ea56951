import { runComponent } from '../../platform/component';
import { subgraphRuntimeFromEnv } from '../../platform/subgraphRuntime';
import { nonLifeConfigSchema } from './config';
import { createNonLifeSubgraph } from './server';

void runComponent(async () => {
  const { config, runtime } = subgraphRuntimeFromEnv('nonlife', 4003, nonLifeConfigSchema);
  const component = await createNonLifeSubgraph({
    ...runtime,
    vConnectUrl: config.V_CONNECT_URL,
    perRequestConcurrency: config.V_CONNECT_REQUEST_CONCURRENCY,
  });
  return { component, port: runtime.port, host: runtime.host, log: runtime.log };
});
