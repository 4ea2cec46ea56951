import type {
  ContactChangeResolvers,
  ContactChangeStatus,
  ContactDetailsChangedResolvers,
} from '../generated/resolvers';
import { loadVisibleCustomer } from '../access';
import type { ContactChangeState } from '../store/ContactChangeStore';

const STATUS: Record<ContactChangeState, ContactChangeStatus> = {
  applying: 'APPLYING',
  'pending-broker': 'PENDING_BROKER',
  delivered: 'DELIVERED',
  failed: 'FAILED',
};

export const ContactChange: ContactChangeResolvers = {
  requestedAt: (event) => event.createdAt.toISOString(),
  status: (event) => STATUS[event.state],
  appliedAt: (event) => event.appliedAt?.toISOString() ?? null,
};

export const ContactDetailsChanged: ContactDetailsChangedResolvers = {
  customer: (changed, _args, context) => loadVisibleCustomer(context, changed.customerId),
};
