import type { DocumentResolvers } from '../generated/resolvers';
import { documentTitle } from '../labels';

export const Document: DocumentResolvers = {
  title: (document, _args, context) => documentTitle(document.type, document.year, context.language),
};
