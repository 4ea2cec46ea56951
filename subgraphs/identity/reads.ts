import DataLoader from 'dataloader';
import type { AccountStore, RegistrationState } from './store/AccountStore';
import type { ContactChangeEvent, ContactChangeStore } from './store/ContactChangeStore';

/** The latest changes shown per customer. */
export const CONTACT_CHANGES_SHOWN = 20;

/** What the graph reads of identity's own tables, batched per request (a broker page or a support list reads many customers at once). */
export interface IdentityReads {
  registrations: DataLoader<string, RegistrationState>;
  contactChanges: DataLoader<string, ContactChangeEvent[]>;
}

export function createIdentityReads(accounts: AccountStore, contactChanges: ContactChangeStore): IdentityReads {
  return {
    registrations: new DataLoader(async (ids: readonly string[]) => {
      const states = await accounts.registrationsOf(ids);
      return ids.map((id) => states.get(id) ?? new Error('No registration state was read.'));
    }),
    contactChanges: new DataLoader(async (ids: readonly string[]) => {
      const events = await contactChanges.ofCustomers(ids, CONTACT_CHANGES_SHOWN);
      return ids.map((id) => events.get(id) ?? []);
    }),
  };
}
