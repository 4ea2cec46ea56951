import { startSystem, type RunningSystem } from '../../../test-support/system';
import { AN, ask, BROKER_AN_FIRE, BROKER_AN_LIFE_AND_MOTOR, codes, myDocuments, SUPPORT, type Caller } from './support';

const SOPHIE: Caller = { role: 'customer', id: 'P00000003' };
/** An's pension savings, managed by B00001. */
const PENSION = 'L000000010';

const REQUEST = /* GraphQL */ `
  mutation ($input: RequestDocumentInput!) {
    requestDocument(input: $input) {
      alreadyRequested
      request {
        id
        customer {
          id
        }
        contractNumber
        type
        year
        status
        requestedBy
        note
        decidedAt
        decisionNote
      }
    }
  }
`;
const DECIDE = /* GraphQL */ `
  mutation ($input: DecideDocumentRequestInput!) {
    decideDocumentRequest(input: $input) {
      __typename
      ... on DocumentRequestProblem {
        code
        message
      }
      ... on DocumentRequestDecided {
        request {
          id
          status
          decisionNote
        }
      }
      ... on DocumentRequestAlreadyDecided {
        request {
          id
          status
          decisionNote
        }
      }
    }
  }
`;
const QUEUE = /* GraphQL */ `
  query ($status: DocumentRequestStatus, $first: Int, $after: String) {
    documentRequests(status: $status, first: $first, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        status
        contractNumber
        type
        year
        note
        customer {
          id
        }
      }
    }
  }
`;
const REQUESTS_OF = /* GraphQL */ `
  query ($id: ID!) {
    customer(id: $id) {
      documentRequests {
        id
        contractNumber
        type
        year
        status
        requestedBy
        requestedAt
        decidedAt
        note
        decisionNote
      }
    }
  }
`;
const MY_REQUESTS = REQUESTS_OF.replace('query ($id: ID!) {\n    customer(id: $id) {', 'query {\n    me {');
const TRAIL = /* GraphQL */ `
  query ($customerId: ID!) {
    auditRecords(customerId: $customerId, first: 100) {
      action
      resource
      actorRole
      brokerId
      service
    }
  }
`;

interface RequestNode {
  id: string;
  contractNumber: string;
  type: string;
  year: number;
  status: string;
  requestedBy: string;
  requestedAt: string;
  decidedAt: string | null;
  note: string | null;
  decisionNote: string | null;
}

/** A customer, their broker and the contact centre ask for documents not in the zone; the contact centre sends or refuses them. */
describe('requests for documents that are not in the customer zone', () => {
  let system: RunningSystem;
  let fire: string;

  beforeAll(async () => {
    system = await startSystem();
    const fireContract = system.universe
      .contractRolesOf(0, 'nonlife')
      .map((entry) => system.universe.nonLifeContract(entry.contractNumber))
      .find((contract) => contract?.product === 'WONING' && contract.parties.intermediaryId === BROKER_AN_FIRE.id);
    if (!fireContract) throw new Error('An Peeters has no fire contract at B00002 in the legacy data');
    fire = fireContract.contractNumber;
  });
  afterAll(async () => {
    await system.stop();
  });

  const request = (caller: Caller, input: Record<string, unknown>) =>
    ask(system, caller, REQUEST, { variables: { input } });
  const decide = (input: Record<string, unknown>, language?: string) =>
    ask(system, SUPPORT, DECIDE, { variables: { input }, ...(language ? { language } : {}) });
  const requestsSeenBy = async (caller: Caller, customerId = AN.id): Promise<RequestNode[]> => {
    const result = await ask(system, caller, REQUESTS_OF, { variables: { id: customerId } });
    expect(result.body.errors).toBeUndefined();
    return (result.body.data?.['customer'] as { documentRequests: RequestNode[] }).documentRequests;
  };
  const payloadOf = (result: Awaited<ReturnType<typeof request>>) => {
    expect(result.body.errors).toBeUndefined();
    return result.body.data?.['requestDocument'] as { alreadyRequested: boolean; request: RequestNode };
  };

  let taxCertificate: string;

  it('records An’s request for a tax certificate the zone does not have; asking again, also at once, gives that request', async () => {
    // Not in the zone: An's documents hold no tax certificate of 2015.
    expect(await myDocuments(system, AN, { filter: { types: ['TAX_CERTIFICATE'], year: 2015 } })).toMatchObject({
      totalCount: 0,
    });
    const first = payloadOf(
      await request(AN, {
        contractNumber: PENSION,
        type: 'TAX_CERTIFICATE',
        year: 2015,
        note: 'Voor mijn belastingaangifte.',
      }),
    );
    expect(first).toEqual({
      alreadyRequested: false,
      request: {
        id: expect.any(String) as unknown,
        customer: { id: AN.id },
        contractNumber: PENSION,
        type: 'TAX_CERTIFICATE',
        year: 2015,
        status: 'PENDING',
        requestedBy: 'CUSTOMER',
        note: 'Voor mijn belastingaangifte.',
        decidedAt: null,
        decisionNote: null,
      },
    });
    taxCertificate = first.request.id;

    // Her own id given, another note: the same pending request, as it was recorded.
    const again = payloadOf(
      await request(AN, { customerId: AN.id, contractNumber: PENSION, type: 'TAX_CERTIFICATE', year: 2015 }),
    );
    expect(again).toMatchObject({
      alreadyRequested: true,
      request: { id: taxCertificate, status: 'PENDING', note: 'Voor mijn belastingaangifte.' },
    });

    // Six requests for another year at once: one is recorded, every answer is that one.
    const atOnce = await Promise.all(
      Array.from({ length: 6 }, () => request(AN, { contractNumber: PENSION, type: 'TAX_CERTIFICATE', year: 2014 })),
    );
    const payloads = atOnce.map(payloadOf);
    expect(new Set(payloads.map((payload) => payload.request.id)).size).toBe(1);
    expect(payloads.filter((payload) => !payload.alreadyRequested)).toHaveLength(1);

    const hers = await requestsSeenBy(AN);
    expect(hers.map((node) => [node.year, node.status])).toEqual(
      expect.arrayContaining([
        [2015, 'PENDING'],
        [2014, 'PENDING'],
      ]),
    );
    expect(hers).toHaveLength(2);
  });

  it('lets a broker ask for a contract their office manages, and no other office; refuses a customer asking for another’s contract', async () => {
    const byOffice = payloadOf(
      await request(BROKER_AN_LIFE_AND_MOTOR, {
        customerId: AN.id,
        contractNumber: PENSION,
        type: 'ANNUAL_OVERVIEW',
        year: 2016,
        note: 'Klant vraagt het jaaroverzicht 2016.',
      }),
    );
    expect(byOffice).toMatchObject({
      alreadyRequested: false,
      request: { status: 'PENDING', requestedBy: 'BROKER', note: 'Klant vraagt het jaaroverzicht 2016.' },
    });
    // The same document An already asked for: her request, without her words.
    expect(
      payloadOf(
        await request(BROKER_AN_LIFE_AND_MOTOR, {
          customerId: AN.id,
          contractNumber: PENSION,
          type: 'TAX_CERTIFICATE',
          year: 2015,
        }),
      ),
    ).toMatchObject({ alreadyRequested: true, request: { id: taxCertificate, requestedBy: 'CUSTOMER', note: null } });

    // B00002 manages An's fire contract, not her pension savings; an unknown number is refused alike.
    for (const contractNumber of [PENSION, 'L099999990'])
      expect(
        codes(
          await request(BROKER_AN_FIRE, { customerId: AN.id, contractNumber, type: 'TAX_CERTIFICATE', year: 2013 }),
        ),
      ).toEqual(['FORBIDDEN']);
    expect(
      payloadOf(
        await request(BROKER_AN_FIRE, {
          customerId: AN.id,
          contractNumber: fire,
          type: 'POLICY',
          year: 2019,
          note: 'Polis 2019 voor de expert.',
        }),
      ),
    ).toMatchObject({ alreadyRequested: false, request: { status: 'PENDING', requestedBy: 'BROKER' } });
    // A broker names the customer.
    expect(
      codes(await request(BROKER_AN_LIFE_AND_MOTOR, { contractNumber: PENSION, type: 'TAX_CERTIFICATE', year: 2013 })),
    ).toEqual(['BAD_USER_INPUT']);

    // Sophie asking for An's contract, for herself or naming An; an unknown contract: the same FORBIDDEN.
    for (const input of [
      { contractNumber: PENSION, type: 'TAX_CERTIFICATE', year: 2013 },
      { customerId: AN.id, contractNumber: PENSION, type: 'TAX_CERTIFICATE', year: 2013 },
      { contractNumber: 'L099999990', type: 'TAX_CERTIFICATE', year: 2013 },
    ])
      expect(codes(await request(SOPHIE, input))).toEqual(['FORBIDDEN']);
    expect(codes(await request(AN, { contractNumber: 'L099999990', type: 'TAX_CERTIFICATE', year: 2013 }))).toEqual([
      'FORBIDDEN',
    ]);

    // Each office sees the requests about its own contracts, and its own words only.
    const atB1 = await requestsSeenBy(BROKER_AN_LIFE_AND_MOTOR);
    expect(new Set(atB1.map((node) => node.contractNumber))).toEqual(new Set([PENSION]));
    expect(atB1.find((node) => node.type === 'ANNUAL_OVERVIEW')?.note).toBe('Klant vraagt het jaaroverzicht 2016.');
    expect(atB1.find((node) => node.id === taxCertificate)?.note).toBeNull();
    const atB2 = await requestsSeenBy(BROKER_AN_FIRE);
    expect(atB2.map((node) => [node.contractNumber, node.note])).toEqual([[fire, 'Polis 2019 voor de expert.']]);
    // Sophie does not see An's requests.
    expect(codes(await ask(system, SOPHIE, REQUESTS_OF, { variables: { id: AN.id } }))).toEqual(['FORBIDDEN']);
  });

  it('refuses a bad year, type, note or contract number with the field concerned, recording nothing', async () => {
    const before = await requestsSeenBy(SUPPORT);
    const valid = { contractNumber: PENSION, type: 'TAX_CERTIFICATE', year: 2012 };
    for (const [input, field] of [
      [{ ...valid, year: 1989 }, 'year'],
      [{ ...valid, year: 2101 }, 'year'],
      [{ ...valid, type: 'GREEN_CARD' }, 'type'],
      [{ ...valid, contractNumber: fire, type: 'TAX_CERTIFICATE' }, 'type'],
      [{ ...valid, note: 'x'.repeat(501) }, 'note'],
      [{ ...valid, note: 'Graag\u0000' }, 'note'],
      [{ ...valid, contractNumber: 'L1234' }, 'contractNumber'],
    ] as const) {
      const result = await request(AN, input);
      expect({ field, codes: codes(result), at: result.body.errors?.[0]?.extensions?.['field'] }).toEqual({
        field,
        codes: ['BAD_USER_INPUT'],
        at: field,
      });
    }
    // A type the schema does not know is refused before anything runs.
    expect((await request(AN, { ...valid, type: 'PAYSLIP' })).body.errors).toHaveLength(1);
    expect(await requestsSeenBy(SUPPORT)).toEqual(before);
  });

  it('has the contact centre ask for the customer, send a document by e-mail and refuse with a reason; a later decision changes nothing', async () => {
    const bySupport = payloadOf(
      await request(SUPPORT, {
        customerId: AN.id,
        contractNumber: PENSION,
        type: 'PROOF_OF_PREMIUM_PAYMENT',
        year: 2011,
        note: 'Klant belde.',
      }),
    );
    expect(bySupport.request).toMatchObject({ status: 'PENDING', requestedBy: 'SUPPORT', note: 'Klant belde.' });
    expect(
      codes(await request(SUPPORT, { contractNumber: PENSION, type: 'PROOF_OF_PREMIUM_PAYMENT', year: 2011 })),
    ).toEqual(['BAD_USER_INPUT']);

    // The queue, a page at a time, oldest first: An's tax certificate is in it.
    const queued: Array<{ id: string; customer: { id: string }; note: string | null }> = [];
    let after: string | null = null;
    do {
      const page = await ask(system, SUPPORT, QUEUE, { variables: { first: 2, ...(after ? { after } : {}) } });
      expect(page.body.errors).toBeUndefined();
      const { nodes, pageInfo } = page.body.data?.['documentRequests'] as {
        nodes: typeof queued;
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
      };
      queued.push(...nodes);
      after = pageInfo.hasNextPage ? pageInfo.endCursor : null;
    } while (after);
    expect(queued.find((node) => node.id === taxCertificate)).toEqual(
      expect.objectContaining({ customer: { id: AN.id }, note: 'Voor mijn belastingaangifte.' }),
    );
    expect(new Set(queued.map((node) => node.id)).size).toBe(queued.length);
    expect(codes(await ask(system, AN, QUEUE))).toEqual(['FORBIDDEN']);
    expect(codes(await ask(system, BROKER_AN_LIFE_AND_MOTOR, QUEUE))).toEqual(['FORBIDDEN']);

    const sent = await decide({
      requestId: taxCertificate,
      decision: 'SEND_BY_EMAIL',
      note: 'Verstuurd naar uw e-mailadres.',
    });
    expect(sent.body.data?.['decideDocumentRequest']).toEqual({
      __typename: 'DocumentRequestDecided',
      request: { id: taxCertificate, status: 'SENT_BY_EMAIL', decisionNote: 'Verstuurd naar uw e-mailadres.' },
    });
    const decidedForAn = (await requestsSeenBy(AN)).find((node) => node.id === taxCertificate);
    expect(decidedForAn).toMatchObject({ status: 'SENT_BY_EMAIL', decisionNote: 'Verstuurd naar uw e-mailadres.' });
    expect(decidedForAn?.decidedAt).toEqual(expect.stringMatching(/^\d{4}-\d\d-\d\dT/));
    // The office that did not ask sees that it was sent, not the note.
    expect((await requestsSeenBy(BROKER_AN_LIFE_AND_MOTOR)).find((node) => node.id === taxCertificate)).toMatchObject({
      status: 'SENT_BY_EMAIL',
      decisionNote: null,
    });

    const refusedLater = await decide({ requestId: taxCertificate, decision: 'REFUSE', note: 'Toch niet.' }, 'en');
    expect(refusedLater.body.data?.['decideDocumentRequest']).toEqual({
      __typename: 'DocumentRequestAlreadyDecided',
      code: 'ALREADY_DECIDED',
      message: 'This document request was already decided the other way; nothing was changed.',
      request: { id: taxCertificate, status: 'SENT_BY_EMAIL', decisionNote: 'Verstuurd naar uw e-mailadres.' },
    });
    expect((await requestsSeenBy(AN)).find((node) => node.id === taxCertificate)).toEqual(decidedForAn);
    // Sending again is the same decision: the request as it is.
    expect(
      (await decide({ requestId: taxCertificate, decision: 'SEND_BY_EMAIL' })).body.data?.['decideDocumentRequest'],
    ).toMatchObject({
      __typename: 'DocumentRequestDecided',
      request: { decisionNote: 'Verstuurd naar uw e-mailadres.' },
    });

    // A refusal says why; without a note the request stays pending.
    expect(codes(await decide({ requestId: bySupport.request.id, decision: 'REFUSE', note: ' ' }))).toEqual([
      'BAD_USER_INPUT',
    ]);
    expect((await requestsSeenBy(AN)).find((node) => node.id === bySupport.request.id)?.status).toBe('PENDING');
    const refused = await decide({
      requestId: bySupport.request.id,
      decision: 'REFUSE',
      note: 'Dit bewijs bestaat niet voor 2011.',
    });
    expect(refused.body.data?.['decideDocumentRequest']).toMatchObject({
      __typename: 'DocumentRequestDecided',
      request: { status: 'REFUSED', decisionNote: 'Dit bewijs bestaat niet voor 2011.' },
    });
    // Once decided, the same document may be asked for again.
    expect(
      payloadOf(await request(AN, { contractNumber: PENSION, type: 'PROOF_OF_PREMIUM_PAYMENT', year: 2011 })),
    ).toMatchObject({ alreadyRequested: false, request: { status: 'PENDING' } });

    expect(
      (await decide({ requestId: '00000000-0000-4000-8000-000000000000', decision: 'SEND_BY_EMAIL' }, 'fr')).body
        .data?.['decideDocumentRequest'],
    ).toEqual({
      __typename: 'DocumentRequestNotFound',
      code: 'NOT_FOUND',
      message: 'Aucune demande de document ne porte ce numéro ; rien n’a été modifié.',
    });
    expect(codes(await decide({ requestId: 'not-a-request', decision: 'SEND_BY_EMAIL' }))).toEqual([]);
    expect(
      codes(await ask(system, AN, DECIDE, { variables: { input: { requestId: taxCertificate, decision: 'REFUSE' } } })),
    ).toEqual(['FORBIDDEN']);
  });

  it('shows An her requests newest first, as the portal asks for them', async () => {
    const result = await ask(system, AN, MY_REQUESTS);
    expect(result.body.errors).toBeUndefined();
    const mine = (result.body.data?.['me'] as { documentRequests: RequestNode[] }).documentRequests;
    expect(mine.length).toBeGreaterThanOrEqual(6);
    const times = mine.map((node) => Date.parse(node.requestedAt));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    // She sees every request about her, whoever asked, with the words on it.
    expect(new Set(mine.map((node) => node.requestedBy))).toEqual(new Set(['CUSTOMER', 'BROKER', 'SUPPORT']));
    expect(mine.find((node) => node.contractNumber === fire)?.note).toBe('Polis 2019 voor de expert.');
  });

  it('has the brokers’ and the contact centre’s requests, decisions and reads in An’s audit trail', async () => {
    const trail = await ask(system, SUPPORT, TRAIL, { variables: { customerId: AN.id } });
    expect(trail.body.errors).toBeUndefined();
    const records = (trail.body.data?.['auditRecords'] as Array<Record<string, unknown>>).map(
      (record) =>
        `${String(record['action'])} ${String(record['resource'])} ${String(record['actorRole'])} ${String(record['brokerId'])}`,
    );
    for (const expected of [
      'MUTATION Mutation.requestDocument BROKER B00001',
      'MUTATION Mutation.requestDocument BROKER B00002',
      'MUTATION Mutation.requestDocument SUPPORT null',
      'MUTATION Mutation.decideDocumentRequest SUPPORT null',
      'READ DocumentRequest SUPPORT null',
      'READ DocumentRequest BROKER B00001',
    ])
      expect(records).toContain(expected);
    // Every mutation is recorded (platform/audit/auditedOperations.ts); An's own requests as hers.
    expect(records).toContain('MUTATION Mutation.requestDocument CUSTOMER null');
  });
});
