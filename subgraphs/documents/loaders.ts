import { BackendError } from '../../platform/backend/BackendError';
import type { RecordCache, RecordLoader, RecordType, RequestScope } from '../../platform/cache/RecordCache';
import { mapEach } from '../../platform/cache/recordTypes';
import { isCustomerId, isLifeContractNumber, isNonLifeContractNumber } from '../../platform/legacyIds';
import { ARCHIVE_BATCH_LIMIT, type ArchiveMetadata, type DocumentArchiveClient } from './backend/DocumentArchiveClient';
import { toContractParties, toDocument } from './backend/mapper';
import { POLICY_INDEX_BATCH_LIMIT, type PolicyIndexClient } from './backend/PolicyIndexClient';
import type { ContractParties, Document } from './model';

export interface DocumentRecordTypes {
  customerDocuments: RecordType<Document[]>;
  contractDocuments: RecordType<Document[]>;
  contractParties: RecordType<ContractParties>;
}

const isContractNumber = (id: string): boolean => isLifeContractNumber(id) || isNonLifeContractNumber(id);

/** Maps each key's metadata on its own, so one unreadable list fails that key and not the batch. */
function toDocumentLists(found: ReadonlyMap<string, ArchiveMetadata[]>): Map<string, Document[] | Error> {
  return new Map(
    [...found].map(([key, items]): [string, Document[] | Error] => {
      try {
        return [key, items.map(toDocument)];
      } catch (error) {
        return [
          key,
          new BackendError(
            'document-archive',
            'search',
            'malformed',
            error instanceof Error ? error.message : 'unreadable metadata',
          ),
        ];
      }
    }),
  );
}

export function documentRecordTypes(
  archive: DocumentArchiveClient,
  policyIndex: PolicyIndexClient,
): DocumentRecordTypes {
  return {
    customerDocuments: {
      name: 'customerDocuments',
      source: 'document-archive',
      version: 1,
      ttlSeconds: 15 * 60,
      graceSeconds: 24 * 3600,
      maxBatchSize: ARCHIVE_BATCH_LIMIT,
      isKey: isCustomerId,
      fetch: async (customerIds, call) => toDocumentLists(await archive.searchByCustomers(customerIds, call.requestId)),
    },
    contractDocuments: {
      name: 'contractDocuments',
      source: 'document-archive',
      version: 1,
      ttlSeconds: 15 * 60,
      graceSeconds: 24 * 3600,
      maxBatchSize: ARCHIVE_BATCH_LIMIT,
      isKey: isContractNumber,
      fetch: async (contractNumbers, call) =>
        toDocumentLists(await archive.searchByPolicies(contractNumbers, call.requestId)),
    },
    // Ownership decides access, so it is kept briefly: a contract moving to another broker office
    // shows within a minute (or at once through the invalidation route). Downloads read it fresh.
    contractParties: {
      name: 'contractParties',
      source: 'customer-master',
      version: 1,
      ttlSeconds: 60,
      graceSeconds: 15 * 60,
      maxBatchSize: POLICY_INDEX_BATCH_LIMIT,
      isKey: isContractNumber,
      fetch: async (contractNumbers, call) =>
        mapEach(
          'customer-master',
          'getPolicies',
          await policyIndex.entries(contractNumbers, call.requestId),
          toContractParties,
        ),
    },
  };
}

export interface DocumentLoaders {
  customerDocuments: RecordLoader<Document[]>;
  contractDocuments: RecordLoader<Document[]>;
  contractParties: RecordLoader<ContractParties>;
}

export function createDocumentLoaders(
  cache: RecordCache,
  types: DocumentRecordTypes,
  scope: RequestScope,
): DocumentLoaders {
  return {
    customerDocuments: cache.loader(types.customerDocuments, scope),
    contractDocuments: cache.loader(types.contractDocuments, scope),
    contractParties: cache.loader(types.contractParties, scope),
  };
}
