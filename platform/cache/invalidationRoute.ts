import { z } from 'zod';
import { HttpError, readJsonBody, sendJson, type Route } from '../http';
import { requireLoopback } from '../loopback';
import { MAX_ID_LENGTH } from './keys';
import type { InvalidationResult, RecordCache } from './RecordCache';
import type { RecordType } from './RecordType';

const id = z.string().min(1).max(MAX_ID_LENGTH);

const requestSchema = z
  .object({
    /** Records by type and id, e.g. { "type": "lifeContract", "ids": ["L000000010"] }. */
    keys: z
      .array(z.object({ type: z.string().min(1).max(100), ids: z.array(id).min(1).max(1_000) }).strict())
      .max(100)
      .default([]),
    /** Tags, e.g. "party:P00000001": every record carrying one. */
    tags: z.array(id).max(1_000).default([]),
  })
  .strict()
  .refine((body) => body.keys.length > 0 || body.tags.length > 0, { message: 'give keys, tags or both' });

export type InvalidationRequest = z.input<typeof requestSchema>;

/**
 * `POST /admin/cache/invalidate` on a subgraph: how a backend change event evicts entries by key
 * or by tag, through the same RecordCache API mutations use (so every replica sees it). Loopback
 * only, like every admin route. 200 when done; 202 when Redis was unavailable and the eviction
 * is being retried in the background; 400 for anything it does not understand, evicting nothing.
 */
export function cacheInvalidationRoute(cache: RecordCache, types: ReadonlyArray<RecordType<unknown>>): Route {
  const byName = new Map(types.map((type) => [type.name, type]));
  return {
    method: 'POST',
    path: '/admin/cache/invalidate',
    handler: async ({ req, res }) => {
      requireLoopback(req);
      const parsed = requestSchema.safeParse(await readJsonBody(req, 256_000));
      if (!parsed.success) {
        throw new HttpError(
          400,
          'BAD_REQUEST',
          parsed.error.issues.map((issue) => `${issue.path.join('.') || '(body)'}: ${issue.message}`).join('; '),
        );
      }
      const unknown = parsed.data.keys.map((entry) => entry.type).filter((name) => !byName.has(name));
      if (unknown.length > 0) {
        throw new HttpError(
          400,
          'UNKNOWN_TYPE',
          `Unknown record type ${[...new Set(unknown)].join(', ')}; ${cache.namespace} caches ${[...byName.keys()].join(', ')}.`,
        );
      }
      const results: InvalidationResult[] = [];
      for (const entry of parsed.data.keys)
        results.push(await cache.invalidate(byName.get(entry.type) as RecordType<unknown>, entry.ids));
      if (parsed.data.tags.length > 0) results.push(await cache.invalidateTags(parsed.data.tags));
      const deferred = results.some((result) => result.deferred);
      sendJson(res, deferred ? 202 : 200, {
        evicted: results.reduce((sum, result) => sum + result.evicted, 0),
        deferred,
      });
    },
  };
}
