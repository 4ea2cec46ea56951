import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import path from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import type { TokenSource } from './graphClient';
import { decide, type RetrySettings } from './retryPolicy';
import { formatSeconds, sleep, type Log } from './support';

export interface DownloadOptions {
  /** `Document.downloadUrl`: signed for this document and this client, valid 5 minutes. */
  link: string;
  /** The gateway's origin, the only one this client sends its token to. */
  origin: string;
  /** The document's `fileName`; only its last part is used. */
  fileName: string;
  /** A folder of the caller's (a fresh temporary one in the example). */
  directory: string;
  tokens: TokenSource;
  log: Log;
  fetch?: typeof fetch;
  retry?: { settings?: RetrySettings; random?: () => number };
}

export interface Downloaded {
  file: string;
  bytes: number;
  sha256: string;
  contentType: string | null;
}

/** A refusal of the download route (`{"error":{"code","message"}}`, docs/errors.md "HTTP routes"). */
export class DownloadError extends Error {
  constructor(
    message: string,
    readonly status: number | undefined,
    readonly code: string | undefined,
  ) {
    super(message);
    this.name = 'DownloadError';
  }
}

/**
 * The link as this client fetches it: its path and query (which name and sign the document) on
 * the gateway's origin. The bearer token must go only where it was meant for; a link carries the
 * public origin the gateway was configured with, which from inside a network may be a load
 * balancer's name, and a link of any other host is never sent a token.
 */
export function downloadTarget(link: string, origin: string): URL {
  const parsed = new URL(link);
  return new URL(`${parsed.pathname}${parsed.search}`, origin);
}

/**
 * GETs a document with the bearer token and streams it to a file, hashing it on the way. A
 * download is safe to repeat: 429 and 503 (the archive or the audit trail down) are retried as
 * the policy says; LINK_EXPIRED needs a new link from the graph, FORBIDDEN never changes.
 */
export async function downloadDocument(options: DownloadOptions): Promise<Downloaded> {
  const fetchImpl = options.fetch ?? globalThis.fetch;
  const target = downloadTarget(options.link, options.origin);
  let renewedAfter401 = false;
  for (let attempt = 1; ; attempt++) {
    const token = await options.tokens.token();
    let response: Response | undefined;
    try {
      response = await fetchImpl(target, {
        headers: { authorization: `Bearer ${token}` },
        signal: AbortSignal.timeout(60_000),
      });
    } catch {
      response = undefined;
    }
    if (response?.ok && response.body) return save(response, options);
    const refusal = response ? await refusalOf(response) : undefined;
    if (response?.status === 401 && !renewedAfter401) {
      renewedAfter401 = true;
      options.tokens.invalidate();
      attempt--;
      continue;
    }
    const decision = decide(
      'download',
      response
        ? { kind: 'response', status: response.status, retryAfter: response.headers.get('retry-after'), errors: [] }
        : { kind: 'network-error' },
      attempt,
      options.retry ?? {},
    );
    if (!decision.retry)
      throw new DownloadError(
        `The download was refused: ${response ? `HTTP ${response.status}` : 'no answer'}${refusal ? ` ${refusal.code}: ${refusal.message}` : ''}.`,
        response?.status,
        refusal?.code,
      );
    options.log(
      `download: ${decision.reason}; waiting ${formatSeconds(decision.waitMs)} before attempt ${attempt + 1}`,
    );
    await sleep(decision.waitMs);
  }
}

async function refusalOf(response: Response): Promise<{ code: string; message: string } | undefined> {
  const body: unknown = await response.json().catch(() => undefined);
  const error = typeof body === 'object' && body !== null ? (body as Record<string, unknown>)['error'] : undefined;
  if (typeof error !== 'object' || error === null) return undefined;
  const { code, message } = error as Record<string, unknown>;
  return { code: String(code ?? 'UNKNOWN'), message: String(message ?? '') };
}

async function save(response: Response, options: DownloadOptions): Promise<Downloaded> {
  // Never a path from the server: only the last part of the name, inside the caller's folder.
  const file = path.join(options.directory, path.basename(options.fileName) || 'document.pdf');
  const hash = createHash('sha256');
  let bytes = 0;
  const counter = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      hash.update(chunk);
      bytes += chunk.length;
      done(null, chunk);
    },
  });
  await pipeline(
    Readable.fromWeb(response.body as unknown as WebReadableStream<Uint8Array>),
    counter,
    createWriteStream(file, { flags: 'wx' }),
  );
  // A cut-off transfer would otherwise pass for a whole (smaller) file.
  const expected = response.headers.get('content-length');
  if (expected !== null && Number(expected) !== bytes)
    throw new DownloadError(`The download ended after ${bytes} of ${expected} bytes.`, response.status, 'INCOMPLETE');
  return { file, bytes, sha256: hash.digest('hex'), contentType: response.headers.get('content-type') };
}
