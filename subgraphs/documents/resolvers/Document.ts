import { requireSignedIn } from '../../../platform/auth/access';
import type { DocumentContractResolvers, DocumentResolvers } from '../generated/resolvers';
import { documentTitle } from '../labels';

export const Document: DocumentResolvers = {
  title: (document, _args, context) => documentTitle(document.type, document.year, context.language),
  contract: (document) => ({ id: document.contractNumber, domain: document.domain }),
  // Made on every request for the caller who asked; never cached.
  downloadUrl: (document, _args, context) =>
    context.links.urlFor(document, requireSignedIn(context.viewer), context.linkExpires),
  downloadUrlExpiresAt: (_document, _args, context) => new Date(context.linkExpires * 1000).toISOString(),
};

export const DocumentContract: DocumentContractResolvers = {
  __resolveType: (contract) => (contract.domain === 'life' ? 'LifeContract' : 'NonLifeContract'),
};
