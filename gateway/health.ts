import { request } from 'undici';
import type { Readiness } from '../platform/operator';

export interface SubgraphEndpoint {
  name: string;
  url: string;
}

/**
 * How long one look at the subgraphs answers readiness probes: the public port's readiness
 * answers anyone, and must not turn each call into a call to every subgraph.
 */
const SUBGRAPH_STATE_TTL_MS = 1_000;

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
 * The gateway's own readiness checks, once it is serving (platform/operator.ts readinessOf says
 * 503 while it starts or drains): a subgraph that is down makes the gateway `degraded` (named in
 * the body), not unready, since the other subgraphs' data is still served and pulling every
 * gateway out of the load balancer would turn one outage into a full one. The operator port shows
 * the whole body; the public port only its status word.
 */
export function gatewayReadiness(subgraphs: SubgraphEndpoint[]): () => Promise<Readiness> {
  let last: { at: number; readiness: Promise<Readiness> } | undefined;
  const look = async (): Promise<Readiness> => {
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
  return () => {
    if (!last || Date.now() - last.at > SUBGRAPH_STATE_TTL_MS) last = { at: Date.now(), readiness: look() };
    return last.readiness;
  };
}
