import { describeContractProbes, describeSharedCustomerDuringMaintenance } from '../../../test-support/contractProbes';

/**
 * Life contract numbers probed through the gateway, in development and production mode: ids of
 * another form cost no cache entry and no Life Connect call; "no such contract" is kept a minute,
 * twice per request at most; during Life Connect's maintenance, "not yours" and "does not exist"
 * get one answer without stale markers, and another office sees nothing of a shared customer's.
 */
describeContractProbes({
  field: 'lifeContract',
  subgraph: 'life',
  backend: 'lifeConnect',
  backendName: 'life-connect',
  recordType: 'lifeContract',
  listField: 'lifeContracts',
  sophies: 'L000000030',
  unknown: ['L099999990', 'L099999991', 'L099999992', 'L099999993', 'L099999994', 'L099999995'],
  malformed: [
    `L${'7'.repeat(149)}`,
    'L00000001',
    'L0000000300',
    'l000000030',
    ' L000000030',
    'L000000030 ',
    'L00000003O',
    'V000000035',
    'P00000003',
    'L000000030\n',
  ],
  callsForFiveUnknown: { GetContractDetails: 1 },
  callsForOneUnknown: { GetContractDetails: 1 },
});

// An Peeters (P00000001): her life contracts are managed by B00001, her fire contract by B00002.
describeSharedCustomerDuringMaintenance(
  { backend: 'lifeConnect', listField: 'lifeContracts', recordType: 'lifeContract' },
  {
    id: 'P00000001',
    contracts: ['L000000012', 'L000000011', 'L000000010'],
    ownOffice: 'B00001',
    otherOffice: 'B00002',
  },
);
