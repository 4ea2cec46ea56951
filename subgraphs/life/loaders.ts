import type { RecordCache, RecordLoader, RecordType, RequestScope } from '../../platform/cache/RecordCache';
import { mapEach } from '../../platform/cache/recordTypes';
import { isCustomerId, isLifeContractNumber } from '../../platform/legacyIds';
import { LIFE_CONNECT_BATCH_LIMIT, type LifeConnectClient } from './backend/LifeConnectClient';
import { toContractList, toLifeContract } from './backend/mapper';
import type { LifeContract, LifeContractListEntry } from './model';

export interface LifeRecordTypes {
  contractList: RecordType<LifeContractListEntry[]>;
  contract: RecordType<LifeContract>;
}

/** Cache settings per record type: contract lists change rarely, details daily (valuations). */
export function lifeRecordTypes(client: LifeConnectClient): LifeRecordTypes {
  return {
    contractList: {
      name: 'lifeContractList',
      source: 'life-connect',
      // 2: roles by name, not Telebib2 code.
      version: 2,
      ttlSeconds: 10 * 60,
      graceSeconds: 24 * 3600,
      maxBatchSize: LIFE_CONNECT_BATCH_LIMIT,
      isKey: isCustomerId,
      fetch: async (partyIds, call) =>
        mapEach(
          'life-connect',
          'GetContractList',
          await client.contractLists(partyIds, call.requestId),
          toContractList,
        ),
    },
    contract: {
      name: 'lifeContract',
      source: 'life-connect',
      // 2: the full contract (parties, premium, valuation, funds, beneficiaries, guarantees). 3: with
      // how the premium is paid (an entry of 2 has no payment and must not be served).
      version: 3,
      ttlSeconds: 10 * 60,
      graceSeconds: 24 * 3600,
      maxBatchSize: LIFE_CONNECT_BATCH_LIMIT,
      isKey: isLifeContractNumber,
      fetch: async (numbers, call) =>
        mapEach(
          'life-connect',
          'GetContractDetails',
          await client.contractDetails(numbers, call.requestId),
          toLifeContract,
        ),
    },
  };
}

export interface LifeLoaders {
  contractList: RecordLoader<LifeContractListEntry[]>;
  contract: RecordLoader<LifeContract>;
}

export function createLifeLoaders(cache: RecordCache, types: LifeRecordTypes, scope: RequestScope): LifeLoaders {
  return { contractList: cache.loader(types.contractList, scope), contract: cache.loader(types.contract, scope) };
}
