/**
 * Why a legacy backend call failed. `retryable` tells the client whether asking again later may
 * help (an outage or maintenance) or not (the backend rejected or garbled the request).
 */
export type BackendFailure =
  'unavailable' | 'timeout' | 'maintenance' | 'circuit-open' | 'overloaded' | 'malformed' | 'rejected';

const RETRYABLE: ReadonlySet<BackendFailure> = new Set([
  'unavailable',
  'timeout',
  'maintenance',
  'circuit-open',
  'overloaded',
]);

export class BackendError extends Error {
  override readonly name = 'BackendError';
  readonly retryable: boolean;

  constructor(
    readonly backend: string,
    readonly endpoint: string,
    readonly failure: BackendFailure,
    message: string,
    readonly status?: number,
  ) {
    super(message);
    this.retryable = RETRYABLE.has(failure);
  }
}
