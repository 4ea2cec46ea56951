import { problems } from '../problems';
import type { IdentityContext } from '../context';
import type { MutationResolvers } from '../generated/resolvers';
import type { FlowCall } from '../flows/call';

const call = (context: IdentityContext): FlowCall => ({ requestId: context.requestId, language: context.language, log: context.log });

/** Every mutation is open to anonymous callers: they are how a caller gets a token. */
export const Mutation: MutationResolvers = {
  requestActivationCode: (_parent, { input }, context) => context.flows.activation.request(input, call(context)),
  registerWithActivationCode: (_parent, { input }, context) => context.flows.activation.register(input, call(context)),
  signIn: (_parent, { input }, context) => context.flows.passwordSignIn.signIn(input, call(context)),
  verifyOneTimeCode: (_parent, { input }, context) => context.flows.passwordSignIn.verifyOneTimeCode(input, call(context)),
  registerWithIdentityProvider: (_parent, { input }, context) => context.flows.identityProvider.register(input, call(context)),
  signInWithIdentityProvider: (_parent, { input }, context) => context.flows.identityProvider.signIn(input, call(context)),
  requestPasswordReset: (_parent, { input }, context) => context.flows.passwordReset.request(input, call(context)),
  resetPassword: (_parent, { input }, context) => context.flows.passwordReset.reset(input, call(context)),

  async refreshSession(_parent, { input }, context) {
    const refresh = await context.flows.sessions.refresh(input.refreshToken);
    if (refresh.outcome === 'rotated') return refresh.session;
    return problems(context.language).refreshTokenRejected(refresh.outcome === 'reused' ? 'REFRESH_TOKEN_REUSED' : 'REFRESH_TOKEN_INVALID');
  },

  async signOut(_parent, { input }, context) {
    if (await context.flows.sessions.signOut(input.refreshToken)) context.log.info('signed out');
    return { __typename: 'SignedOut', signedOut: true };
  },
};
