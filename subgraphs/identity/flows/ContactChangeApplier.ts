import { BackendError } from '../../../platform/backend/BackendError';
import type { Logger } from '../../../platform/logger';
import type { CustomerMasterClient } from '../backend/CustomerMasterClient';
import type { ContactChangeStore, PendingContactChange } from '../store/ContactChangeStore';

/** What applying a change to the master came to: applied, still to do (the master could not be reached), or refused for good. */
export type ApplyOutcome = 'applied' | 'pending' | 'failed';

export interface ContactChangeApplierParts {
  master: CustomerMasterClient;
  events: ContactChangeStore;
  /** Evicts the customer's cached record (RecordCache.invalidate), so every replica reads the change. */
  evictCustomer: (customerId: string) => Promise<unknown>;
  log: Logger;
  /** The change went into offices' feeds: their webhooks are due now, not at the next poll. */
  onFeedAppended: () => void;
}

/**
 * Sends a recorded change to the customer master, keyed by the event's id: the master applies a
 * key once, so sending it again after a timeout or a crash cannot apply it twice. Then the event
 * waits for the broker feed and the cached customer is evicted.
 */
export class ContactChangeApplier {
  constructor(private readonly parts: ContactChangeApplierParts) {}

  async apply(event: PendingContactChange, requestId: string): Promise<ApplyOutcome> {
    const { master, events, evictCustomer, log, onFeedAppended } = this.parts;
    try {
      await master.updateContact(event.customerId, event.masterChange, event.id, requestId);
    } catch (error) {
      if (!(error instanceof BackendError)) {
        await events.release(event.id);
        throw error;
      }
      if (error.retryable) {
        await events.release(event.id);
        log.warn(
          { customerId: event.customerId, event: event.id, reason: error.failure },
          'contact change not yet applied to the customer master; it will be sent again',
        );
        return 'pending';
      }
      await events.markFailed(event.id, `${error.failure}${error.status ? ` ${error.status}` : ''}`);
      log.error(
        { customerId: event.customerId, event: event.id, reason: error.failure, status: error.status },
        'the customer master refused a contact change',
      );
      return 'failed';
    }
    if (await events.markApplied(event.id)) onFeedAppended();
    await evictCustomer(event.customerId);
    log.info(
      { customerId: event.customerId, event: event.id },
      'contact change applied to the customer master; broker event pending',
    );
    return 'applied';
  }
}
