import { requireDocumentRequester, requirePaperRequester, requireSupport } from '../access';
import { brokerServesCustomer, requireRequestableContract, visibleDocuments } from '../visibleDocuments';
import type { MutationResolvers } from '../generated/resolvers';
import { askedDocument } from '../documentRequestInput';
import { documentRequestProblemMessage, problemMessage } from '../messages';
import { decisionNote, paperRequestReason, supportOpeningReason } from '../paperRequestInput';
import { isOffered } from '../availability';
import { badUserInput, forbidden } from '../../../platform/graphql/errors';

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

  async requestDocument(_parent, { input }, context) {
    const asker = requireDocumentRequester(context.viewer, input.customerId);
    // Checked before anything is read, so bad input costs no backend call and records nothing.
    const asked = askedDocument(asker.customerId, input);
    await requireRequestableContract(context, asker.viewer, asked);
    // A broker or the contact centre acts on the customer's behalf: that is in the customer's trail.
    if (asker.role !== 'customer') await context.audit.mutation('Mutation.requestDocument', asked.customerId);
    const { request, created } = await context.documentRequests.request(asked, asker);
    context.customerDocumentRequests.clear(asked.customerId);
    return { request, alreadyRequested: !created };
  },

  async decideDocumentRequest(_parent, { input }, context) {
    const staff = requireSupport(context.viewer);
    const note = decisionNote(input.note);
    // The trail names the customer the decision is about, before it is recorded.
    const customerId = await context.documentRequests.customerOf(input.requestId);
    if (customerId) await context.audit.mutation('Mutation.decideDocumentRequest', customerId);
    const decided = await context.documentRequests.decide(
      input.requestId,
      input.decision === 'SEND_BY_EMAIL' ? 'SENT_BY_EMAIL' : 'REFUSED',
      staff.staffId,
      note,
    );
    switch (decided.outcome) {
      case 'decided':
        context.customerDocumentRequests.clear(decided.request.customerId);
        return { __typename: 'DocumentRequestDecided', request: decided.request };
      case 'already-decided':
        return {
          __typename: 'DocumentRequestAlreadyDecided',
          code: 'ALREADY_DECIDED',
          message: documentRequestProblemMessage('ALREADY_DECIDED', context.language),
          request: decided.request,
        };
      case 'note-required':
        throw badUserInput('Say why the request is refused: note.', 'note');
      case 'not-found':
        return {
          __typename: 'DocumentRequestNotFound',
          code: 'NOT_FOUND',
          message: documentRequestProblemMessage('NOT_FOUND', context.language),
        };
    }
  },
};
