import type { ContractOwnership } from '../../platform/auth/access';
import type { DocumentRequestStatus, DocumentType, PaperDeliveryStatus } from './generated/resolvers';

/**
 * A customer as other subgraphs reference it: its key only. Whatever else a representation
 * carries is ignored; the facts this subgraph needs it looks up itself.
 */
export interface CustomerReference {
  id: string;
}

export type ContractDomain = 'life' | 'nonlife';

/** Archive metadata of one document, language-neutral (the title is localised when resolving). */
export interface Document {
  id: string;
  /** The customer the document is addressed to. */
  customerId: string;
  contractNumber: string;
  type: DocumentType;
  /** Whether the document belongs to a life or a non-life contract. */
  domain: ContractDomain;
  year: number;
  issueDate: string;
  contentType: string;
  sizeBytes: number;
  fileName: string;
}

/** Who holds, who is insured by and who manages a contract, from the customer master's policy index. */
export interface ContractParties extends ContractOwnership {
  contractNumber: string;
  domain: ContractDomain;
}

/** A contract as the documents subgraph refers to it; whether the caller may see it is decided when its documents are read. */
export interface ContractReference {
  id: string;
  domain: ContractDomain;
}

/** A customer's request for paper documents, as stored (docs/requirements.md §3.6). */
export interface PaperDeliveryRequest {
  id: string;
  customerId: string;
  /** The broker office that asked on the customer's behalf; null when the customer asked. */
  requestedByOffice: string | null;
  reason: string;
  status: PaperDeliveryStatus;
  requestedAt: Date;
  decidedAt: Date | null;
  decisionNote: string | null;
}

/** Who asked for a document: the token's role. */
export type DocumentRequesterRole = 'customer' | 'broker' | 'support';

/** A request for a document that is not in the customer zone, as stored. */
export interface DocumentRequest {
  id: string;
  customerId: string;
  contractNumber: string;
  type: DocumentType;
  year: number;
  /** The asker's own words, if any. */
  note: string | null;
  status: DocumentRequestStatus;
  requestedByRole: DocumentRequesterRole;
  /** The broker office that asked on the customer's behalf; null unless a broker asked. */
  requestedByOffice: string | null;
  requestedAt: Date;
  decidedAt: Date | null;
  decisionNote: string | null;
}
