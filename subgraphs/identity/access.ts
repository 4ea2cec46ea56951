import { requireSignedIn } from '../../platform/auth/access';
import { forbidden } from '../../platform/graphql/errors';
import { holdsOrIsInsured } from '../../platform/partyRoles';
import type { IdentityContext } from './context';
import type { Customer } from './model';

/**
 * Loads a customer the viewer may see: themselves (customer), a holder of a contract their office
 * manages (broker), anyone (support staff, who help customers get in). Everything else, including
 * an unknown id, is FORBIDDEN, so ids cannot be probed.
 */
export async function loadVisibleCustomer(context: IdentityContext, customerId: string): Promise<Customer> {
  const viewer = requireSignedIn(context.viewer);
  if (viewer.role === 'customer' && viewer.customerId !== customerId) throw forbidden();
  if (viewer.role === 'broker') {
    const roles = (await context.loaders.policyRoles.load(customerId)) ?? [];
    const managed = roles.some((policy) => policy.intermediaryId === viewer.brokerId && holdsOrIsInsured(policy.roles));
    if (!managed) throw forbidden();
  }
  const customer = await context.loaders.customer.load(customerId);
  if (!customer) throw forbidden();
  await context.audit.read('Customer', [customerId]);
  return customer;
}
