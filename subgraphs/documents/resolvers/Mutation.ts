import { requirePaperRequester, requireSupport } from '../access';
import { brokerServesCustomer, visibleDocuments } from '../visibleDocuments';
import type { MutationResolvers } from '../generated/resolvers';
import { problemMessage } from '../messages';
import { decisionNote, paperRequestReason, supportOpeningReason } from '../paperRequestInput';
import { isOffered } from '../availability';
import { forbidden } from '../../../platform/graphql/errors';

export const Mutation: MutationResolvers = {
  async requestPaperDelivery(_parent, { input }, context) {
    const asker = await requirePaperRequester(context.viewer, input.customerId, (broker, customerId) =>
      brokerServesCustomer(context, broker, customerId),
    );
    const reason = paperRequestReason(input.reason);
    // A broker acts on the customer's behalf: that is in the customer's trail.
    if (asker.office) await context.audit.mutation('Mutation.requestPaperDelivery', asker.customerId);
    const { request, created } = await context.paperRequests.request(asker.customerId, reason, asker);
    context.latestPaperRequests.clear(asker.customerId);
    return { request, alreadyRequested: !created };
  },

  async openDocumentForSupport(_parent, { input }, context) {
    const staff = requireSupport(context.viewer);
    const reason = supportOpeningReason(input.reason);
    const addressed = (await context.loaders.customerDocuments.load(input.customerId)) ?? [];
    const candidate = addressed.find(
      (document) =>
        document.id === input.documentId &&
        document.customerId === input.customerId &&
        isOffered(document, context.offer),
    );
    const [document] = candidate ? await visibleDocuments(context, staff, [candidate]) : [];
    if (!document) throw forbidden();
    await context.audit.mutation('Mutation.openDocumentForSupport', input.customerId);
    await context.supportOpenings.record({
      staffId: staff.staffId,
      customerId: input.customerId,
      documentId: document.id,
      reason,
    });
    return document;
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
        context.relayPaperDecisions();
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
