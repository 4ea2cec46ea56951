import { actorOf, type AuditEntry, type AuditWriter, type AuditedRequest } from './AuditEntry';
import type { AuditStore } from './AuditStore';

/** Writes straight to the store: the service that keeps the trail (identity) records its own accesses this way. */
export class StoreAuditWriter implements AuditWriter {
  constructor(private readonly store: AuditStore) {}

  write(request: AuditedRequest, entries: readonly AuditEntry[]): Promise<void> {
    return this.store.append(actorOf(request.viewer), request, entries);
  }

  async close(): Promise<void> {
    // The store's database belongs to the service that opened it.
  }
}
