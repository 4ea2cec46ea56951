import type { DocumentType } from './generated/resolvers';

/** A customer as other subgraphs reference it. */
export interface CustomerReference {
  id: string;
}

/** Archive metadata of one document, language-neutral (the title is localised when resolving). */
export interface Document {
  id: string;
  /** The customer the document is addressed to. */
  customerId: string;
  contractNumber: string;
  type: DocumentType;
  /** Whether the document belongs to a life or a non-life contract. */
  domain: 'life' | 'nonlife';
  year: number;
  issueDate: string;
  contentType: string;
  sizeBytes: number;
  fileName: string;
}
