import type { RecordCache, RecordLoader, RecordType, RequestScope } from '../../platform/cache/RecordCache';
import { fetchEach, mapEach } from '../../platform/cache/recordTypes';
import { toContractList, toNonLifeContract } from './backend/mapper';
import type { VConnectClient } from './backend/VConnectClient';
import type { NonLifeContract, NonLifeContractListEntry } from './model';

export interface NonLifeRecordTypes {
  contractList: RecordType<NonLifeContractListEntry[]>;
  contract: RecordType<NonLifeContract>;
}

/** V-Connect has no batch endpoint: a batch becomes one call per key, `perRequestConcurrency` at a time. */
export function nonLifeRecordTypes(client: VConnectClient, perRequestConcurrency: number): NonLifeRecordTypes {
  return {
    contractList: {
      name: 'nonLifeContractList',
      source: 'v-connect',
      version: 1,
      ttlSeconds: 10 * 60,
      graceSeconds: 24 * 3600,
      maxBatchSize: 50,
      fetch: async (customerIds, call) =>
        mapEach('v-connect', 'klantContracten', await fetchEach('v-connect', 'klantContracten', customerIds, perRequestConcurrency, (id) => client.contractList(id, call.requestId)), toContractList),
    },
    contract: {
      name: 'nonLifeContract',
      source: 'v-connect',
      version: 1,
      ttlSeconds: 10 * 60,
      graceSeconds: 24 * 3600,
      maxBatchSize: 100,
      fetch: async (numbers, call) =>
        mapEach('v-connect', 'contract', await fetchEach('v-connect', 'contract', numbers, perRequestConcurrency, (number) => client.contract(number, call.requestId)), toNonLifeContract),
    },
  };
}

export interface NonLifeLoaders {
  contractList: RecordLoader<NonLifeContractListEntry[]>;
  contract: RecordLoader<NonLifeContract>;
}

export function createNonLifeLoaders(cache: RecordCache, types: NonLifeRecordTypes, scope: RequestScope): NonLifeLoaders {
  return { contractList: cache.loader(types.contractList, scope), contract: cache.loader(types.contract, scope) };
}
