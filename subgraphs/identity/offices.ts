import { requireSignedIn } from '../../platform/auth/access';
import { forbidden } from '../../platform/graphql/errors';
import { holdsOrIsInsured } from '../../platform/partyRoles';
import type { IdentityContext } from './context';
import type { Broker, PolicyRole } from './model';

/** The offices managing contracts the customer holds or is insured on, in id order. */
export function officesManaging(policies: readonly PolicyRole[]): string[] {
  return [
    ...new Set(policies.filter((policy) => holdsOrIsInsured(policy.roles)).map((policy) => policy.intermediaryId)),
  ].sort();
}

/**
 * The broker offices of a customer the viewer may see: all of them for the customer and the
 * contact centre; only their own for a broker, who must not learn which other office manages
 * one of the customer's contracts. The customer itself was authorized when it was loaded.
 */
export async function visibleOfficesOf(context: IdentityContext, customerId: string): Promise<Broker[]> {
  const viewer = requireSignedIn(context.viewer);
  const offices = officesManaging((await context.loaders.policyRoles.load(customerId)) ?? []);
  const visible = viewer.role === 'broker' ? offices.filter((id) => id === viewer.brokerId) : offices;
  const brokers = await context.loaders.broker.loadMany(visible);
  return brokers.map((broker) => {
    if (broker instanceof Error) throw broker;
    if (!broker) throw forbidden();
    return broker;
  });
}

/**
 * A broker office the viewer may see: their own (broker), one managing a contract they hold
 * (customer), any (contact centre). Anything else, an unknown id included, is FORBIDDEN.
 */
export async function loadVisibleOffice(context: IdentityContext, brokerId: string): Promise<Broker> {
  const viewer = requireSignedIn(context.viewer);
  if (viewer.role === 'broker' && viewer.brokerId !== brokerId) throw forbidden();
  if (
    viewer.role === 'customer' &&
    !officesManaging((await context.loaders.policyRoles.load(viewer.customerId)) ?? []).includes(brokerId)
  )
    throw forbidden();
  const broker = await context.loaders.broker.load(brokerId);
  if (!broker) throw forbidden();
  return broker;
}
