import type { ArchivedDocument } from '../../../legacy/shared/data/records';
import { startSystem, type RunningSystem } from '../../../test-support/system';
import {
  AN,
  allMyDocuments,
  archiveBytes,
  ask,
  BROKER_AN_FIRE,
  CUSTOMER_DOCUMENTS,
  customers,
  download,
  myDocuments,
  signedLink,
  type DocumentPage,
} from './support';

const NON_LIFE_CODES = new Set(['031', '004', '023']);
const ids = (documents: Array<{ id: string }>) => documents.map((document) => document.id).sort();

/**
 * docs/requirements.md §3.2: non-life documents exist in the archive but the portal offers them only once
 * NON_LIFE_DOCUMENTS_ENABLED is on. Off is the default every other test runs with (and
 * documents.test.ts shows they are then neither listed nor counted); here it is switched on.
 */
describe.each([false, true])('non-life documents with NON_LIFE_DOCUMENTS_ENABLED=%s', (enabled) => {
  let system: RunningSystem;
  let anArchive: ArchivedDocument[];
  const nonLife = () => anArchive.filter((document) => NON_LIFE_CODES.has(document.type));

  beforeAll(async () => {
    system = await startSystem({ documents: { nonLifeDocumentsEnabled: enabled } });
    anArchive = system.universe.documentsOf(system.universe.personIndex(AN.id) as number);
  });
  afterAll(async () => {
    await system.stop();
  });

  it(enabled ? 'lists and counts them beside the life documents' : 'neither lists nor counts them', async () => {
    expect(nonLife().length).toBeGreaterThanOrEqual(3);
    const listed = await allMyDocuments(system, AN);
    expect(ids(listed)).toEqual(
      ids(enabled ? anArchive : anArchive.filter((document) => !NON_LIFE_CODES.has(document.type))),
    );
    const motor = await myDocuments(system, AN, { filter: { contractId: 'V000000013' } });
    expect(motor.totalCount).toBe(enabled ? 3 : 0);
    if (enabled) {
      expect(motor.nodes.map((document) => document.type).sort()).toEqual([
        'CLAIMS_HISTORY_CERTIFICATE',
        'GREEN_CARD',
        'POLICY',
      ]);
      expect(
        motor.nodes.every(
          (document) => document.contract?.__typename === 'NonLifeContract' && document.contract.id === 'V000000013',
        ),
      ).toBe(true);
    }
  });

  it(
    enabled
      ? "lists them on the non-life contract and for the fire contract's broker"
      : 'shows none on the contract, nor to its broker',
    async () => {
      const onContract = await ask(system, AN, '{ me { nonLifeContracts { id documents { nodes { id type } } } } }');
      expect(onContract.body.errors).toBeUndefined();
      const contracts = (
        onContract.body.data?.['me'] as { nonLifeContracts: Array<{ id: string; documents: DocumentPage }> }
      ).nonLifeContracts;
      for (const contract of contracts)
        expect(ids(contract.documents.nodes)).toEqual(
          enabled ? ids(nonLife().filter((document) => document.contractNumber === contract.id)) : [],
        );

      const broker = await ask(system, BROKER_AN_FIRE, CUSTOMER_DOCUMENTS, {
        variables: { ...customers(AN.id), first: 50 },
        subgraph: true,
      });
      expect(broker.body.errors).toBeUndefined();
      const fire = nonLife().filter((document) => document.contractNumber === 'V000000014');
      expect(fire.length).toBeGreaterThan(0);
      expect(
        ids((broker.body.data?.['_entities'] as Array<{ documents: DocumentPage }>)[0]?.documents.nodes ?? []),
      ).toEqual(enabled ? ids(fire) : []);
    },
  );

  it(enabled ? 'downloads them' : 'refuses to download one even with a link signed with the right key', async () => {
    const greenCard = nonLife().find((document) => document.type === '004') as ArchivedDocument;
    const fetched = await download(system, signedLink(system, greenCard, AN), AN);
    expect(fetched.status).toBe(enabled ? 200 : 403);
    if (enabled) expect(fetched.bytes.equals(await archiveBytes(system, greenCard.id))).toBe(true);
    else
      expect(JSON.parse(fetched.bytes.toString('utf8'))).toEqual({
        error: { code: 'FORBIDDEN', message: expect.any(String) },
      });
  });
});
