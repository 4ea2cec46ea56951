import { randomUUID } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';

export const REQUEST_ID_HEADER = 'x-request-id';

/** Labels are localised in these languages; Dutch is the portal's default. */
export const LANGUAGES = ['nl', 'fr', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'nl';

/** What a request id may look like (it ends up in logs and the audit trail). */
export const REQUEST_ID_PATTERN = /^[A-Za-z0-9._:-]{8,128}$/;

/**
 * Beside the gateway's own id (in x-request-id), the id the client sent, as the gateway passes it
 * on to the subgraphs: kept with the audit records as the client's, never as the request's key.
 */
export const CALLER_REQUEST_ID_HEADER = 'x-caller-request-id';

function wellFormedId(headers: IncomingHttpHeaders | Headers, name: string): string | null {
  const value = headers instanceof Headers ? headers.get(name) : headers[name];
  const candidate = Array.isArray(value) ? value[0] : value;
  return candidate && REQUEST_ID_PATTERN.test(candidate) ? candidate : null;
}

/**
 * The request id behind the gateway: the one the gateway gave the request (x-request-id) when it
 * is well formed (it ends up in logs), a fresh one otherwise.
 */
export function requestIdFrom(headers: IncomingHttpHeaders | Headers): string {
  return wellFormedId(headers, REQUEST_ID_HEADER) ?? randomUUID();
}

/** The client's own request id as the gateway passed it on; null when it sent none (or a malformed one). */
export function callerRequestIdFrom(headers: IncomingHttpHeaders | Headers): string | null {
  return wellFormedId(headers, CALLER_REQUEST_ID_HEADER);
}

export interface GatewayRequestIds {
  /** The gateway's own, unique: what logs, backends and the audit trail know the request by. */
  requestId: string;
  /** The client's x-request-id when well formed: theirs to correlate with, not unique (any client may send any). */
  callerRequestId: string | null;
}

/** The ids of a request arriving at the gateway from a client. */
export function gatewayRequestIds(headers: IncomingHttpHeaders | Headers): GatewayRequestIds {
  return { requestId: randomUUID(), callerRequestId: wellFormedId(headers, REQUEST_ID_HEADER) };
}

/** The headers the gateway passes both ids to a subgraph in. */
export function requestIdHeaders({ requestId, callerRequestId }: GatewayRequestIds): Record<string, string> {
  return {
    [REQUEST_ID_HEADER]: requestId,
    ...(callerRequestId ? { [CALLER_REQUEST_ID_HEADER]: callerRequestId } : {}),
  };
}

/** Picks the first supported language of an Accept-Language header, honouring q-values. */
export function negotiateLanguage(header: string | null | undefined): Language {
  if (!header) return DEFAULT_LANGUAGE;
  const ranked = header
    .slice(0, 256)
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      const quality = q ? Number(q.slice(2)) : 1;
      return {
        language: tag.toLowerCase().split('-')[0] ?? '',
        quality: Number.isFinite(quality) ? quality : 0,
        index,
      };
    })
    .filter((entry) => entry.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.index - b.index);
  const match = ranked.find((entry) => (LANGUAGES as readonly string[]).includes(entry.language));
  return (match?.language as Language | undefined) ?? DEFAULT_LANGUAGE;
}
