import { requireSignedIn } from '../../../platform/auth/access';
import { forbidden } from '../../../platform/graphql/errors';
import { isCustomerId } from '../../../platform/legacyIds';
import { loadVisibleCustomer } from '../access';
import { acknowledgeBrokerChanges } from '../feed/brokerChanges';
import { encodeFeedCursor } from '../feed/cursor';
import { message } from '../messages';
import type { Customer } from '../model';
import { problems } from '../problems';
import { supportReason, type SupportActor } from '../support/supportActions';
import type { IdentityContext } from '../context';
import type { MutationResolvers } from '../generated/resolvers';
import type { FlowCall } from '../flows/call';

const call = (context: IdentityContext): FlowCall => ({
  requestId: context.requestId,
  language: context.language,
  log: context.log,
});

/** The customer changing their own contact details; anyone else is refused before any input is read. */
function signedInCustomer(context: IdentityContext): string {
  const viewer = requireSignedIn(context.viewer);
  if (viewer.role !== 'customer') throw forbidden('Only customers change their own contact details.');
  return viewer.customerId;
}

/** The broker office whose token calls: its feed and its webhook; anyone else is refused. */
function signedInOffice(context: IdentityContext): string {
  const viewer = requireSignedIn(context.viewer);
  if (viewer.role !== 'broker') throw forbidden('Only broker tokens have a change feed.');
  return viewer.brokerId;
}

/**
 * A contact-centre staff member acting for a customer, with the reason they give (1 to 500
 * characters, else BAD_USER_INPUT); anyone else is refused before any input is read.
 */
function supportActor(context: IdentityContext, reason: string): SupportActor {
  const viewer = requireSignedIn(context.viewer);
  if (viewer.role !== 'support') throw forbidden("Only the contact centre acts on a customer's registration.");
  return { staffId: viewer.staffId, reason: supportReason(reason), requestId: context.requestId };
}

/**
 * The customer a support action is for, named in their audit trail before anything changes (the
 * trail's record of the mutation without a customer is written by the server's wrapper);
 * undefined when no customer has the id.
 */
async function supportTarget(
  context: IdentityContext,
  customerId: string,
  field: 'resendActivationCode' | 'liftLockout',
): Promise<Customer | undefined> {
  if (!isCustomerId(customerId)) return undefined;
  const customer = await context.loaders.customer.load(customerId);
  if (!customer) return undefined;
  await context.audit.mutation(`Mutation.${field}`, customer.id);
  return customer;
}

/**
 * Getting in is open to anonymous callers (it is how a caller gets a token); changing contact
 * details needs the customer's token. Expected failures come back as results; what is left is the
 * unexpected, above all a legacy system being down, which the subgraph server turns into
 * BACKEND_UNAVAILABLE (retry later) instead of an internal error.
 */
export const Mutation: MutationResolvers = {
  requestActivationCode: (_parent, { input }, context) => context.flows.activation.request(input, call(context)),
  async acknowledgeBrokerChanges(_parent, { upTo }, context) {
    const position = await acknowledgeBrokerChanges(context.flows.brokerFeeds, signedInOffice(context), upTo);
    return { acknowledgedCursor: encodeFeedCursor(position) };
  },
  registerBrokerWebhook(_parent, { url }, context) {
    return context.flows.brokerWebhooks.register(signedInOffice(context), url);
  },
  async removeBrokerWebhook(_parent, _args, context) {
    return { removed: await context.flows.brokerWebhooks.remove(signedInOffice(context)) };
  },
  registerWithActivationCode: (_parent, { input }, context) => context.flows.activation.register(input, call(context)),
  signIn: (_parent, { input }, context) => context.flows.passwordSignIn.signIn(input, call(context)),
  verifyOneTimeCode: (_parent, { input }, context) =>
    context.flows.passwordSignIn.verifyOneTimeCode(input, call(context)),
  registerWithIdentityProvider: (_parent, { input }, context) =>
    context.flows.identityProvider.register(input, call(context)),
  signInWithIdentityProvider: (_parent, { input }, context) =>
    context.flows.identityProvider.signIn(input, call(context)),
  requestPasswordReset: (_parent, { input }, context) => context.flows.passwordReset.request(input, call(context)),
  resetPassword: (_parent, { input }, context) => context.flows.passwordReset.reset(input, call(context)),

  refreshSession: async (_parent, { input }, context) => {
    const refresh = await context.flows.sessions.refresh(input.refreshToken);
    if (refresh.outcome === 'rotated') return refresh.session;
    return problems({ language: context.language, requestId: context.requestId }).refreshTokenRejected(
      refresh.outcome === 'reused' ? 'REFRESH_TOKEN_REUSED' : 'REFRESH_TOKEN_INVALID',
    );
  },

  signOut: async (_parent, { input }, context) => {
    if (await context.flows.sessions.signOut(input.refreshToken)) context.log.info('signed out');
    return { __typename: 'SignedOut', signedOut: true };
  },

  async resendActivationCode(_parent, { input }, context) {
    const actor = supportActor(context, input.reason);
    const p = problems(context);
    const customer = await supportTarget(context, input.customerId, 'resendActivationCode');
    if (!customer) return p.customerNotFound();
    const resent = await context.flows.supportActions.resendActivationCode(customer, actor, call(context));
    switch (resent.outcome) {
      case 'already-registered':
        return p.alreadyRegisteredForSupport();
      case 'no-contract':
        return p.noContractToRegister();
      case 'sent':
        return {
          __typename: 'ActivationCodeResent',
          customer: await loadVisibleCustomer(context, customer.id),
          contractNumber: resent.contractNumber,
          validUntil: resent.validUntil.toISOString(),
          message: message('SUPPORT_CODE_RESENT', context.language, { contract: resent.contractNumber }),
        };
    }
  },

  async liftLockout(_parent, { input }, context) {
    const actor = supportActor(context, input.reason);
    const customer = await supportTarget(context, input.customerId, 'liftLockout');
    if (!customer) return problems(context).customerNotFound();
    const kinds = await context.flows.supportActions.liftLockouts(customer.id, actor, context.log);
    return {
      __typename: 'LockoutLifted',
      customer: await loadVisibleCustomer(context, customer.id),
      lifted: kinds.length > 0,
      kinds,
      message: message(kinds.length > 0 ? 'SUPPORT_LOCKOUT_LIFTED' : 'SUPPORT_NO_LOCKOUT', context.language),
    };
  },

  signInAsStaff: (_parent, { input }, context) => context.flows.staffSignIn.signIn(input, call(context)),
  verifyStaffOneTimeCode: (_parent, { input }, context) => context.flows.staffSignIn.verify(input, call(context)),

  requestContactChangeCode: async (_parent, { input }, context) =>
    context.flows.contactChange.requestCode(signedInCustomer(context), input, call(context)),
  changeContactDetails: async (_parent, { input }, context) => {
    const customerId = signedInCustomer(context);
    return context.flows.contactChange.change(
      customerId,
      input,
      () => context.loaders.policyRoles.load(customerId),
      call(context),
    );
  },
};
