import { request } from 'undici';
import type { Route } from '../platform/http';
import { sendJson } from '../platform/http';

export interface SubgraphEndpoint {
  name: string;
  url: string;
}

async function isUp(url: string): Promise<boolean> {
  try {
    const response = await request(new URL('/health/live', url), { signal: AbortSignal.timeout(1_000) });
    await response.body.dump();
    return response.statusCode === 200;
  } catch {
    return false;
  }
}

/**
 * Liveness says the process answers. Readiness says the gateway can serve: the supergraph is
 * loaded. A subgraph that is down makes the gateway `degraded` (named in the body), not unready,
 * since the other subgraphs' data is still served and pulling every gateway out of the load
 * balancer would turn one outage into a full one.
 */
export function healthRoutes(isReady: () => boolean, subgraphs: SubgraphEndpoint[]): Route[] {
  return [
    { method: 'GET', path: '/health/live', handler: ({ res }) => sendJson(res, 200, { status: 'ok' }) },
    {
      method: 'GET',
      path: '/health/ready',
      handler: async ({ res }) => {
        if (!isReady()) {
          sendJson(res, 503, { status: 'starting' });
          return;
        }
        const states = await Promise.all(
          subgraphs.map(async (s) => [s.name, (await isUp(s.url)) ? 'up' : 'down'] as const),
        );
        const down = states.filter(([, state]) => state === 'down').map(([name]) => name);
        sendJson(res, 200, {
          status: down.length ? 'degraded' : 'ok',
          subgraphs: Object.fromEntries(states),
          ...(down.length ? { down } : {}),
        });
      },
    },
  ];
}
