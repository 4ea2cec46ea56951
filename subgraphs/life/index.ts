import { runComponent } from '../../platform/component';
import { subgraphRuntimeFromEnv } from '../../platform/subgraphRuntime';
import { lifeConfigSchema, lifeConnectPolicy } from './config';
import { createLifeSubgraph } from './server';

void runComponent(async () => {
  const { config, runtime } = subgraphRuntimeFromEnv('life', 4002, lifeConfigSchema);
  const component = await createLifeSubgraph({
    ...runtime,
    backendPolicy: lifeConnectPolicy(runtime.backendPolicy, config),
    lifeConnectUrl: config.LIFE_CONNECT_URL,
  });
  return { component, port: runtime.port, host: runtime.host, log: runtime.log };
});
