import type { RegistrationResolvers } from '../generated/resolvers';

export const Registration: RegistrationResolvers = {
  registeredAt: (state) => state.registeredAt?.toISOString() ?? null,
  lastSignInAt: (state) => state.lastSignInAt?.toISOString() ?? null,
  activationCodeSentAt: (state) => state.activationCodeSentAt?.toISOString() ?? null,
  activationCodeValidUntil: (state) => state.activationCodeValidUntil?.toISOString() ?? null,
};
