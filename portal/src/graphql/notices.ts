import { useSyncExternalStore } from 'react';

/** A part of an answer served from the cache while its backend did not answer (`extensions.stale`). */
export interface StalePart {
  source: string;
  type: string;
  ageSeconds: number;
  reason: string;
}

/** What the last answer to an operation said beyond its data: stale parts and parts missing. */
export interface AnswerNotice {
  stale: StalePart[];
  /** `extensions.code` of each error that left a part of the answer empty. */
  missing: string[];
}

const EMPTY: AnswerNotice = { stale: [], missing: [] };
const byOperation = new Map<string, AnswerNotice>();
const listeners = new Set<() => void>();

export function recordNotice(operationName: string, notice: AnswerNotice): void {
  byOperation.set(operationName, notice);
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The notice of the last answer to `operationName`, re-rendering when a new answer comes in. */
export function useAnswerNotice(operationName: string): AnswerNotice {
  return useSyncExternalStore(subscribe, () => byOperation.get(operationName) ?? EMPTY);
}
