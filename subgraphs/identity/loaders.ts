import type { RecordCache, RecordLoader, RecordType, RequestScope } from '../../platform/cache/RecordCache';
import { fetchEach, mapEach } from '../../platform/cache/recordTypes';
import { CUSTOMER_MASTER_BATCH_LIMIT, type CustomerMasterClient } from './backend/CustomerMasterClient';
import { toBroker, toCustomer, toPolicyRoles } from './backend/mapper';
import type { Broker, Customer, PolicyRole } from './model';

export interface IdentityRecordTypes {
  customer: RecordType<Customer>;
  policyRoles: RecordType<PolicyRole[]>;
  broker: RecordType<Broker>;
}

export function identityRecordTypes(client: CustomerMasterClient): IdentityRecordTypes {
  return {
    customer: {
      name: 'customer',
      source: 'customer-master',
      version: 1,
      ttlSeconds: 5 * 60,
      graceSeconds: 24 * 3600,
      maxBatchSize: CUSTOMER_MASTER_BATCH_LIMIT,
      fetch: async (ids, call) =>
        mapEach('customer-master', 'getParties', await client.persons(ids, call.requestId), toCustomer),
    },
    policyRoles: {
      name: 'policyRoles',
      source: 'customer-master',
      // 2: roles by name, not Telebib2 code.
      version: 2,
      ttlSeconds: 10 * 60,
      graceSeconds: 24 * 3600,
      maxBatchSize: 50,
      fetch: async (ids, call) =>
        mapEach(
          'customer-master',
          'getPartyPolicies',
          await fetchEach('customer-master', 'getPartyPolicies', ids, 8, (id) =>
            client.partyPolicies(id, call.requestId),
          ),
          toPolicyRoles,
        ),
    },
    broker: {
      name: 'broker',
      source: 'customer-master',
      version: 1,
      // An office's name and contact details rarely change.
      ttlSeconds: 60 * 60,
      graceSeconds: 24 * 3600,
      maxBatchSize: CUSTOMER_MASTER_BATCH_LIMIT,
      fetch: async (ids, call) =>
        mapEach('customer-master', 'getBrokers', await client.brokers(ids, call.requestId), toBroker),
    },
  };
}

export interface IdentityLoaders {
  customer: RecordLoader<Customer>;
  policyRoles: RecordLoader<PolicyRole[]>;
  broker: RecordLoader<Broker>;
}

export function createIdentityLoaders(
  cache: RecordCache,
  types: IdentityRecordTypes,
  scope: RequestScope,
): IdentityLoaders {
  return {
    customer: cache.loader(types.customer, scope),
    policyRoles: cache.loader(types.policyRoles, scope),
    broker: cache.loader(types.broker, scope),
  };
}
