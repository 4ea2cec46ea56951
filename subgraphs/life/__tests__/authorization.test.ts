import { startSystem, type GraphQLResult, type RunningSystem } from '../../../test-support/system';
import {
  CONTRACT_ENTITIES,
  CONTRACT_FIELDS,
  CUSTOMER_ENTITIES,
  NOT_SHOWN_ENTITIES,
  ask,
  codes,
  contracts,
  customers,
  type Caller,
} from './support';

/**
 * Who sees which life contract, per role, through the gateway and straight to the life subgraph
 * (`_entities`, as a router would send it): the customer's own (as policyholder, as insured, as
 * the manager insured by their company's IPT), never another's or one they are only beneficiary
 * of; a broker only what their office manages; support staff and anonymous callers nothing. Every
 * refusal is checked for leaks: none of the contract's values appears anywhere in the response.
 */

const AN: Caller = { role: 'customer', id: 'P00000001' };
const LUC: Caller = { role: 'customer', id: 'P00000002' };
const SOPHIE: Caller = { role: 'customer', id: 'P00000003' };
const MARC: Caller = { role: 'customer', id: 'P00000004' };
const BROKER: Caller = { role: 'broker', id: 'B00001' };
const OTHER_BROKER: Caller = { role: 'broker', id: 'B00002' };
const SUPPORT: Caller = { role: 'support', id: 'S0001' };

const ONE = /* GraphQL */ `query One($id: ID!) { lifeContract(id: $id) { ${CONTRACT_FIELDS} } }`;
const OF_CUSTOMER = /* GraphQL */ `query OfCustomer($id: ID!) { customer(id: $id) { id lifeContracts { ${CONTRACT_FIELDS} } } }`;

describe('who sees which life contract', () => {
  let system: RunningSystem;
  /** Values of a contract that must never reach a caller who may not see it. */
  let secrets: (contractNumber: string, withNames: boolean) => string[];

  beforeAll(async () => {
    system = await startSystem();
    secrets = (number, withNames) => {
      const contract = system.universe.lifeContract(number)!;
      const names = [contract.parties.policyholderId, ...contract.parties.insuredIds].map(
        (id) => system.universe.personById(id)?.lastName ?? system.universe.companyById(id)!.name,
      );
      // A risk product builds no reserve and has no surrender value.
      const values = [
        number,
        ...[contract.reserveCents, contract.surrenderValueCents].flatMap((cents) =>
          cents === null ? [] : [(cents / 100).toFixed(2)],
        ),
      ];
      return withNames
        ? [...values, ...names, ...contract.beneficiaries.flatMap((b) => (b.name ? [b.name] : []))]
        : values;
    };
  });
  afterAll(async () => {
    await system.stop();
  });

  /** With `withNames: false` when the response rightly holds other contracts naming the same persons. */
  function expectNoLeak(result: GraphQLResult, contractNumbers: string[], { withNames = true } = {}): void {
    const text = JSON.stringify(result.body);
    for (const number of contractNumbers)
      for (const secret of secrets(number, withNames)) expect(text).not.toContain(secret);
  }

  const numbersOf = (list: unknown): string[] =>
    ((list as Array<{ contractNumber: string }> | null) ?? []).map((c) => c.contractNumber).sort();

  describe('one contract: lifeContract(id) through the gateway and LifeContract _entities straight to the subgraph', () => {
    const allowed: Array<[string, Caller, string]> = [
      ['the policyholder', AN, 'L000000010'],
      ['the insured who does not hold it', LUC, 'L000000012'],
      ['the manager insured by the IPT their company holds', SOPHIE, 'L000000031'],
      ['the broker managing it', BROKER, 'L000000031'],
    ];
    it.each(allowed)('answers %s', async (_who, caller, number) => {
      const viaGateway = await ask(system, caller, ONE, { variables: { id: number } });
      expect(viaGateway.body.errors).toBeUndefined();
      expect((viaGateway.body.data?.['lifeContract'] as { contractNumber: string }).contractNumber).toBe(number);
      const direct = await ask(system, caller, CONTRACT_ENTITIES, { variables: contracts(number), subgraph: true });
      expect(direct.body.errors).toBeUndefined();
      expect(numbersOf(direct.body.data?.['_entities'])).toEqual([number]);
    });

    const refused: Array<[string, Caller | undefined, string, string]> = [
      ['another customer', AN, 'L000000031', 'FORBIDDEN'],
      ['a customer who is only a beneficiary of it (pension savings)', LUC, 'L000000010', 'FORBIDDEN'],
      ['a customer who is only a beneficiary of it (IPT)', MARC, 'L000000031', 'FORBIDDEN'],
      [
        "another broker (even one who manages another of the holder's contracts)",
        OTHER_BROKER,
        'L000000010',
        'FORBIDDEN',
      ],
      ['support staff', SUPPORT, 'L000000010', 'FORBIDDEN'],
      ['an anonymous caller', undefined, 'L000000010', 'UNAUTHENTICATED'],
    ];
    it.each(refused)('refuses %s without revealing anything', async (_who, caller, number, code) => {
      const viaGateway = await ask(system, caller, ONE, { variables: { id: number } });
      expect(codes(viaGateway)).toEqual([code]);
      expect(viaGateway.body.data?.['lifeContract'] ?? null).toBeNull();
      expectNoLeak(viaGateway, [number]);

      const direct = await ask(system, caller, CONTRACT_ENTITIES, { variables: contracts(number), subgraph: true });
      expect(codes(direct)).toEqual([code]);
      expectNoLeak(direct, [number]);
    });

    it('answers an unknown contract exactly like one that is not yours, so numbers cannot be probed', async () => {
      const unknown = await ask(system, AN, ONE, { variables: { id: 'L000999990' } });
      const notYours = await ask(system, AN, ONE, { variables: { id: 'L000000031' } });
      expect(unknown.body).toEqual(notYours.body);
      const malformed = await ask(system, AN, ONE, { variables: { id: '../../etc/passwd' } });
      expect(malformed.body).toEqual(notYours.body);
    });

    it('refuses every contract of a batch the caller may not see and answers the others', async () => {
      const direct = await ask(system, LUC, CONTRACT_ENTITIES, {
        variables: contracts('L000000012', 'L000000010', 'L000000031'),
        subgraph: true,
      });
      const entities = direct.body.data?.['_entities'] as Array<{ contractNumber: string } | null>;
      expect(entities.map((e) => e?.contractNumber ?? null)).toEqual(['L000000012', null, null]);
      expect(codes(direct)).toEqual(['FORBIDDEN', 'FORBIDDEN']);
      expectNoLeak(direct, ['L000000010', 'L000000031'], { withNames: false });
      expect(JSON.stringify(direct.body)).not.toMatch(/Dubois/);
    });

    it('refuses a forged token before anything is read', async () => {
      system.resetCounters();
      const direct = await system.query(CONTRACT_ENTITIES, {
        token: 'eyJhbGciOiJub25lIn0.eyJzdWIiOiJQMDAwMDAwMDEiLCJyb2xlIjoiYnJva2VyIn0.',
        variables: contracts('L000000010'),
        url: system.subgraphUrls.life,
      });
      expect(codes(direct)).toEqual(['UNAUTHENTICATED']);
      expectNoLeak(direct, ['L000000010']);
      expect(system.backends.lifeConnect.counters.snapshot().total).toBe(0);
    });
  });

  describe("a customer's contracts: Customer.lifeContracts through the gateway and Customer _entities straight to the subgraph", () => {
    it('gives each customer their own, as policyholder or insured, never as beneficiary only', async () => {
      const own = async (caller: Caller) => {
        const viaGateway = await ask(system, caller, `query { me { lifeContracts { contractNumber } } }`);
        expect(viaGateway.body.errors).toBeUndefined();
        const direct = await ask(system, caller, CUSTOMER_ENTITIES, {
          variables: customers(caller.id),
          subgraph: true,
        });
        expect(direct.body.errors).toBeUndefined();
        const numbers = numbersOf((viaGateway.body.data?.['me'] as { lifeContracts: unknown }).lifeContracts);
        expect(
          numbersOf((direct.body.data?.['_entities'] as Array<{ lifeContracts: unknown }>)[0]?.lifeContracts),
        ).toEqual(numbers);
        return numbers;
      };
      expect(await own(AN)).toEqual(['L000000010', 'L000000011', 'L000000012']);
      // Luc: his long-term savings and An's universal life insuring him; not her pension savings or investment, of which he is beneficiary.
      expect(await own(LUC)).toEqual(['L000000012', 'L000000023']);
      expect(await own(SOPHIE)).toEqual(['L000000030', 'L000000031', 'L000000032']);
      // Marc: not Sophie's IPT, of which he is beneficiary.
      expect(await own(MARC)).toEqual(['L000000042', 'L000000044']);
    });

    it("gives the managing broker everything the customer sees, beneficiaries' names and the parties' profiles included", async () => {
      const viaGateway = await ask(system, BROKER, OF_CUSTOMER, { variables: { id: 'P00000003' } });
      expect(viaGateway.body.errors).toBeUndefined();
      const list = (
        viaGateway.body.data?.['customer'] as {
          lifeContracts: Array<{
            contractNumber: string;
            beneficiaries: Array<{ name: string | null; nameWithheld: boolean }>;
          }>;
        }
      ).lifeContracts;
      const asCustomer = await ask(system, SOPHIE, OF_CUSTOMER, { variables: { id: 'P00000003' } });
      expect(numbersOf(list)).toEqual(
        numbersOf((asCustomer.body.data?.['customer'] as { lifeContracts: unknown }).lifeContracts),
      );
      const ipt = list.find((c) => c.contractNumber === 'L000000031');
      expect(ipt?.beneficiaries.map((b) => b.name)).toEqual([null, 'Marc Dubois', null]);
      expect(ipt?.beneficiaries.some((b) => b.nameWithheld)).toBe(false);

      const parties = await ask(
        system,
        BROKER,
        `query { customer(id: "P00000001") { lifeContracts { contractNumber insured { customer { id firstName } } } } }`,
      );
      expect(parties.body.errors).toBeUndefined();
      const universal = (
        parties.body.data?.['customer'] as { lifeContracts: Array<{ contractNumber: string; insured: unknown }> }
      ).lifeContracts.find((c) => c.contractNumber === 'L000000012');
      expect(universal?.insured).toEqual([{ customer: { id: 'P00000002', firstName: 'Luc' } }]);
    });

    it("shows another broker none of the customer's life contracts, even when that broker manages another of their contracts", async () => {
      // B00002 manages An's fire contract only, so the identity subgraph shows them An, and life shows nothing.
      const viaGateway = await ask(
        system,
        OTHER_BROKER,
        `query { customer(id: "P00000001") { firstName lifeContracts { contractNumber } } }`,
      );
      expect(viaGateway.body.errors).toBeUndefined();
      expect(viaGateway.body.data?.['customer']).toEqual({ firstName: 'An', lifeContracts: [] });
      const direct = await ask(system, OTHER_BROKER, CUSTOMER_ENTITIES, {
        variables: customers('P00000001', 'P00000003'),
        subgraph: true,
      });
      expect(direct.body.errors).toBeUndefined();
      expect(direct.body.data?.['_entities']).toEqual([
        { id: 'P00000001', lifeContracts: [] },
        { id: 'P00000003', lifeContracts: [] },
      ]);
      const notShown = await ask(system, OTHER_BROKER, NOT_SHOWN_ENTITIES, {
        variables: customers('P00000003'),
        subgraph: true,
      });
      expect(notShown.body.data?.['_entities']).toEqual([{ id: 'P00000003', lifeContractsNotShown: [] }]);
      expectNoLeak(direct, ['L000000010', 'L000000031', 'L000000033']);
      expectNoLeak(notShown, ['L000000033', 'L000000034']);
    });

    const refused: Array<[string, Caller | undefined, string, string]> = [
      ['another customer', AN, 'P00000003', 'FORBIDDEN'],
      ['an anonymous caller', undefined, 'P00000003', 'UNAUTHENTICATED'],
    ];
    it.each(refused)(
      'refuses %s, through the gateway and straight to the subgraph (shown and not shown alike)',
      async (_who, caller, customer, code) => {
        const hidden = ['L000000030', 'L000000031', 'L000000032', 'L000000033', 'L000000034'];
        const direct = await ask(system, caller, CUSTOMER_ENTITIES, { variables: customers(customer), subgraph: true });
        expect(codes(direct)).toEqual([code]);
        expectNoLeak(direct, hidden);
        const notShown = await ask(system, caller, NOT_SHOWN_ENTITIES, {
          variables: customers(customer),
          subgraph: true,
        });
        expect(codes(notShown)).toEqual([code]);
        expectNoLeak(notShown, hidden);
        const viaGateway = await ask(system, caller, OF_CUSTOMER, { variables: { id: customer } });
        expect(codes(viaGateway)).toEqual([code]);
        expectNoLeak(viaGateway, hidden);
      },
    );

    it('gives support staff, read only, the life contracts the customer sees: to answer her', async () => {
      const { body } = await ask(
        system,
        SUPPORT,
        `query { customer(id: "P00000001") { firstName lifeContracts { contractNumber } } }`,
      );
      expect(body.errors).toBeUndefined();
      expect(body.data?.['customer']).toEqual({
        firstName: 'An',
        lifeContracts: [
          { contractNumber: 'L000000012' },
          { contractNumber: 'L000000011' },
          { contractNumber: 'L000000010' },
        ],
      });
    });

    it('gives support staff no contract by its number: they go through the customer', async () => {
      const result = await ask(system, SUPPORT, `query { lifeContract(id: "L000000010") { contractNumber } }`);
      expect(codes(result)).toEqual(['FORBIDDEN']);
    });
  });
});
