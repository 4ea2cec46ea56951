import { startSystem, type RunningSystem } from '../../../test-support/system';
import { eventually } from '../../../test-support/eventually';
import { AN, ask, BROKER_AN_FIRE, BROKER_AN_LIFE_AND_MOTOR, codes, SUPPORT, type Caller } from './support';

const SOPHIE: Caller = { role: 'customer', id: 'P00000003' };

const REQUEST = /* GraphQL */ `
  mutation ($input: RequestPaperDeliveryInput!) {
    requestPaperDelivery(input: $input) {
      alreadyRequested
      request {
        id
        status
        requestedBy
        requestingBroker {
          id
        }
        reason
      }
    }
  }
`;
const DECIDE = /* GraphQL */ `
  mutation ($input: DecidePaperDeliveryRequestInput!) {
    decidePaperDeliveryRequest(input: $input) {
      __typename
    }
  }
`;
const DELIVERY = /* GraphQL */ `
  query ($id: ID!) {
    customer(id: $id) {
      documentDelivery {
        channel
        basis
        paperRequest {
          status
          requestedBy
          requestingBroker {
            id
          }
          reason
          decisionNote
        }
      }
    }
  }
`;
const FEED = /* GraphQL */ `
  query {
    brokerChanges(first: 100) {
      changes {
        customer {
          id
        }
        change {
          __typename
          ... on PaperDeliveryDecided {
            outcome
            decidedAt
            requestedByYourOffice
          }
        }
      }
    }
  }
`;
const TRAIL = /* GraphQL */ `
  query ($customerId: ID!) {
    auditRecords(customerId: $customerId, first: 50) {
      action
      resource
      actorRole
      brokerId
    }
  }
`;

interface FeedEvent {
  customer: { id: string };
  change: { __typename: string; outcome?: string; decidedAt?: string; requestedByYourOffice?: boolean };
}

/** A broker asks for paper for their customer, the contact centre decides, and the offices' feeds learn of it (docs/requirements.md §3.7, §4.4). */
describe('paper-delivery requests by brokers, and decisions in the broker feeds', () => {
  let system: RunningSystem;

  beforeAll(async () => {
    system = await startSystem();
  });
  afterAll(async () => {
    await system.stop();
  });

  const request = (caller: Caller, input: Record<string, unknown>) =>
    ask(system, caller, REQUEST, { variables: { input } });
  const paperDecisionsIn = async (office: Caller): Promise<FeedEvent[]> => {
    const result = await ask(system, office, FEED);
    expect(result.body.errors).toBeUndefined();
    const { changes } = result.body.data?.['brokerChanges'] as { changes: FeedEvent[] };
    return changes.filter((event) => event.change.__typename === 'PaperDeliveryDecided');
  };

  it('refuses a broker naming no customer or one not theirs, and a customer naming another, recording nothing', async () => {
    expect(codes(await request(BROKER_AN_LIFE_AND_MOTOR, { reason: 'Op papier graag.' }))).toEqual(['BAD_USER_INPUT']);
    // B00002 manages An's fire contract, nothing of Sophie's.
    expect(codes(await request(BROKER_AN_FIRE, { reason: 'Op papier graag.', customerId: SOPHIE.id }))).toEqual([
      'FORBIDDEN',
    ]);
    expect(codes(await request(AN, { reason: 'Voor mijn buurvrouw.', customerId: SOPHIE.id }))).toEqual(['FORBIDDEN']);
    expect(codes(await request(SUPPORT, { reason: 'Op papier graag.', customerId: AN.id }))).toEqual(['FORBIDDEN']);
    const delivery = await ask(system, SUPPORT, DELIVERY, { variables: { id: AN.id } });
    expect(delivery.body.data?.['customer']).toMatchObject({ documentDelivery: { paperRequest: null } });
  });

  it('records a broker’s request for their customer as asked by that office; another office asking gets the same request', async () => {
    const asked = await request(BROKER_AN_LIFE_AND_MOTOR, {
      reason: 'Mevrouw Peeters heeft geen computer.',
      customerId: AN.id,
    });
    expect(asked.body.errors).toBeUndefined();
    expect(asked.body.data?.['requestPaperDelivery']).toEqual({
      alreadyRequested: false,
      request: {
        id: expect.any(String) as unknown,
        status: 'PENDING',
        requestedBy: 'BROKER',
        requestingBroker: { id: 'B00001' },
        reason: 'Mevrouw Peeters heeft geen computer.',
      },
    });
    // The other office learns a request is pending, not which office asked nor why.
    const again = await request(BROKER_AN_FIRE, { reason: 'Graag op papier.', customerId: AN.id });
    expect(again.body.data?.['requestPaperDelivery']).toMatchObject({
      alreadyRequested: true,
      request: { status: 'PENDING', requestedBy: 'BROKER', requestingBroker: null, reason: null },
    });
    // The customer sees who asked for her, and why.
    const hers = await ask(system, AN, DELIVERY, { variables: { id: AN.id } });
    expect(hers.body.data?.['customer']).toMatchObject({
      documentDelivery: {
        paperRequest: {
          status: 'PENDING',
          requestedBy: 'BROKER',
          requestingBroker: { id: 'B00001' },
          reason: 'Mevrouw Peeters heeft geen computer.',
        },
      },
    });
    // Asking for a customer is an action on their behalf, in their trail.
    const trail = await ask(system, SUPPORT, TRAIL, { variables: { customerId: AN.id } });
    expect(trail.body.data?.['auditRecords']).toContainEqual({
      action: 'MUTATION',
      resource: 'Mutation.requestPaperDelivery',
      actorRole: 'BROKER',
      brokerId: 'B00001',
    });
  });

  it('puts the contact centre’s decision into the feed of each office managing one of the customer’s contracts', async () => {
    const pending = await ask(system, SUPPORT, 'query { paperDeliveryRequests { nodes { id customer { id } } } }');
    const nodes = (
      pending.body.data?.['paperDeliveryRequests'] as { nodes: Array<{ id: string; customer: { id: string } }> }
    ).nodes;
    const ans = nodes.find((node) => node.customer.id === AN.id);
    expect(ans).toBeDefined();
    expect(await paperDecisionsIn(BROKER_AN_LIFE_AND_MOTOR)).toEqual([]);

    const decided = await ask(system, SUPPORT, DECIDE, {
      variables: { input: { requestId: ans?.id, decision: 'APPROVE', note: 'Vanaf volgende maand op papier.' } },
    });
    expect(decided.body.data?.['decidePaperDeliveryRequest']).toEqual({ __typename: 'PaperDeliveryRequestDecided' });

    const [atB1] = await eventually(async () => {
      const events = await paperDecisionsIn(BROKER_AN_LIFE_AND_MOTOR);
      if (events.length === 0) throw new Error('not in B00001’s feed yet');
      return events;
    }, 60_000);
    expect(atB1).toEqual({
      customer: { id: AN.id },
      change: {
        __typename: 'PaperDeliveryDecided',
        outcome: 'APPROVED',
        decidedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) as unknown,
        requestedByYourOffice: true,
      },
    });
    const atB2 = await eventually(async () => {
      const events = await paperDecisionsIn(BROKER_AN_FIRE);
      if (events.length === 0) throw new Error('not in B00002’s feed yet');
      return events;
    }, 60_000);
    expect(atB2).toEqual([{ ...atB1, change: { ...atB1?.change, requestedByYourOffice: false } }]);

    // The asking broker sees the decision, not the note meant for the customer.
    const seen = await ask(system, BROKER_AN_LIFE_AND_MOTOR, DELIVERY, { variables: { id: AN.id } });
    expect(seen.body.data?.['customer']).toMatchObject({
      documentDelivery: {
        channel: 'PAPER',
        basis: 'PAPER_EXCEPTION',
        paperRequest: { status: 'APPROVED', requestedBy: 'BROKER', decisionNote: null },
      },
    });
    // Deciding the same way again adds nothing to the feeds.
    await ask(system, SUPPORT, DECIDE, { variables: { input: { requestId: ans?.id, decision: 'APPROVE' } } });
    expect(await paperDecisionsIn(BROKER_AN_LIFE_AND_MOTOR)).toHaveLength(1);
  });
});
