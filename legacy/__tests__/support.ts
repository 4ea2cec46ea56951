import { BackendError } from '../../platform/backend/BackendError';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
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
  return fetch(`${url}/admin/behaviour`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(patch),
  });
}

/** A BackendClient as the subgraphs build it, without retries so each test sees one attempt. */
export function backendClient(name: string, baseUrl: string, policy: Partial<BackendPolicy> = {}): BackendClient {
  return new BackendClient({
    name,
    baseUrl,
    log: silent,
    policy: { timeoutMs: 2_000, retries: 0, breakerThreshold: 1_000, ...policy },
  });
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

/** The BackendError a client call failed with; fails the test on success or on any other error. */
export async function backendFailure(call: Promise<unknown>): Promise<BackendError> {
  const error = await rejection(call);
  expect(error).toBeInstanceOf(BackendError);
  return error as BackendError;
}

export interface RawReply {
  status: number;
  contentType: string;
  body: string;
}

/**
 * A bare HTTP server answering `reply` to every request: for answers the mocks never give on
 * purpose (another record, a wrong shape, an HTML error page), over real HTTP.
 */
export async function rawBackend(reply: (path: string) => RawReply): Promise<{ url: string; close(): Promise<void> }> {
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      const { status, contentType, body } = reply(req.url ?? '/');
      res.writeHead(status, { 'content-type': contentType }).end(body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** A URL where nothing listens (a port just released). */
export async function closedUrl(): Promise<string> {
  const backend = await rawBackend(() => ({ status: 200, contentType: 'text/plain', body: '' }));
  await backend.close();
  return backend.url;
}

/** Collects unhandled rejections while a client test runs, so it can assert there were none. */
export function watchUnhandledRejections(): { reasons: unknown[]; stop(): void } {
  const reasons: unknown[] = [];
  const listener = (reason: unknown): void => {
    reasons.push(reason);
  };
  process.on('unhandledRejection', listener);
  return { reasons, stop: () => process.off('unhandledRejection', listener) };
}
