import { BackendError } from '../backend/BackendError';
import { mapWithConcurrency } from '../concurrency';

/** What a RecordType's fetch returns per key: the record, null for "none", or this key's own failure. */
export type Fetched<V> = Map<string, V | null | Error>;

function asError(backend: string, endpoint: string, error: unknown): Error {
  return error instanceof Error ? error : new BackendError(backend, endpoint, 'unavailable', String(error));
}

/**
 * Maps each fetched legacy record on its own, so one record the mapper cannot read fails that
 * key alone (as a `malformed` BackendError) and not the whole batch. Failures pass through.
 */
export function mapEach<R, V>(
  backend: string,
  endpoint: string,
  fetched: ReadonlyMap<string, R | null | Error>,
  map: (record: R) => V,
): Fetched<V> {
  const result: Fetched<V> = new Map();
  for (const [key, record] of fetched) {
    if (record === null || record instanceof Error) {
      result.set(key, record as null | Error);
      continue;
    }
    try {
      result.set(key, map(record));
    } catch (error) {
      result.set(
        key,
        new BackendError(
          backend,
          endpoint,
          'malformed',
          `${backend} ${endpoint}: a record could not be read (${error instanceof Error ? error.message : 'unknown'}).`,
        ),
      );
    }
  }
  return result;
}

/**
 * For backends without a batch endpoint: one call per key, at most `concurrency` in flight, each
 * key failing on its own.
 */
export async function fetchEach<R>(
  backend: string,
  endpoint: string,
  keys: readonly string[],
  concurrency: number,
  call: (key: string) => Promise<R | null>,
): Promise<Fetched<R>> {
  const results = await mapWithConcurrency(keys, concurrency, async (key) => {
    try {
      return await call(key);
    } catch (error) {
      return asError(backend, endpoint, error);
    }
  });
  return new Map(keys.map((key, index) => [key, results[index] as R | null | Error]));
}
