import { canReadDecisionNote, canSeePaperRequester } from '../access';
import type { PaperDeliveryRequestResolvers } from '../generated/resolvers';

export const PaperDeliveryRequest: PaperDeliveryRequestResolvers = {
  customer: (request) => ({ id: request.customerId }),
  requestedBy: (request) => (request.requestedByOffice === null ? 'CUSTOMER' : 'BROKER'),
  requestingBroker: (request, _args, { viewer }) =>
    request.requestedByOffice !== null && canSeePaperRequester(viewer, request.requestedByOffice)
      ? { id: request.requestedByOffice }
      : null,
  reason: (request, _args, { viewer }) =>
    canSeePaperRequester(viewer, request.requestedByOffice) ? request.reason : null,
  decisionNote: (request, _args, { viewer }) => (canReadDecisionNote(viewer) ? request.decisionNote : null),
  requestedAt: (request) => request.requestedAt.toISOString(),
  decidedAt: (request) => request.decidedAt?.toISOString() ?? null,
};
