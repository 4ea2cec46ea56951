import type { AuditWriter } from './AuditEntry';

/** What a subgraph started without an audit trail writes with: nothing, so what must be recorded is refused. */
export class UnconfiguredAuditWriter implements AuditWriter {
  constructor(private readonly service: string) {}

  async write(): Promise<void> {
    throw new Error(`No audit trail is configured for ${this.service}.`);
  }

  async close(): Promise<void> {
    // Holds nothing.
  }
}
