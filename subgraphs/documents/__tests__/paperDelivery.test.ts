import { Client } from 'pg';
import { serviceCredentialHeaders } from '../../../platform/auth/serviceCredential';
import { CONSENTS_PATH } from '../../../platform/consentLookup';
import { operation } from '../../../test-support/callers';
import { startSystem, type RunningSystem } from '../../../test-support/system';
import { AN, ask, BROKER_AN_FIRE, BROKER_AN_LIFE_AND_MOTOR, codes, LUC, SUPPORT, type Caller } from './support';

const SOPHIE: Caller = { role: 'customer', id: 'P00000003' };

/** The portal's registered operation for the delivery preference. */
const DELIVERY = operation('MyDocumentDelivery');
const REQUEST = /* GraphQL */ `
  mutation ($input: RequestPaperDeliveryInput!) {
    requestPaperDelivery(input: $input) {
      alreadyRequested
      request {
        id
        status
        reason
      }
    }
  }
`;
const DECIDE = /* GraphQL */ `
  mutation ($input: DecidePaperDeliveryRequestInput!) {
    decidePaperDeliveryRequest(input: $input) {
      __typename
      ... on PaperDeliveryRequestDecided {
        request {
          id
          status
          decidedAt
          decisionNote
        }
      }
      ... on PaperDeliveryRequestAlreadyDecided {
        code
        message
        request {
          id
          status
        }
      }
      ... on PaperDeliveryRequestNotFound {
        code
        message
      }
    }
  }
`;
const QUEUE = /* GraphQL */ `
  query ($status: PaperDeliveryStatus, $first: Int, $after: String) {
    paperDeliveryRequests(status: $status, first: $first, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        status
        reason
        customer {
          id
          firstName
        }
      }
    }
  }
`;
const DELIVERY_ENTITY = /* GraphQL */ `
  query ($representations: [_Any!]!) {
    _entities(representations: $representations) {
      ... on Customer {
        id
        documentDelivery {
          channel
          basis
          paperRequest {
            id
            status
            reason
            decisionNote
          }
        }
      }
    }
  }
`;

const CONSENT_ENTITY = /* GraphQL */ `
  query ($representations: [_Any!]!) {
    _entities(representations: $representations) {
      ... on Customer {
        id
        documentDelivery {
          channel
          basis
          digitalConsentAt
        }
      }
    }
  }
`;

interface Delivery {
  channel: string;
  basis: string;
  digitalConsentAt: string | null;
  paperRequest: {
    id: string;
    status: string;
    reason: string | null;
    requestedAt: string;
    decidedAt: string | null;
    decisionNote: string | null;
  } | null;
}

describe('delivery preference and paper-delivery requests', () => {
  let system: RunningSystem;
  let sql: Client;

  beforeAll(async () => {
    system = await startSystem();
    sql = new Client({ connectionString: system.databaseUrl });
    await sql.connect();
  });
  afterAll(async () => {
    await sql.end();
    await system.stop();
  });

  async function deliveryOf(caller: Caller): Promise<Delivery> {
    const result = await ask(system, caller, DELIVERY);
    expect(result.body.errors).toBeUndefined();
    return (result.body.data?.['me'] as { documentDelivery: Delivery }).documentDelivery;
  }

  const requestPaper = (caller: Caller | undefined, reason: string) =>
    ask(system, caller, REQUEST, { variables: { input: { reason } } });
  const decide = (caller: Caller | undefined, requestId: string, decision: 'APPROVE' | 'REFUSE', note?: string) =>
    ask(system, caller, DECIDE, {
      variables: { input: { requestId, decision, ...(note === undefined ? {} : { note }) } },
    });
  const rowsOf = async (customerId: string) =>
    (
      await sql.query(
        'SELECT id, status, reason FROM documents.paper_delivery_requests WHERE customer_id = $1 ORDER BY requested_at',
        [customerId],
      )
    ).rows;

  async function registerWithItsme(customerId: string): Promise<void> {
    const authorize = await fetch(`${system.backends.customerMaster.url}/oidc/itsme/authorize?person=${customerId}`);
    const { code } = (await authorize.json()) as { code: string };
    const result = await ask(
      system,
      undefined,
      'mutation ($input: RegisterWithIdentityProviderInput!) { registerWithIdentityProvider(input: $input) { __typename } }',
      {
        variables: { input: { provider: 'ITSME', authorizationCode: code, consentToDigitalDocuments: true } },
      },
    );
    expect(result.body.data?.['registerWithIdentityProvider']).toEqual({ __typename: 'Session' });
  }

  it('is digital by the consent identity recorded at registration, read through federation, and paper without an account', async () => {
    expect(await deliveryOf(AN)).toEqual({
      channel: 'PAPER',
      basis: 'NO_DIGITAL_CONSENT',
      digitalConsentAt: null,
      paperRequest: null,
    });
    await registerWithItsme(AN.id);
    const { rows } = await sql.query(
      'SELECT digital_documents_consent_at FROM identity.accounts WHERE customer_id = $1',
      [AN.id],
    );
    const recorded = (rows[0] as { digital_documents_consent_at: Date }).digital_documents_consent_at.toISOString();
    expect(await deliveryOf(AN)).toEqual({
      channel: 'DIGITAL',
      basis: 'DIGITAL_CONSENT',
      digitalConsentAt: recorded,
      paperRequest: null,
    });
  });

  it('takes the consent from identity, never from the representation a caller sends the subgraph', async () => {
    const entity = async (id: string, claimed: string | null) => {
      const result = await ask(system, SUPPORT, CONSENT_ENTITY, {
        variables: { representations: [{ __typename: 'Customer', id, digitalDocumentsConsentedAt: claimed }] },
        subgraph: true,
      });
      expect(result.body.errors).toBeUndefined();
      return result.body.data?.['_entities'];
    };
    // Sophie has no account, so no consent, whatever the representation claims.
    expect(await entity(SOPHIE.id, '2020-01-01T00:00:00.000Z')).toEqual([
      { id: SOPHIE.id, documentDelivery: { channel: 'PAPER', basis: 'NO_DIGITAL_CONSENT', digitalConsentAt: null } },
    ]);
    // An consented when she registered; a representation saying otherwise does not take it away.
    const { rows } = await sql.query(
      'SELECT digital_documents_consent_at FROM identity.accounts WHERE customer_id = $1',
      [AN.id],
    );
    const recorded = (rows[0] as { digital_documents_consent_at: Date }).digital_documents_consent_at.toISOString();
    expect(await entity(AN.id, null)).toEqual([
      { id: AN.id, documentDelivery: { channel: 'DIGITAL', basis: 'DIGITAL_CONSENT', digitalConsentAt: recorded } },
    ]);
  });

  it("identity's consent lookup answers the subgraphs only", async () => {
    const lookUp = (headers: Record<string, string>) =>
      fetch(`${system.stacks[0]?.subgraphOrigins.identity ?? ''}${CONSENTS_PATH}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ customerIds: [AN.id, SOPHIE.id] }),
      });
    const customer = await lookUp({ authorization: `Bearer ${await system.token('customer', SOPHIE.id)}` });
    expect(customer.status).toBe(403);
    expect(await customer.json()).toMatchObject({ error: { code: 'FORBIDDEN' } });
    const service = await lookUp(serviceCredentialHeaders(system.serviceSecret));
    expect(service.status).toBe(200);
    expect(await service.json()).toEqual({
      consents: [
        { customerId: AN.id, consentedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) },
        { customerId: SOPHIE.id, consentedAt: null },
      ],
    });
  });

  it('records one pending request when the customer asks twice at once, enforced by the database', async () => {
    const answers = await Promise.all(
      ['Ik heb geen computer.', 'Graag op papier.', 'Op papier a.u.b.'].map((reason) => requestPaper(AN, reason)),
    );
    for (const answer of answers) expect(answer.body.errors).toBeUndefined();
    const payloads = answers.map(
      (answer) =>
        answer.body.data?.['requestPaperDelivery'] as {
          alreadyRequested: boolean;
          request: { id: string; status: string; reason: string };
        },
    );
    expect(new Set(payloads.map((payload) => payload.request.id)).size).toBe(1);
    expect(payloads.filter((payload) => !payload.alreadyRequested)).toHaveLength(1);
    const rows = await rowsOf(AN.id);
    expect(rows).toEqual([
      {
        id: payloads[0]?.request.id,
        status: 'PENDING',
        reason: payloads.find((payload) => !payload.alreadyRequested)?.request.reason,
      },
    ]);

    const delivery = await deliveryOf(AN);
    expect(delivery).toMatchObject({
      channel: 'DIGITAL',
      basis: 'DIGITAL_CONSENT',
      paperRequest: { id: rows[0].id, status: 'PENDING', reason: rows[0].reason, decidedAt: null },
    });
  });

  it('keeps the request across a restart of the documents subgraph', async () => {
    const before = await deliveryOf(AN);
    await system.restartDocuments();
    const after = await deliveryOf(AN);
    expect(after).toEqual(before);
    const again = await requestPaper(AN, 'Nog eens gevraagd.');
    expect(again.body.data?.['requestPaperDelivery']).toEqual({
      alreadyRequested: true,
      request: { id: before.paperRequest?.id, status: 'PENDING', reason: before.paperRequest?.reason },
    });
  });

  it("shows the request to support staff in their queue and to An's brokers without her words", async () => {
    const pending = (await rowsOf(AN.id))[0] as { id: string; reason: string };
    const queue = await ask(system, SUPPORT, QUEUE, { variables: { first: 50 } });
    expect(queue.body.errors).toBeUndefined();
    const nodes = (queue.body.data?.['paperDeliveryRequests'] as { nodes: unknown[] }).nodes;
    expect(nodes).toContainEqual({
      id: pending.id,
      status: 'PENDING',
      reason: pending.reason,
      customer: { id: AN.id, firstName: 'An' },
    });

    for (const broker of [BROKER_AN_LIFE_AND_MOTOR, BROKER_AN_FIRE]) {
      const seen = await ask(system, broker, DELIVERY_ENTITY, {
        variables: {
          representations: [{ __typename: 'Customer', id: AN.id }],
        },
        subgraph: true,
      });
      expect(seen.body.errors).toBeUndefined();
      expect(seen.body.data?.['_entities']).toEqual([
        {
          id: AN.id,
          documentDelivery: {
            channel: 'DIGITAL',
            basis: 'DIGITAL_CONSENT',
            paperRequest: { id: pending.id, status: 'PENDING', reason: null, decisionNote: null },
          },
        },
      ]);
      expect(JSON.stringify(seen.body)).not.toContain(pending.reason);
    }
  });

  it('shows an approval in documentDelivery: paper by exception; asking again gives the approved request', async () => {
    const pending = (await rowsOf(AN.id))[0] as { id: string };
    const approved = await decide(SUPPORT, pending.id, 'APPROVE', 'Wordt voortaan per post verstuurd.');
    expect(approved.body.data?.['decidePaperDeliveryRequest']).toMatchObject({
      __typename: 'PaperDeliveryRequestDecided',
      request: {
        id: pending.id,
        status: 'APPROVED',
        decidedAt: expect.any(String),
        decisionNote: 'Wordt voortaan per post verstuurd.',
      },
    });
    expect(await deliveryOf(AN)).toMatchObject({
      channel: 'PAPER',
      basis: 'PAPER_EXCEPTION',
      digitalConsentAt: expect.any(String),
      paperRequest: { id: pending.id, status: 'APPROVED', decisionNote: 'Wordt voortaan per post verstuurd.' },
    });
    expect((await requestPaper(AN, 'Toch nog eens.')).body.data?.['requestPaperDelivery']).toMatchObject({
      alreadyRequested: true,
      request: { id: pending.id, status: 'APPROVED' },
    });

    // Deciding the same way again answers the same; the other way, or on an unknown request, changes nothing.
    expect((await decide(SUPPORT, pending.id, 'APPROVE')).body.data?.['decidePaperDeliveryRequest']).toMatchObject({
      __typename: 'PaperDeliveryRequestDecided',
      request: { status: 'APPROVED' },
    });
    expect((await decide(SUPPORT, pending.id, 'REFUSE')).body.data?.['decidePaperDeliveryRequest']).toMatchObject({
      __typename: 'PaperDeliveryRequestAlreadyDecided',
      code: 'ALREADY_DECIDED',
      request: { id: pending.id, status: 'APPROVED' },
    });
    expect(
      (await decide(SUPPORT, '1c0b8f47-2b6f-4f55-9f0e-6d2d2a0f7e11', 'APPROVE')).body.data?.[
        'decidePaperDeliveryRequest'
      ],
    ).toMatchObject({ __typename: 'PaperDeliveryRequestNotFound', code: 'NOT_FOUND' });
    expect(await rowsOf(AN.id)).toEqual([expect.objectContaining({ id: pending.id, status: 'APPROVED' })]);
  });

  it('lets a customer whose request was refused ask again, and shows them the refusal until then', async () => {
    const first = (await requestPaper(SOPHIE, 'Je préfère le papier.')).body.data?.['requestPaperDelivery'] as {
      request: { id: string };
    };
    const refused = await decide(SUPPORT, first.request.id, 'REFUSE', 'Vos documents restent disponibles en ligne.');
    expect(refused.body.data?.['decidePaperDeliveryRequest']).toMatchObject({ request: { status: 'REFUSED' } });
    expect(await deliveryOf(SOPHIE)).toMatchObject({
      channel: 'PAPER',
      basis: 'NO_DIGITAL_CONSENT',
      paperRequest: {
        id: first.request.id,
        status: 'REFUSED',
        decisionNote: 'Vos documents restent disponibles en ligne.',
      },
    });
    const second = (await requestPaper(SOPHIE, 'Je redemande.')).body.data?.['requestPaperDelivery'] as {
      alreadyRequested: boolean;
      request: { id: string; status: string };
    };
    expect(second).toMatchObject({ alreadyRequested: false, request: { status: 'PENDING' } });
    expect(second.request.id).not.toBe(first.request.id);
    expect((await rowsOf(SOPHIE.id)).map((row: { status: string }) => row.status)).toEqual(['REFUSED', 'PENDING']);
  });

  it('refuses bad input with BAD_USER_INPUT and records nothing', async () => {
    const before = await rowsOf(LUC.id);
    for (const reason of ['', '   ', 'x'.repeat(501), 'bell\u0007']) {
      const result = await requestPaper(LUC, reason);
      expect(codes(result)).toEqual(['BAD_USER_INPUT']);
      expect(result.body.errors?.[0]?.extensions?.['field']).toBe('reason');
    }
    expect(await rowsOf(LUC.id)).toEqual(before);
    const pending = (await rowsOf(SOPHIE.id)).find((row: { status: string }) => row.status === 'PENDING') as {
      id: string;
    };
    expect(codes(await decide(SUPPORT, pending.id, 'APPROVE', 'n'.repeat(501)))).toEqual(['BAD_USER_INPUT']);
    expect((await rowsOf(SOPHIE.id)).find((row: { id: string }) => row.id === pending.id)).toMatchObject({
      status: 'PENDING',
    });
    expect(codes(await ask(system, SUPPORT, QUEUE, { variables: { after: 'bm90IGEgY3Vyc29y' } }))).toEqual([
      'BAD_USER_INPUT',
    ]);
    expect(codes(await ask(system, SUPPORT, QUEUE, { variables: { first: 51 } }))).toEqual(['BAD_USER_INPUT']);
  });

  it('lets customers ask (brokers only naming a customer), only support staff decide and list, and shows a delivery only to those it concerns', async () => {
    const pending = (await rowsOf(SOPHIE.id)).find((row: { status: string }) => row.status === 'PENDING') as {
      id: string;
      reason: string;
    };
    for (const [caller, code] of [
      [BROKER_AN_LIFE_AND_MOTOR, 'BAD_USER_INPUT'],
      [SUPPORT, 'FORBIDDEN'],
      [undefined, 'UNAUTHENTICATED'],
    ] as const) {
      expect(codes(await requestPaper(caller, 'Op papier.'))).toEqual([code]);
    }
    for (const [caller, code] of [
      [SOPHIE, 'FORBIDDEN'],
      [BROKER_AN_LIFE_AND_MOTOR, 'FORBIDDEN'],
      [undefined, 'UNAUTHENTICATED'],
    ] as const) {
      const decided = await decide(caller, pending.id, 'APPROVE');
      expect(codes(decided)).toEqual([code]);
      const listed = await ask(system, caller, QUEUE);
      expect(codes(listed)).toEqual([code]);
      expect(JSON.stringify(listed.body)).not.toContain(pending.reason);
    }
    expect((await rowsOf(SOPHIE.id)).find((row: { id: string }) => row.id === pending.id)).toMatchObject({
      status: 'PENDING',
    });

    // Luc may not see An's delivery, and a broker office with no contract of hers may not either.
    const representations = [{ __typename: 'Customer', id: AN.id }];
    expect(codes(await ask(system, LUC, DELIVERY_ENTITY, { variables: { representations }, subgraph: true }))).toEqual([
      'FORBIDDEN',
    ]);
    expect(
      codes(
        await ask(system, { role: 'broker', id: 'B00006' }, DELIVERY_ENTITY, {
          variables: { representations },
          subgraph: true,
        }),
      ),
    ).toEqual(['FORBIDDEN']);
  });
});
