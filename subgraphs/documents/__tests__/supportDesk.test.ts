import { startSystem, type RunningSystem } from '../../../test-support/system';
import { AN, ask, codes, download, SUPPORT } from './support';

/** What the contact centre reads of a customer: what the customer would see, with every read in the audit trail. */
const CUSTOMER_VIEW = /* GraphQL */ `
  query ($id: ID!) {
    customer(id: $id) {
      lifeContracts {
        contractNumber
      }
      nonLifeContracts {
        contractNumber
      }
      contractsNotShown {
        contractNumber
        reason
      }
      documents(first: 50) {
        totalCount
        nodes {
          id
          type
          year
        }
      }
    }
  }
`;
const OWN_VIEW = CUSTOMER_VIEW.replace('query ($id: ID!) {\n    customer(id: $id) {', 'query {\n    me {');
const FIND = /* GraphQL */ `
  query ($lookup: CustomerLookupInput!) {
    findCustomer(lookup: $lookup) {
      __typename
      ... on CustomerFound {
        customer {
          id
        }
      }
    }
  }
`;
const OPEN = /* GraphQL */ `
  mutation ($input: OpenDocumentForSupportInput!) {
    openDocumentForSupport(input: $input) {
      id
      downloadUrl
    }
  }
`;
const LINKS = /* GraphQL */ `
  query ($id: ID!) {
    customer(id: $id) {
      documents(first: 1) {
        nodes {
          id
          downloadUrl
        }
      }
    }
  }
`;
const TRAIL = /* GraphQL */ `
  query ($customerId: ID!) {
    auditRecords(customerId: $customerId, first: 100) {
      action
      resource
      actorRole
      actorId
      service
    }
  }
`;

describe('the contact centre answers a customer: finds them, reads what they see, opens a document with a reason', () => {
  let system: RunningSystem;

  beforeAll(async () => {
    system = await startSystem();
  });
  afterAll(async () => {
    await system.stop();
  });

  it('finds An Peeters by her e-mail address and sees her contracts, the contracts not shown with the reason, and her documents', async () => {
    const found = await ask(system, SUPPORT, FIND, {
      variables: { lookup: { email: system.universe.person(0).email } },
    });
    expect(found.body.data?.['findCustomer']).toEqual({ __typename: 'CustomerFound', customer: { id: AN.id } });

    const seen = await ask(system, SUPPORT, CUSTOMER_VIEW, { variables: { id: AN.id } });
    expect(seen.body.errors).toBeUndefined();
    const view = seen.body.data?.['customer'] as {
      lifeContracts: Array<{ contractNumber: string }>;
      nonLifeContracts: Array<{ contractNumber: string }>;
      contractsNotShown: Array<{ contractNumber: string; reason: string }>;
      documents: { totalCount: number };
    };
    expect(view.lifeContracts.map((contract) => contract.contractNumber)).toContain('L000000010');
    expect(view.nonLifeContracts.length).toBeGreaterThan(0);
    expect(view.contractsNotShown.length).toBeGreaterThan(0);
    expect(view.documents.totalCount).toBeGreaterThan(0);
    // Exactly what An herself sees.
    const own = await ask(system, AN, OWN_VIEW);
    expect(own.body.errors).toBeUndefined();
    expect(view).toEqual(own.body.data?.['me']);
  });

  it('downloads a document only after recording why, and a bad reason records nothing', async () => {
    const links = await ask(system, SUPPORT, LINKS, { variables: { id: AN.id } });
    const [first] = (
      links.body.data?.['customer'] as { documents: { nodes: Array<{ id: string; downloadUrl: string }> } }
    ).documents.nodes;
    if (!first) throw new Error('An has no document');
    const refused = await download(system, first.downloadUrl, SUPPORT);
    expect(refused.status).toBe(403);
    expect(JSON.parse(refused.bytes.toString('utf8'))).toMatchObject({ error: { code: 'REASON_REQUIRED' } });

    for (const reason of ['', ' ', 'x'.repeat(501)])
      expect(
        codes(
          await ask(system, SUPPORT, OPEN, {
            variables: { input: { customerId: AN.id, documentId: first.id, reason } },
          }),
        ),
      ).toEqual(['BAD_USER_INPUT']);
    expect((await download(system, first.downloadUrl, SUPPORT)).status).toBe(403);
    // Another customer's id with An's document, an unknown document: refused alike.
    for (const input of [
      { customerId: 'P00000003', documentId: first.id, reason: 'Klant belt over attest.' },
      { customerId: AN.id, documentId: 'DOC-DOES-NOT-EXIST', reason: 'Klant belt over attest.' },
    ])
      expect(codes(await ask(system, SUPPORT, OPEN, { variables: { input } }))).toEqual(['FORBIDDEN']);
    // Nobody but the contact centre opens documents this way.
    expect(
      codes(
        await ask(system, AN, OPEN, {
          variables: { input: { customerId: AN.id, documentId: first.id, reason: 'Ik wil het zien.' } },
        }),
      ),
    ).toEqual(['FORBIDDEN']);

    const opened = await ask(system, SUPPORT, OPEN, {
      variables: {
        input: { customerId: AN.id, documentId: first.id, reason: 'Klant vindt haar fiscaal attest niet.' },
      },
    });
    expect(opened.body.errors).toBeUndefined();
    const { downloadUrl } = opened.body.data?.['openDocumentForSupport'] as { downloadUrl: string };
    const pdf = await download(system, downloadUrl, SUPPORT);
    expect(pdf.status).toBe(200);
    expect(pdf.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    // The list's link works now too, for this staff member.
    expect((await download(system, first.downloadUrl, SUPPORT)).status).toBe(200);
  });

  it('has every support read and the opening in An’s audit trail, as the staff member', async () => {
    const trail = await ask(system, SUPPORT, TRAIL, { variables: { customerId: AN.id } });
    expect(trail.body.errors).toBeUndefined();
    const bySupport = (trail.body.data?.['auditRecords'] as Array<Record<string, unknown>>)
      .filter((record) => record['actorRole'] === 'SUPPORT')
      .map((record) => `${String(record['action'])} ${String(record['resource'])} ${String(record['service'])}`);
    for (const expected of [
      'READ LifeContract life',
      'READ NonLifeContract nonlife',
      'READ Document documents',
      'MUTATION Mutation.openDocumentForSupport documents',
      'READ DocumentContent documents',
    ])
      expect(bySupport).toContain(expected);
  });
});
