import type { RecordCache, RecordLoader, RecordType, RequestScope } from '../../platform/cache/RecordCache';
import { fetchEach, mapEach } from '../../platform/cache/recordTypes';
import { isCustomerId, isNonLifeContractNumber } from '../../platform/legacyIds';
import { toContractList, toNonLifeContract } from './backend/mapper';
import type { VConnectClient } from './backend/VConnectClient';
import type { CallSlots } from './callSlots';
import type { NonLifeContractListEntry, NonLifeContractRecord } from './model';

export interface NonLifeRecordTypes {
  contractList: RecordType<NonLifeContractListEntry[]>;
  contract: RecordType<NonLifeContractRecord>;
}

/**
 * V-Connect has no batch endpoint: a batch becomes one call per key, each taking one of the
 * request's `slots`, so the bound holds across concurrent batches of one request (a contract
 * list and a page of contract references, or batches split by `maxBatchSize`). The types are
 * built per request around its slots; a fill shared with another request runs in the slots of
 * the request that started it.
 */
export function nonLifeRecordTypes(client: VConnectClient, slots: CallSlots): NonLifeRecordTypes {
  return {
    contractList: {
      name: 'nonLifeContractList',
      source: 'v-connect',
      // 2: roles by name, not Telebib2 code.
      version: 2,
      ttlSeconds: 10 * 60,
      graceSeconds: 24 * 3600,
      maxBatchSize: 50,
      isKey: isCustomerId,
      fetch: async (customerIds, call) =>
        mapEach(
          'v-connect',
          'klantContracten',
          await fetchEach('v-connect', 'klantContracten', customerIds, customerIds.length, (id) =>
            slots(() => client.contractList(id, call.requestId)),
          ),
          toContractList,
        ),
    },
    contract: {
      name: 'nonLifeContract',
      source: 'v-connect',
      // 2: every detail of a shown contract, or only the summary of a hidden one. 3: with how the
      // premium is paid (an entry of 2 has no payment and must not be served).
      version: 3,
      ttlSeconds: 10 * 60,
      graceSeconds: 24 * 3600,
      maxBatchSize: 100,
      isKey: isNonLifeContractNumber,
      fetch: async (numbers, call) =>
        mapEach(
          'v-connect',
          'contract',
          await fetchEach('v-connect', 'contract', numbers, numbers.length, (number) =>
            slots(() => client.contract(number, call.requestId)),
          ),
          toNonLifeContract,
        ),
    },
  };
}

export interface NonLifeLoaders {
  contractList: RecordLoader<NonLifeContractListEntry[]>;
  contract: RecordLoader<NonLifeContractRecord>;
}

export function createNonLifeLoaders(
  cache: RecordCache,
  types: NonLifeRecordTypes,
  scope: RequestScope,
): NonLifeLoaders {
  return { contractList: cache.loader(types.contractList, scope), contract: cache.loader(types.contract, scope) };
}
