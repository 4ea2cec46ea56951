import type { BackendClient } from '../../../platform/backend/BackendClient';
import { BackendError } from '../../../platform/backend/BackendError';
import {
  backendClient,
  behaviour,
  rawBackend,
  rejection,
  setBehaviour,
  silent,
  started,
  testUniverse,
  type Running,
} from '../../../legacy/__tests__/support';
import { createCustomerMaster, type CustomerMaster } from '../../../legacy/customer-master/server';
import { toContractParties } from '../backend/mapper';
import { PolicyIndexClient, type PolicyIndexEntry } from '../backend/PolicyIndexClient';

describe('PolicyIndexClient', () => {
  const universe = testUniverse(2_000);
  let master: Running<CustomerMaster>;
  let client: PolicyIndexClient;
  const opened: BackendClient[] = [];
  const clientOf = (url: string): PolicyIndexClient => {
    const http = backendClient('customer-master', url);
    opened.push(http);
    return new PolicyIndexClient(http);
  };

  beforeAll(async () => {
    master = await started(createCustomerMaster({ universe, behaviour: behaviour(), log: silent }));
    client = clientOf(master.url);
  });
  afterAll(async () => {
    for (const http of opened) await http.close();
    await master.stop();
  });
  beforeEach(async () => {
    await setBehaviour(master.url, { errorRate: 0, malformedRate: 0, maintenance: false });
  });

  it("reads who holds, who is insured by and which office manages each contract, as the customer master's policy index says", async () => {
    const entries = await client.entries(['L000000010', 'L000000012', 'V000000014', 'L999999999'], 'req-1');
    const parties = (number: string) => toContractParties(entries.get(number) as PolicyIndexEntry);
    for (const number of ['L000000010', 'L000000012', 'V000000014']) {
      const legacy = universe.policyIndexEntry(number);
      expect(parties(number)).toEqual({
        contractNumber: number,
        domain: legacy?.kind,
        policyholderId: legacy?.policyholderId,
        insuredIds: legacy?.insuredIds,
        intermediaryId: legacy?.intermediaryId,
      });
    }
    // The demo of docs/demo-data.md: An's fire contract at B00002, her universal life (insuring Luc) at B00001.
    expect(parties('V000000014')).toMatchObject({
      domain: 'nonlife',
      policyholderId: 'P00000001',
      intermediaryId: 'B00002',
    });
    expect(parties('L000000012')).toMatchObject({
      policyholderId: 'P00000001',
      insuredIds: ['P00000002'],
      intermediaryId: 'B00001',
    });
    expect(entries.get('L999999999')).toBeNull();
  });

  it('asks for at most 50 contracts per call', async () => {
    const numbers = Array.from({ length: 51 }, (_, i) => `L${String(i).padStart(9, '0')}`);
    await expect(client.entries(numbers, 'req-1')).rejects.toThrow(RangeError);
    master.counters.reset();
    expect((await client.entries(numbers.slice(0, 50), 'req-1')).size).toBe(50);
    expect(master.counters.snapshot().calls).toEqual({ getPolicies: 1 });
  });

  it.each([
    ['a storage error', { errorRate: 1 }, 'unavailable'],
    ['maintenance', { maintenance: true }, 'maintenance'],
  ])('turns %s into a BackendError', async (_case, patch, failure) => {
    await setBehaviour(master.url, patch);
    const error = await rejection(client.entries(['L000000010'], 'req-1'));
    expect(error).toBeInstanceOf(BackendError);
    expect(error).toMatchObject({ backend: 'customer-master', endpoint: 'getPolicies', failure });
  });

  it('refuses an answer of another shape, and an entry nobody could be granted access from', async () => {
    const garbled = await rawBackend(() => ({
      status: 200,
      contentType: 'application/json',
      body: '{"POLICIES":"later"}',
    }));
    const noIntermediary = await rawBackend(() => ({
      status: 200,
      contentType: 'application/json',
      body: JSON.stringify({
        POLICIES: [{ POLICY_NR: 'L000000010', DOMAIN: 'LIFE', ROLES: [{ ROLE_CD: '003', PARTY_ID: 'P00000001' }] }],
        NOT_FOUND: [],
      }),
    }));
    try {
      expect(await rejection(clientOf(garbled.url).entries(['L000000010'], 'req-1'))).toMatchObject({
        failure: 'malformed',
      });
      const entry = (await clientOf(noIntermediary.url).entries(['L000000010'], 'req-1')).get(
        'L000000010',
      ) as PolicyIndexEntry;
      expect(() => toContractParties(entry)).toThrow(/exactly one intermediary/);
      expect(() =>
        toContractParties({
          ...entry,
          ROLES: [...entry.ROLES, { ROLE_CD: '003', PARTY_ID: 'P00000002' }, { ROLE_CD: '002', PARTY_ID: 'B00001' }],
        }),
      ).toThrow(/exactly one policyholder/);
    } finally {
      await garbled.close();
      await noIntermediary.close();
    }
  });
});
