import { SUBGRAPHS, localUrl } from '../../platform/topology';
import { post, sequential, succeeded, type Sequential } from '../measure';
import type { BenchSystem } from '../system';
import { WARM_CUSTOMER } from './overview';
import type { Settings } from './settings';

const ME = '{ me { id firstName } }';

export interface OverheadResult {
  throughGateway: Sequential;
  straightToIdentity: Sequential;
  /** Gateway p50 minus identity p50, ms. */
  differenceP50: number;
}

/**
 * The gateway's own cost on a one-subgraph query: `{ me { id firstName } }` through the gateway,
 * and the same query with the same token straight to identity (the gateway forwards the
 * caller's Authorization and Accept-Language, and nothing a direct caller could not send), one
 * request at a time; alternated in rounds so a change in the machine's load hits both alike.
 */
export async function gatewayOverhead(bench: BenchSystem, settings: Settings): Promise<OverheadResult> {
  const token = await bench.customerToken(WARM_CUSTOMER);
  const headers = { authorization: `Bearer ${token}`, 'accept-language': 'nl' };
  const identityPort = (SUBGRAPHS.find((s) => s.name === 'identity')?.port ?? 4001) + bench.portOffset;
  const identityUrl = localUrl(identityPort, '/graphql');
  const send = (url: string) => async (): Promise<boolean> => succeeded(await post(url, { query: ME }, headers), 'me');
  for (const url of [bench.system.gatewayUrl, identityUrl])
    if (!(await send(url)())) throw new Error(`{ me { id firstName } } failed at ${url}`);
  const rounds = settings.quick ? 1 : 2;
  const gateway: Sequential[] = [];
  const identity: Sequential[] = [];
  for (let i = 0; i < rounds; i++) {
    gateway.push(await sequential(settings.sequentialSeconds / rounds, send(bench.system.gatewayUrl)));
    identity.push(await sequential(settings.sequentialSeconds / rounds, send(identityUrl)));
  }
  // The median of each round's p50 (two rounds: their mean).
  const mean = (runs: Sequential[], key: keyof Sequential): number =>
    Math.round((runs.reduce((sum, run) => sum + run[key], 0) / runs.length) * 100) / 100;
  const merged = (runs: Sequential[]): Sequential => ({
    requests: runs.reduce((sum, run) => sum + run.requests, 0),
    failed: runs.reduce((sum, run) => sum + run.failed, 0),
    p50: mean(runs, 'p50'),
    p90: mean(runs, 'p90'),
    p99: mean(runs, 'p99'),
  });
  const throughGateway = merged(gateway);
  const straightToIdentity = merged(identity);
  return {
    throughGateway,
    straightToIdentity,
    differenceP50: Math.round((throughGateway.p50 - straightToIdentity.p50) * 100) / 100,
  };
}
