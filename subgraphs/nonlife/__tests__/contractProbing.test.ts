import { describeContractProbes } from '../../../test-support/contractProbes';

/**
 * Non-life contract numbers probed through the gateway, in development and production mode: ids
 * of another form cost no cache entry and no V-Connect call; "no such contract" is kept a minute,
 * twice per request at most; during V-Connect's maintenance, "not yours" and "does not exist" get
 * one answer without stale markers (the attack asked for V000000035, Sophie Dubois's).
 */
describeContractProbes({
  field: 'nonLifeContract',
  subgraph: 'nonlife',
  backend: 'vConnect',
  backendName: 'v-connect',
  recordType: 'nonLifeContract',
  listField: 'nonLifeContracts',
  sophies: 'V000000035',
  unknown: ['V099999990', 'V099999991', 'V099999992', 'V099999993', 'V099999994', 'V099999995'],
  malformed: [
    `V${'3'.repeat(149)}`,
    'V00000003',
    'V0000000350',
    'v000000035',
    ' V000000035',
    'V000000035 ',
    'V00000003S',
    'L000000030',
    'P00000003',
    'V000000035\n',
  ],
  callsForFiveUnknown: { contract: 5 },
  callsForOneUnknown: { contract: 1 },
});
