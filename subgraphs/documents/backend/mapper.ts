import { partyRoleOf } from '../../../platform/backend/telebib2';
import type { PartyRole } from '../../../platform/partyRoles';
import type { DocumentType } from '../generated/resolvers';
import type { ContractParties, Document } from '../model';
import type { ArchiveMetadata } from './DocumentArchiveClient';
import type { PolicyIndexEntry } from './PolicyIndexClient';

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

function onlyParty(entry: PolicyIndexEntry, role: PartyRole, what: string): string {
  const parties = entry.ROLES.filter((r) => partyRoleOf(r.ROLE_CD) === role);
  if (parties.length !== 1)
    throw new Error(`Policy ${entry.POLICY_NR} must name exactly one ${what}; it names ${parties.length}`);
  return (parties[0] as { PARTY_ID: string }).PARTY_ID;
}

/**
 * Who holds, who is insured by and who manages a contract. An entry without exactly one
 * policyholder and one intermediary cannot be read: nobody could be granted access from it.
 */
export function toContractParties(entry: PolicyIndexEntry): ContractParties {
  return {
    contractNumber: entry.POLICY_NR,
    domain: entry.DOMAIN === 'LIFE' ? 'life' : 'nonlife',
    policyholderId: onlyParty(entry, 'POLICYHOLDER', 'policyholder'),
    insuredIds: entry.ROLES.filter((r) => partyRoleOf(r.ROLE_CD) === 'INSURED').map((r) => r.PARTY_ID),
    intermediaryId: onlyParty(entry, 'INTERMEDIARY', 'intermediary'),
  };
}
