import { requireSignedIn } from '../../../platform/auth/access';
import { formatNationalRegisterNumber, maskNationalRegisterNumber } from '../../../platform/belgium';
import { forbidden } from '../../../platform/graphql/errors';
import { loadVisibleCustomer } from '../access';
import type { CustomerResolvers } from '../generated/resolvers';
import { visibleOfficesOf } from '../offices';

/**
 * Every path to a Customer (root fields, references, a broker's portfolio, a contact change's
 * result) authorized it when it was loaded; the fields below narrow what some viewers see of it.
 */
export const Customer: CustomerResolvers = {
  __resolveReference: (reference, context) => loadVisibleCustomer(context, reference.id),

  nationalRegisterNumber: (customer, _args, context) =>
    context.viewer.role === 'customer' && context.viewer.customerId === customer.id
      ? formatNationalRegisterNumber(customer.nationalRegisterNumber)
      : maskNationalRegisterNumber(customer.nationalRegisterNumber),

  contact: (customer) => ({
    email: customer.email || null,
    mobile: customer.mobile || null,
    postalAddress: customer.address,
  }),

  brokers: (customer, _args, context) => visibleOfficesOf(context, customer.id),

  // docs/requirements.md §1.6: a broker is not told about registrations, so does not see their state either.
  async registration(customer, _args, context) {
    const viewer = requireSignedIn(context.viewer);
    if (viewer.role === 'broker')
      throw forbidden('Registration details are shown to the customer and the contact centre only.');
    return context.reads.registrations.load(customer.id);
  },

  async contactChanges(customer, _args, context) {
    if (requireSignedIn(context.viewer).role !== 'support')
      throw forbidden('Contact changes are shown to the contact centre only.');
    return context.reads.contactChanges.load(customer.id);
  },

  async lockouts(customer, _args, context) {
    if (requireSignedIn(context.viewer).role !== 'support')
      throw forbidden('Lockouts are shown to the contact centre only.');
    const lockouts = await context.flows.supportActions.lockoutsOf(customer.id);
    return lockouts.map((lockout) => ({ kind: lockout.kind, until: lockout.until.toISOString() }));
  },
};
