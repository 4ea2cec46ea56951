import { requireSignedIn } from '../../../platform/auth/access';
import { forbidden } from '../../../platform/graphql/errors';
import { acknowledgeBrokerChanges } from '../feed/brokerChanges';
import { encodeFeedCursor } from '../feed/cursor';
import { problems } from '../problems';
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
