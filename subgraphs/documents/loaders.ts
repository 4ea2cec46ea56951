import type { RecordCache, RecordLoader, RecordType, RequestScope } from '../../platform/cache/RecordCache';
import { ARCHIVE_BATCH_LIMIT, type DocumentArchiveClient } from './backend/DocumentArchiveClient';
import { toDocument } from './backend/mapper';
import type { Document } from './model';
import { BackendError } from '../../platform/backend/BackendError';

export interface DocumentRecordTypes {
  customerDocuments: RecordType<Document[]>;
}

export function documentRecordTypes(client: DocumentArchiveClient): DocumentRecordTypes {
  return {
    customerDocuments: {
      name: 'customerDocuments',
      source: 'document-archive',
      version: 1,
      ttlSeconds: 15 * 60,
      graceSeconds: 24 * 3600,
      maxBatchSize: ARCHIVE_BATCH_LIMIT,
      fetch: async (customerIds, call) => {
        const found = await client.searchByCustomers(customerIds, call.requestId);
        return new Map(
          [...found].map(([customerId, items]): [string, Document[] | Error] => {
            try {
              return [customerId, items.map(toDocument)];
            } catch (error) {
              return [customerId, new BackendError('document-archive', 'search', 'malformed', error instanceof Error ? error.message : 'unreadable metadata')];
            }
          }),
        );
      },
    },
  };
}

export interface DocumentLoaders {
  customerDocuments: RecordLoader<Document[]>;
}

export function createDocumentLoaders(cache: RecordCache, types: DocumentRecordTypes, scope: RequestScope): DocumentLoaders {
  return { customerDocuments: cache.loader(types.customerDocuments, scope) };
}
