import { runComponent } from '../../platform/component';
import { env } from '../../platform/config';
import { subgraphRuntimeFromEnv } from '../../platform/subgraphRuntime';
import { z } from 'zod';
import { createLifeSubgraph } from './server';

void runComponent(async () => {
  const { config, runtime } = subgraphRuntimeFromEnv('life', 4002, z.object({ LIFE_CONNECT_URL: env.url().default('http://127.0.0.1:4102') }));
  const component = await createLifeSubgraph({ ...runtime, lifeConnectUrl: config.LIFE_CONNECT_URL });
  return { component, port: runtime.port, host: runtime.host, log: runtime.log };
});
