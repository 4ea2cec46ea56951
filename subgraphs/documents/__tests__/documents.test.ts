import type { ArchivedDocument } from '../../../legacy/shared/data/records';
import { startSystem, TEST_PUBLIC_BASE_URL, type RunningSystem } from '../../../test-support/system';
import {
  AN,
  allMyDocuments,
  ask,
  BROKER_AN_FIRE,
  BROKER_AN_LIFE_AND_MOTOR,
  codes,
  CONTRACT_DOCUMENTS,
  CUSTOMER_DOCUMENTS,
  customers,
  LUC,
  myDocuments,
  SUPPORT,
  type Caller,
  type DocumentPage,
} from './support';

/** The archive's type codes as the portal names them (Telebib2 X015; 901 and 902 are the archive's own). */
const TYPE_OF_CODE: Record<string, string> = {
  '102': 'TAX_CERTIFICATE',
  '113': 'ANNUAL_OVERVIEW',
  '901': 'PROOF_OF_PREMIUM_PAYMENT',
  '902': 'PROFIT_SHARING_CERTIFICATE',
  '031': 'POLICY',
  '004': 'GREEN_CARD',
  '023': 'CLAIMS_HISTORY_CERTIFICATE',
};
const LIFE_CODES = new Set(['102', '113', '901', '902']);

describe('documents through the gateway and straight to the documents subgraph', () => {
  let system: RunningSystem;
  /** What the archive holds for An and Luc, from the legacy data itself. */
  let anArchive: ArchivedDocument[];
  let lucArchive: ArchivedDocument[];
  const life = (documents: ArchivedDocument[]) => documents.filter((document) => LIFE_CODES.has(document.type));
  const ids = (documents: Array<{ id: string }>) => documents.map((document) => document.id).sort();

  beforeAll(async () => {
    system = await startSystem();
    anArchive = system.universe.documentsOf(system.universe.personIndex(AN.id) as number);
    lucArchive = system.universe.documentsOf(system.universe.personIndex(LUC.id) as number);
  });
  afterAll(async () => {
    await system.stop();
  });

  /** No id of these documents anywhere in the answer, errors included. */
  function expectNone(answer: unknown, documents: ArchivedDocument[]): void {
    const text = JSON.stringify(answer);
    for (const document of documents) expect(text).not.toContain(document.id);
  }

  describe('Customer.documents', () => {
    it("lists every life document addressed to An, newest first, with the archive's details and a link; no non-life document yet", async () => {
      const listed = await allMyDocuments(system, AN);
      expect(ids(listed)).toEqual(ids(life(anArchive)));
      expect(anArchive.length).toBeGreaterThan(life(anArchive).length);
      const order = listed.map((document) => `${document.issueDate} ${document.id}`);
      expect(order).toEqual(
        [...order].sort(
          (a, b) => b.slice(0, 10).localeCompare(a.slice(0, 10)) || a.slice(11).localeCompare(b.slice(11)),
        ),
      );
      for (const document of listed) {
        const archived = anArchive.find((candidate) => candidate.id === document.id) as ArchivedDocument;
        expect(document).toMatchObject({
          type: TYPE_OF_CODE[archived.type],
          year: archived.year,
          issueDate: archived.issueDate,
          contentType: 'application/pdf',
          fileName: archived.fileName,
          contract: { __typename: 'LifeContract', id: archived.contractNumber },
        });
        expect(document.sizeBytes).toBeGreaterThan(6_000);
        expect(document.downloadUrl.startsWith(`${TEST_PUBLIC_BASE_URL}documents/${document.id}?`)).toBe(true);
        expect(Date.parse(document.downloadUrlExpiresAt) - Date.now()).toBeGreaterThan(200_000);
        expect(Date.parse(document.downloadUrlExpiresAt) - Date.now()).toBeLessThanOrEqual(300_000);
      }
    });

    it("titles documents in the caller's language", async () => {
      const filter = { types: ['TAX_CERTIFICATE'], year: 2025 };
      expect((await myDocuments(system, AN, { filter }, 'nl')).nodes[0]?.title).toBe('Fiscaal attest 2025');
      expect((await myDocuments(system, AN, { filter }, 'fr-BE')).nodes[0]?.title).toBe('Attestation fiscale 2025');
      expect((await myDocuments(system, AN, { filter }, 'en')).nodes[0]?.title).toBe('Tax certificate 2025');
    });

    it('filters by type, year and contract, each and together, counting only what matches', async () => {
      const lifeDocs = life(anArchive);
      const expectFilter = async (filter: Record<string, unknown>, expected: ArchivedDocument[]) => {
        const page = await myDocuments(system, AN, { filter, first: 50 });
        expect(ids(page.nodes)).toEqual(ids(expected));
        expect(page.totalCount).toBe(expected.length);
      };
      await expectFilter(
        { types: ['TAX_CERTIFICATE'] },
        lifeDocs.filter((d) => d.type === '102'),
      );
      await expectFilter(
        { types: ['ANNUAL_OVERVIEW', 'PROOF_OF_PREMIUM_PAYMENT'] },
        lifeDocs.filter((d) => d.type === '113' || d.type === '901'),
      );
      await expectFilter(
        { year: 2024 },
        lifeDocs.filter((d) => d.year === 2024),
      );
      await expectFilter(
        { contractId: 'L000000011' },
        lifeDocs.filter((d) => d.contractNumber === 'L000000011'),
      );
      await expectFilter(
        { contractId: 'L000000010', year: 2025, types: ['PROFIT_SHARING_CERTIFICATE'] },
        lifeDocs.filter((d) => d.contractNumber === 'L000000010' && d.year === 2025 && d.type === '902'),
      );
      // Non-life documents are not offered yet: asking for them finds nothing.
      await expectFilter({ types: ['POLICY', 'GREEN_CARD', 'CLAIMS_HISTORY_CERTIFICATE'] }, []);
      await expectFilter({ contractId: 'V000000013' }, []);
      // Another customer's contract: nothing, the same as an unknown one.
      await expectFilter({ contractId: 'L000000020' }, []);
    });

    it('pages with an opaque cursor, every document once, and refuses bad page arguments as BAD_USER_INPUT', async () => {
      const all = await allMyDocuments(system, AN);
      const seen: string[] = [];
      let page: DocumentPage = await myDocuments(system, AN, { first: 5 });
      for (;;) {
        expect(page.totalCount).toBe(all.length);
        seen.push(...page.nodes.map((document) => document.id));
        if (!page.pageInfo.hasNextPage) break;
        expect(page.nodes).toHaveLength(5);
        expect(page.pageInfo.endCursor).toEqual(expect.any(String));
        page = await myDocuments(system, AN, { first: 5, after: page.pageInfo.endCursor });
      }
      expect(seen).toEqual(all.map((document) => document.id));

      for (const variables of [{ first: 51 }, { first: -1 }, { after: 'bm90IGEgY3Vyc29y' }, { filter: { year: 12 } }]) {
        const result = await ask(
          system,
          AN,
          'query ($first: Int, $after: String, $filter: DocumentFilter) { me { id documents(first: $first, after: $after, filter: $filter) { totalCount } } }',
          { variables },
        );
        expect(codes(result)).toEqual(['BAD_USER_INPUT']);
        expect(result.body.data?.['me']).toEqual({ id: AN.id, documents: null });
      }
    });

    it("shows a customer's documents to the broker of each contract and to support staff (what she sees), and nothing to other customers or anonymous callers", async () => {
      const entities = async (caller: Caller | undefined, customerId: string) =>
        ask(system, caller, CUSTOMER_DOCUMENTS, { variables: { ...customers(customerId), first: 50 }, subgraph: true });
      const listed = (result: Awaited<ReturnType<typeof entities>>) =>
        ((result.body.data?.['_entities'] as Array<{ documents: DocumentPage | null }>)[0]?.documents?.nodes ??
          []) as Array<{ id: string }>;

      const b1 = await entities(BROKER_AN_LIFE_AND_MOTOR, AN.id);
      expect(b1.body.errors).toBeUndefined();
      expect(ids(listed(b1))).toEqual(
        ids(
          life(anArchive).filter(
            (d) => system.universe.policyIndexEntry(d.contractNumber)?.intermediaryId === 'B00001',
          ),
        ),
      );
      expect(listed(b1).length).toBeGreaterThan(0);

      // B00002 manages only An's fire contract, whose documents are not offered yet.
      const b2 = await entities(BROKER_AN_FIRE, AN.id);
      expect(b2.body.errors).toBeUndefined();
      expect(listed(b2)).toEqual([]);
      expectNone(b2.body, anArchive);

      // The contact centre lists what An herself is offered: her life documents.
      const staff = await entities(SUPPORT, AN.id);
      expect(staff.body.errors).toBeUndefined();
      expect(ids(listed(staff))).toEqual(ids(life(anArchive)));

      for (const [caller, code] of [
        [LUC, 'FORBIDDEN'],
        [undefined, 'UNAUTHENTICATED'],
      ] as const) {
        const refused = await entities(caller, AN.id);
        expect(codes(refused)).toEqual([code]);
        expectNone(refused.body, anArchive);
      }
      // An unknown customer is answered like someone else's.
      expect(codes(await entities(LUC, 'P99999999'))).toEqual(['FORBIDDEN']);
    });
  });

  describe('LifeContract.documents and NonLifeContract.documents', () => {
    it("lists each of An's life contracts' documents through the gateway; her non-life contracts have none on offer", async () => {
      const result = await ask(
        system,
        AN,
        '{ me { lifeContracts { id documents(first: 50) { totalCount nodes { id } } } nonLifeContracts { id documents { totalCount nodes { id } } } } }',
      );
      expect(result.body.errors).toBeUndefined();
      const me = result.body.data?.['me'] as {
        lifeContracts: Array<{ id: string; documents: DocumentPage }>;
        nonLifeContracts: Array<{ id: string; documents: DocumentPage }>;
      };
      expect(me.lifeContracts.length).toBe(3);
      for (const contract of me.lifeContracts) {
        const expected = life(anArchive).filter((document) => document.contractNumber === contract.id);
        expect(expected.length).toBeGreaterThan(0);
        expect(ids(contract.documents.nodes)).toEqual(ids(expected));
      }
      expect(me.nonLifeContracts.length).toBeGreaterThan(0);
      for (const contract of me.nonLifeContracts) expect(contract.documents).toEqual({ totalCount: 0, nodes: [] });
    });

    it("shows the insured only documents addressed to them: Luc sees An's universal life that insures him, not her letters about it", async () => {
      const result = await ask(system, LUC, '{ me { lifeContracts { id documents { nodes { id } } } } }');
      expect(result.body.errors).toBeUndefined();
      const contracts = (result.body.data?.['me'] as { lifeContracts: Array<{ id: string; documents: DocumentPage }> })
        .lifeContracts;
      const universal = contracts.find((contract) => contract.id === 'L000000012');
      expect(universal?.documents.nodes).toEqual([]);
      expectNone(result.body, anArchive);
      const own = contracts
        .filter((contract) => contract.id !== 'L000000012')
        .flatMap((contract) => contract.documents.nodes);
      expect(ids(own)).toEqual(ids(life(lucArchive)));
    });

    it('opens a contract by reference only for its holder or insured and its broker, alike for unknown contracts and the wrong type', async () => {
      const contract = (caller: Caller | undefined, typename: string, id: string) =>
        ask(system, caller, CONTRACT_DOCUMENTS, {
          variables: { representations: [{ __typename: typename, id }] },
          subgraph: true,
        });
      const pension = life(anArchive).filter((document) => document.contractNumber === 'L000000010');

      const broker = await contract(BROKER_AN_LIFE_AND_MOTOR, 'LifeContract', 'L000000010');
      expect(broker.body.errors).toBeUndefined();
      expect(
        ids((broker.body.data?.['_entities'] as Array<{ documents: DocumentPage }>)[0]?.documents.nodes ?? []),
      ).toEqual(ids(pension));

      const fire = await contract(BROKER_AN_FIRE, 'NonLifeContract', 'V000000014');
      expect(fire.body.errors).toBeUndefined();
      expect((fire.body.data?.['_entities'] as Array<{ documents: DocumentPage }>)[0]?.documents).toMatchObject({
        totalCount: 0,
      });

      for (const [caller, typename, id, code] of [
        [LUC, 'LifeContract', 'L000000010', 'FORBIDDEN'], // Luc is only a beneficiary of An's pension savings
        [BROKER_AN_FIRE, 'LifeContract', 'L000000010', 'FORBIDDEN'],
        [BROKER_AN_LIFE_AND_MOTOR, 'NonLifeContract', 'V000000014', 'FORBIDDEN'],
        [SUPPORT, 'LifeContract', 'L000000010', 'FORBIDDEN'],
        [AN, 'NonLifeContract', 'L000000010', 'FORBIDDEN'],
        [AN, 'LifeContract', 'L999999999', 'FORBIDDEN'],
        [undefined, 'LifeContract', 'L000000010', 'UNAUTHENTICATED'],
      ] as const) {
        const refused = await contract(caller, typename, id);
        expect(codes(refused)).toEqual([code]);
        expectNone(refused.body, anArchive);
      }
    });
  });

  it("resolves a document's contract through the life subgraph", async () => {
    const result = await ask(
      system,
      AN,
      '{ me { documents(first: 1, filter: { contractId: "L000000010" }) { nodes { contract { ... on LifeContract { contractNumber product { kind } } } } } } }',
    );
    expect(result.body.errors).toBeUndefined();
    expect((result.body.data?.['me'] as { documents: { nodes: unknown[] } }).documents.nodes).toEqual([
      { contract: { contractNumber: 'L000000010', product: { kind: 'PENSION' } } },
    ]);
  });
});
