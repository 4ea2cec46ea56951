import { requireCustomer, requireSupport } from '../access';
import type { MutationResolvers } from '../generated/resolvers';
import { problemMessage } from '../messages';
import { decisionNote, paperRequestReason } from '../paperRequestInput';

export const Mutation: MutationResolvers = {
  async requestPaperDelivery(_parent, { input }, context) {
    const customer = requireCustomer(context.viewer);
    const reason = paperRequestReason(input.reason);
    const { request, created } = await context.paperRequests.request(customer.customerId, reason, customer.subject);
    context.latestPaperRequests.clear(customer.customerId);
    return { request, alreadyRequested: !created };
  },

  async decidePaperDeliveryRequest(_parent, { input }, context) {
    const staff = requireSupport(context.viewer);
    const note = decisionNote(input.note);
    // The trail names the customer the decision is about, before it is recorded.
    const customerId = await context.paperRequests.customerOf(input.requestId);
    if (customerId) await context.audit.mutation('Mutation.decidePaperDeliveryRequest', customerId);
    const decided = await context.paperRequests.decide(
      input.requestId,
      input.decision === 'APPROVE' ? 'APPROVED' : 'REFUSED',
      staff.staffId,
      note,
    );
    switch (decided.outcome) {
      case 'decided':
        context.latestPaperRequests.clear(decided.request.customerId);
        return { __typename: 'PaperDeliveryRequestDecided', request: decided.request };
      case 'already-decided':
        return {
          __typename: 'PaperDeliveryRequestAlreadyDecided',
          code: 'ALREADY_DECIDED',
          message: problemMessage('ALREADY_DECIDED', context.language),
          request: decided.request,
        };
      case 'not-found':
        return {
          __typename: 'PaperDeliveryRequestNotFound',
          code: 'NOT_FOUND',
          message: problemMessage('NOT_FOUND', context.language),
        };
    }
  },
};
