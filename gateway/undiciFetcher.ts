import type { Fetcher, FetcherHeaders, FetcherResponse } from '@apollo/utils.fetcher';
import { Agent } from 'undici';

/**
 * The gateway's subgraph fetcher: undici's `request` on a keep-alive pool. Measured on these
 * machines it costs less than half the CPU of the default fetcher per subgraph call.
 * The timeout bounds the wait for the answer's headers and then each wait for its body, with
 * undici's own coarse timers: an `AbortSignal.timeout` per call made a signal and a timer each
 * time for a bound that almost never fires.
 */
export function createUndiciFetcher(agent: Agent, timeoutMs: number): Fetcher {
  // A gateway calls a handful of subgraph URLs; parse each once rather than on every call.
  const targets = new Map<string, { origin: string; path: string }>();
  const targetOf = (url: string): { origin: string; path: string } => {
    let target = targets.get(url);
    if (!target) {
      const parsed = new URL(url);
      target = { origin: parsed.origin, path: parsed.pathname + parsed.search };
      targets.set(url, target);
    }
    return target;
  };
  return async (url, init = {}) => {
    const { origin, path } = targetOf(url);
    const response = await agent.request({
      origin,
      path,
      method: (init.method ?? 'GET') as 'GET' | 'POST',
      headers: init.headers,
      body: init.body,
      headersTimeout: timeoutMs,
      bodyTimeout: timeoutMs,
    });
    const text = await response.body.text();
    return textResponse(url, response.statusCode, new ResponseHeaders(response.headers), text);
  };
}

/**
 * Response headers as @apollo/gateway reads them (it asks for content-type and cache-control):
 * a plain map over undici's already-parsed headers, without WHATWG Headers' validation cost.
 */
class ResponseHeaders implements FetcherHeaders {
  private readonly fields = new Map<string, string>();

  constructor(raw: Record<string, string | string[] | undefined>) {
    for (const [name, value] of Object.entries(raw)) {
      if (value !== undefined) this.fields.set(name.toLowerCase(), Array.isArray(value) ? value.join(', ') : value);
    }
  }

  get(name: string): string | null {
    return this.fields.get(name.toLowerCase()) ?? null;
  }

  has(name: string): boolean {
    return this.fields.has(name.toLowerCase());
  }

  set(name: string, value: string): void {
    this.fields.set(name.toLowerCase(), value);
  }

  append(name: string, value: string): void {
    const key = name.toLowerCase();
    const existing = this.fields.get(key);
    this.fields.set(key, existing === undefined ? value : `${existing}, ${value}`);
  }

  delete(name: string): void {
    this.fields.delete(name.toLowerCase());
  }

  entries(): IterableIterator<[string, string]> {
    return this.fields.entries();
  }

  keys(): IterableIterator<string> {
    return this.fields.keys();
  }

  values(): IterableIterator<string> {
    return this.fields.values();
  }

  [Symbol.iterator](): IterableIterator<[string, string]> {
    return this.fields.entries();
  }
}

function textResponse(url: string, status: number, headers: FetcherHeaders, text: string): FetcherResponse {
  return {
    bodyUsed: false,
    url,
    redirected: false,
    status,
    ok: status >= 200 && status < 300,
    statusText: '',
    headers,
    text: async () => text,
    json: async () => JSON.parse(text) as unknown,
    arrayBuffer: async () => new TextEncoder().encode(text).buffer as ArrayBuffer,
    clone: () => textResponse(url, status, headers, text),
  };
}

export function createSubgraphAgent(): Agent {
  // Idle sockets are dropped well before the subgraphs' keepAliveTimeout (65 s), so the gateway
  // never writes to a socket the subgraph is closing (federation#2313).
  return new Agent({ keepAliveTimeout: 10_000, keepAliveMaxTimeout: 30_000, connections: 64, pipelining: 1 });
}
