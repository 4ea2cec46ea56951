import { BackendClient, type BackendPolicy } from '../../platform/backend/BackendClient';
import { createLogger, type Logger } from '../../platform/logger';
import { CALM, type Behaviour } from '../shared/behaviour';
import type { CounterSnapshot } from '../shared/counters';
import { Universe } from '../shared/data/universe';
import type { LegacyService } from '../shared/service';

/** Helpers for tests of the legacy backends and their clients: real services on free ports, real HTTP. */

export const silent: Logger = createLogger({ component: 'test', level: 'silent' });

export const REFERENCE_DATE = '2026-11-01';

export function testUniverse(customers = 2_000, seed = 'test-seed'): Universe {
  return new Universe({ customers, seed, referenceDate: REFERENCE_DATE });
}

export function behaviour(patch: Partial<Behaviour> = {}): Behaviour {
  return { ...CALM, ...patch };
}

export type Running<S extends LegacyService> = S & { url: string };

export async function started<S extends LegacyService>(service: S): Promise<Running<S>> {
  const port = await service.listen(0, '127.0.0.1');
  return Object.assign(service, { url: `http://127.0.0.1:${port}` });
}

export async function counters(url: string): Promise<CounterSnapshot> {
  return (await (await fetch(`${url}/admin/counters`)).json()) as CounterSnapshot;
}

export async function setBehaviour(url: string, patch: Record<string, unknown>): Promise<Response> {
  return fetch(`${url}/admin/behaviour`, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify(patch) });
}

/** A BackendClient as the subgraphs build it, without retries so each test sees one attempt. */
export function backendClient(name: string, baseUrl: string, policy: Partial<BackendPolicy> = {}): BackendClient {
  return new BackendClient({ name, baseUrl, log: silent, policy: { timeoutMs: 2_000, retries: 0, breakerThreshold: 1_000, ...policy } });
}

/** Resolves with what `promise` rejected with; fails the test when it resolves. */
export async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection, but the call succeeded');
}
