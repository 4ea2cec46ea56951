import { CustomerMasterClient } from '../../subgraphs/identity/backend/CustomerMasterClient';
import { LifeConnectClient } from '../../subgraphs/life/backend/LifeConnectClient';
import { VConnectClient } from '../../subgraphs/nonlife/backend/VConnectClient';
import { createCustomerMaster, type CustomerMaster } from '../customer-master/server';
import { createLifeConnect } from '../life-connect/server';
import type { LegacyService } from '../shared/service';
import { createVConnect } from '../v-connect/server';
import { backendClient, behaviour, silent, started, testUniverse, type Running } from './support';

interface Parties {
  policyholder: string[];
  insured: string[];
  intermediary: string[];
}

const byRole = (entries: Array<{ role: string; id: string }>): Parties => ({
  policyholder: entries
    .filter((e) => e.role === '003')
    .map((e) => e.id)
    .sort(),
  insured: entries
    .filter((e) => e.role === '013')
    .map((e) => e.id)
    .sort(),
  intermediary: entries
    .filter((e) => e.role === '002')
    .map((e) => e.id)
    .sort(),
});

/**
 * The customer master's policy index and the contract systems are separate backends: this walks
 * a sample of customers through all three over HTTP and checks they tell the same story.
 */
describe('the policy index agrees with Life Connect and V-Connect', () => {
  const universe = testUniverse(20_000);
  let master: Running<CustomerMaster>;
  let lifeConnect: Running<LegacyService>;
  let vConnect: Running<LegacyService>;

  beforeAll(async () => {
    master = await started(createCustomerMaster({ universe, behaviour: behaviour(), log: silent }));
    lifeConnect = await started(createLifeConnect({ universe, behaviour: behaviour(), log: silent }));
    vConnect = await started(createVConnect({ universe, behaviour: behaviour(), log: silent }));
  });
  afterAll(async () => {
    await Promise.all([master.stop(), lifeConnect.stop(), vConnect.stop()]);
  });

  async function policyIndex(numbers: string[]): Promise<Map<string, Parties>> {
    const index = new Map<string, Parties>();
    for (let i = 0; i < numbers.length; i += 50) {
      const response = await fetch(`${master.url}/policies?nrs=${numbers.slice(i, i + 50).join(',')}`);
      const { POLICIES } = (await response.json()) as {
        POLICIES: Array<{ POLICY_NR: string; ROLES: Array<{ ROLE_CD: string; PARTY_ID: string }> }>;
      };
      for (const policy of POLICIES)
        index.set(policy.POLICY_NR, byRole(policy.ROLES.map((r) => ({ role: r.ROLE_CD, id: r.PARTY_ID }))));
    }
    return index;
  }

  it('for every contract of a sample of customers: the same policyholder, insured persons, intermediary and roles', async () => {
    const customerMaster = new CustomerMasterClient(backendClient('customer-master', master.url));
    const life = new LifeConnectClient(backendClient('life-connect', lifeConnect.url));
    const nonLife = new VConnectClient(backendClient('v-connect', vConnect.url));
    const sampled = [
      ...Array.from({ length: 12 }, (_, i) => i),
      ...Array.from({ length: 48 }, (_, i) => 12 + Math.floor((i * 19_987) / 48) + (i % 13)),
    ].map((i) => universe.personId(i));

    const lifeLists = await life.contractLists(sampled.slice(0, 50), 'consistency');
    for (const [id, list] of await life.contractLists(sampled.slice(50), 'consistency')) lifeLists.set(id, list);
    let compared = 0;
    let ipts = 0;
    for (const customerId of sampled) {
      const policies = (await customerMaster.partyPolicies(customerId, 'consistency'))!.POLICIES;
      const rolesIn = (domain: 'LIFE' | 'NONLIFE') =>
        policies
          .filter((p) => p.DOMAIN === domain)
          .map((p) => ({ number: p.POLICY_NR, roles: [...p.ROLE_CDS].sort() }))
          .sort((a, b) => a.number.localeCompare(b.number));
      const lifeList = (lifeLists.get(customerId)?.Contract ?? [])
        .map((c) => ({ number: c.PolNr, roles: [...c.RolCd].sort() }))
        .sort((a, b) => a.number.localeCompare(b.number));
      const nonLifeList = ((await nonLife.contractList(customerId, 'consistency'))?.contracten ?? [])
        .map((c) => ({ number: c.polisnummer, roles: [...c.rollen].sort() }))
        .sort((a, b) => a.number.localeCompare(b.number));
      expect({ customerId, roles: lifeList }).toEqual({ customerId, roles: rolesIn('LIFE') });
      expect({ customerId, roles: nonLifeList }).toEqual({ customerId, roles: rolesIn('NONLIFE') });

      const index = await policyIndex(policies.map((p) => p.POLICY_NR));
      const lifeNumbers = policies.filter((p) => p.DOMAIN === 'LIFE').map((p) => p.POLICY_NR);
      for (const [number, contract] of await life.contractDetails(lifeNumbers, 'consistency')) {
        expect({
          number,
          parties: byRole(contract!.Partijen.Partij.map((p) => ({ role: p.RolCd, id: p.PartijId }))),
        }).toEqual({ number, parties: index.get(number) });
        expect(policies.find((p) => p.POLICY_NR === number)?.INTERMEDIARY_ID).toBe(index.get(number)?.intermediary[0]);
        if (contract!.ProdCd === 'IPT') {
          ipts++;
          const company = (await (
            await fetch(
              `${master.url}/parties?ids=${contract!.Partijen.Partij.find((p) => p.RolCd === '003')!.PartijId}`,
            )
          ).json()) as { PARTIES: Array<{ PARTY_TYPE: string; MANAGER_PARTY_ID: string }> };
          expect(company.PARTIES[0]).toMatchObject({
            PARTY_TYPE: 'E',
            MANAGER_PARTY_ID: index.get(number)!.insured[0],
          });
        }
        compared++;
      }
      for (const policy of policies.filter((p) => p.DOMAIN === 'NONLIFE')) {
        const contract = (await nonLife.contract(policy.POLICY_NR, 'consistency'))!;
        expect({
          number: policy.POLICY_NR,
          parties: byRole(contract.partijen.map((p) => ({ role: p.rol, id: p.partijId }))),
        }).toEqual({ number: policy.POLICY_NR, parties: index.get(policy.POLICY_NR) });
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(150);
    expect(ipts).toBeGreaterThan(0);
  });
});
