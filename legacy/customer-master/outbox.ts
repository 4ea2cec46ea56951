import { randomUUID } from 'node:crypto';

export interface OutboxMessage {
  id: string;
  sentAt: string;
  [field: string]: unknown;
}

/**
 * What a mocked gateway (SMS, post) was given to deliver, newest last, so tests and developers
 * can read the codes that were sent. Only the last `limit` messages are kept.
 */
export class Outbox {
  private readonly messages: OutboxMessage[] = [];

  constructor(private readonly limit = 1_000) {}

  deliver(message: Record<string, unknown>): OutboxMessage {
    const entry: OutboxMessage = { id: randomUUID(), sentAt: new Date().toISOString(), ...message };
    this.messages.push(entry);
    if (this.messages.length > this.limit) this.messages.splice(0, this.messages.length - this.limit);
    return entry;
  }

  /** Every kept message, or those whose `field` equals `value`. */
  list(field?: string, value?: string | null): OutboxMessage[] {
    return field && value ? this.messages.filter((message) => message[field] === value) : [...this.messages];
  }
}
