import { request } from 'undici';
import type { Readiness } from '../platform/operator';

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
 * The gateway's detailed readiness, for the operator port only: ready once the supergraph is
 * loaded. A subgraph that is down makes the gateway `degraded` (named in the body), not unready,
 * since the other subgraphs' data is still served and pulling every gateway out of the load
 * balancer would turn one outage into a full one. The public port's readiness says ready or not
 * and names nothing (platform/operator.ts).
 */
export function gatewayReadiness(isReady: () => boolean, subgraphs: SubgraphEndpoint[]): () => Promise<Readiness> {
  return async () => {
    if (!isReady()) return { status: 503, body: { status: 'starting' } };
    const states = await Promise.all(
      subgraphs.map(async (s) => [s.name, (await isUp(s.url)) ? 'up' : 'down'] as const),
    );
    const down = states.filter(([, state]) => state === 'down').map(([name]) => name);
    return {
      status: 200,
      body: {
        status: down.length ? 'degraded' : 'ok',
        subgraphs: Object.fromEntries(states),
        ...(down.length ? { down } : {}),
      },
    };
  };
}
