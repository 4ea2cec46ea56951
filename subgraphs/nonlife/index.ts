import { z } from 'zod';
import { runComponent } from '../../platform/component';
import { env } from '../../platform/config';
import { subgraphRuntimeFromEnv } from '../../platform/subgraphRuntime';
import { createNonLifeSubgraph } from './server';

void runComponent(async () => {
  const { config, runtime } = subgraphRuntimeFromEnv(
    'nonlife',
    4003,
    z.object({
      V_CONNECT_URL: env.url().default('http://127.0.0.1:4103'),
      V_CONNECT_REQUEST_CONCURRENCY: env.positiveInt(8),
    }),
  );
  const component = await createNonLifeSubgraph({
    ...runtime,
    vConnectUrl: config.V_CONNECT_URL,
    perRequestConcurrency: config.V_CONNECT_REQUEST_CONCURRENCY,
  });
  return { component, port: runtime.port, host: runtime.host, log: runtime.log };
});
