import { canReadDocumentRequestNotes } from '../access';
import type { DocumentRequestOrigin, DocumentRequestResolvers } from '../generated/resolvers';
import type { DocumentRequesterRole } from '../model';

const ORIGIN: Record<DocumentRequesterRole, DocumentRequestOrigin> = {
  customer: 'CUSTOMER',
  broker: 'BROKER',
  support: 'SUPPORT',
};

export const DocumentRequest: DocumentRequestResolvers = {
  customer: (request) => ({ id: request.customerId }),
  requestedBy: (request) => ORIGIN[request.requestedByRole],
  note: (request, _args, { viewer }) =>
    canReadDocumentRequestNotes(viewer, request.requestedByOffice) ? request.note : null,
  decisionNote: (request, _args, { viewer }) =>
    canReadDocumentRequestNotes(viewer, request.requestedByOffice) ? request.decisionNote : null,
  requestedAt: (request) => request.requestedAt.toISOString(),
  decidedAt: (request) => request.decidedAt?.toISOString() ?? null,
};
