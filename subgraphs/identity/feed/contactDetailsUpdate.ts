import type { ContactChange, ContactField } from '../model';
import type { ContactDetailsUpdate } from '../store/BrokerFeedStore';

/** What a broker office's feed says of a contact change: the fields that changed and their new values, nothing else. */
export function contactDetailsUpdate(fields: readonly ContactField[], change: ContactChange): ContactDetailsUpdate {
  return {
    changedFields: [...fields],
    ...(change.email ? { email: change.email.address } : {}),
    ...(change.mobile ? { mobile: change.mobile } : {}),
    ...(change.address ? { postalAddress: change.address } : {}),
  };
}
