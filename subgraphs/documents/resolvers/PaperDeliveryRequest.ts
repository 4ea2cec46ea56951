import { canReadPaperRequestText } from '../access';
import type { PaperDeliveryRequestResolvers } from '../generated/resolvers';

export const PaperDeliveryRequest: PaperDeliveryRequestResolvers = {
  customer: (request) => ({ id: request.customerId }),
  reason: (request, _args, { viewer }) => (canReadPaperRequestText(viewer) ? request.reason : null),
  decisionNote: (request, _args, { viewer }) => (canReadPaperRequestText(viewer) ? request.decisionNote : null),
  requestedAt: (request) => request.requestedAt.toISOString(),
  decidedAt: (request) => request.decidedAt?.toISOString() ?? null,
};
