import { XMLParser } from 'fast-xml-parser';
import type { z } from 'zod';
import { BackendError } from './BackendError';
import type { BackendResponse } from './BackendClient';

/**
 * Turns a backend answer into a validated value, or a `malformed` BackendError that names the
 * backend and endpoint (never the body, which may hold personal data).
 */
export function parseJsonResponse<S extends z.ZodType>(
  backend: string,
  endpoint: string,
  response: BackendResponse,
  schema: S,
): z.infer<S> {
  if (!response.contentType.includes('json')) {
    throw new BackendError(
      backend,
      endpoint,
      'malformed',
      `${backend} ${endpoint} answered ${response.contentType || 'no content type'} instead of JSON.`,
      response.status,
    );
  }
  let value: unknown;
  try {
    value = JSON.parse(response.body.toString('utf8'));
  } catch {
    throw new BackendError(
      backend,
      endpoint,
      'malformed',
      `${backend} ${endpoint} answered invalid JSON.`,
      response.status,
    );
  }
  return validate(backend, endpoint, response.status, value, schema);
}

export function validate<S extends z.ZodType>(
  backend: string,
  endpoint: string,
  status: number,
  value: unknown,
  schema: S,
): z.infer<S> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    const where = parsed.error.issues
      .slice(0, 3)
      .map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`)
      .join('; ');
    throw new BackendError(
      backend,
      endpoint,
      'malformed',
      `${backend} ${endpoint} answered an unexpected shape (${where}).`,
      status,
    );
  }
  return parsed.data;
}

export interface XmlParseOptions {
  /** Paths of elements that are lists even when they occur once, e.g. "Envelope.Body.Response.Item". */
  arrays: readonly string[];
}

/** Parses XML (namespace prefixes removed, every value kept as a string) or throws a `malformed` BackendError. */
export function parseXmlResponse(
  backend: string,
  endpoint: string,
  response: BackendResponse,
  options: XmlParseOptions,
): Record<string, unknown> {
  const arrays = new Set(options.arrays);
  const parser = new XMLParser({
    ignoreAttributes: true,
    removeNSPrefix: true,
    parseTagValue: false,
    trimValues: true,
    isArray: (_name, jPath) => arrays.has(String(jPath)),
  });
  const text = response.body.toString('utf8');
  try {
    // `true` validates the document first, so truncated or garbled XML throws instead of half-parsing.
    return parser.parse(text, true) as Record<string, unknown>;
  } catch {
    throw new BackendError(
      backend,
      endpoint,
      'malformed',
      `${backend} ${endpoint} answered invalid XML.`,
      response.status,
    );
  }
}
