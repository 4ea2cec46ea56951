import type { DocumentType } from '../generated/resolvers';
import type { Document } from '../model';
import type { ArchiveMetadata } from './DocumentArchiveClient';

/** Archive document type codes (Telebib2 X015; 901 and 902 are the archive's own). */
const TYPES: Record<string, { type: DocumentType; domain: 'life' | 'nonlife' }> = {
  '102': { type: 'TAX_CERTIFICATE', domain: 'life' },
  '113': { type: 'ANNUAL_OVERVIEW', domain: 'life' },
  '901': { type: 'PROOF_OF_PREMIUM_PAYMENT', domain: 'life' },
  '902': { type: 'PROFIT_SHARING_CERTIFICATE', domain: 'life' },
  '031': { type: 'POLICY', domain: 'nonlife' },
  '004': { type: 'GREEN_CARD', domain: 'nonlife' },
  '023': { type: 'CLAIMS_HISTORY_CERTIFICATE', domain: 'nonlife' },
};

export function toDocument(metadata: ArchiveMetadata): Document {
  const known = TYPES[metadata.docTypeCode];
  if (!known) throw new Error(`Unknown archive document type ${metadata.docTypeCode}`);
  return {
    id: metadata.documentId,
    customerId: metadata.customerId,
    contractNumber: metadata.policyNumber,
    type: known.type,
    domain: known.domain,
    year: Number(metadata.period),
    issueDate: metadata.issued.slice(0, 10),
    contentType: metadata.mimeType,
    sizeBytes: metadata.sizeBytes,
    fileName: metadata.fileName,
  };
}
