import type { Behaviour } from '../../../legacy/shared/behaviour';
import { startSystem, type GraphQLResult, type RunningSystem } from '../../../test-support/system';

/**
 * Life Connect failing, hanging, in maintenance or garbling its answers, seen through the
 * gateway: the rest of the customer graph answers; the life part is served stale (with the
 * marker) while cached entries are within their grace period, and past it is null with an error
 * naming the backend and saying whether retrying later may help. The subgraph gives up on a
 * hanging Life Connect after its own configurable timeout, well before the gateway would.
 */
const OVERVIEW = /* GraphQL */ `
  query Overview {
    me {
      id
      firstName
      lifeContracts {
        contractNumber
        product {
          kind
          label
        }
        reserve {
          amount
          currency
        }
        beneficiaries {
          clause
          name
        }
      }
      nonLifeContracts {
        contractNumber
      }
      documents {
        nodes {
          id
        }
      }
    }
  }
`;

const TTL_MS = 10 * 60 * 1000;
const GRACE_MS = 24 * 3600 * 1000;

interface Me {
  id: string;
  firstName: string;
  lifeContracts: unknown[] | null;
  nonLifeContracts: unknown[] | null;
  documents: { nodes: unknown[] } | null;
}

describe('Life Connect outages through the gateway', () => {
  let system: RunningSystem;
  let offset = 0;

  beforeAll(async () => {
    // No retries and a circuit that stays closed, so each case sees Life Connect's own failure. The
    // default 10 s backend timeout, not a short one: it applies to every backend, and the ones expected
    // to answer must not be held to a tight budget on a busy machine.
    system = await startSystem({
      clock: () => Date.now() + offset,
      backendPolicy: { retries: 0, breakerThreshold: 1_000 },
    });
  });
  afterAll(async () => {
    await system.stop();
  });
  afterEach(() => {
    system.backends.lifeConnect.setBehaviour({ errorRate: 0, hangRate: 0, malformedRate: 0, maintenance: false });
  });

  async function overview(customer: string): Promise<{ result: GraphQLResult; me: Me }> {
    const token = await system.token('customer', customer);
    const result = await system.query(OVERVIEW, { token });
    expect(result.status).toBe(200);
    return { result, me: result.body.data?.['me'] as Me };
  }

  const cases: Array<[string, Partial<Behaviour>, string]> = [
    ['failing (500 with a SOAP fault)', { errorRate: 1 }, 'unavailable'],
    ['hanging (never answers)', { hangRate: 1 }, 'timeout'],
    ['in its nightly batch window (503)', { maintenance: true }, 'maintenance'],
  ];

  describe.each(cases)('Life Connect %s', (_name, fault, reason) => {
    const [cached, cold] = {
      unavailable: ['P00000001', 'P00000002'],
      timeout: ['P00000003', 'P00000004'],
      maintenance: ['P00000007', 'P00000008'],
    }[reason] as [string, string];

    it('answers the rest of the customer graph, with the life part null and an error saying it may help to retry later', async () => {
      system.backends.lifeConnect.setBehaviour(fault);
      const { result, me } = await overview(cold);

      expect(me.id).toBe(cold);
      expect(me.firstName).toEqual(expect.any(String));
      expect(me.nonLifeContracts?.length).toBeGreaterThan(0);
      expect(me.documents?.nodes).toEqual(expect.any(Array));
      expect(me.lifeContracts).toBeNull();
      expect(result.body.errors).toEqual([
        expect.objectContaining({
          path: ['me', 'lifeContracts'],
          message: 'life-connect is temporarily unavailable; try again later.',
          extensions: expect.objectContaining({
            code: 'BACKEND_UNAVAILABLE',
            backend: 'life-connect',
            reason,
            retryable: true,
          }),
        }),
      ]);
      // A hanging Life Connect ends in the subgraph's own backend timeout (reason "timeout" above), not
      // in the gateway's wait for the subgraph, which would give an error naming no backend.
    });

    it('serves what is cached past its TTL with the staleness marker, and only past the grace period null with the error', async () => {
      offset += 2 * GRACE_MS;
      const fresh = await overview(cached);
      expect(fresh.result.body.errors).toBeUndefined();
      expect(fresh.me.lifeContracts?.length).toBeGreaterThan(0);
      expect(fresh.result.body.extensions?.['stale']).toBeUndefined();

      offset += TTL_MS + 60_000;
      system.backends.lifeConnect.setBehaviour(fault);
      const stale = await overview(cached);
      expect(stale.result.body.errors).toBeUndefined();
      expect(stale.me).toEqual(fresh.me);
      const markers = stale.result.body.extensions?.['stale'] as Array<{
        source: string;
        type: string;
        ageSeconds: number;
        reason: string;
      }>;
      expect(
        markers
          .filter((marker) => marker.source === 'life-connect')
          .map((marker) => [marker.type, marker.reason])
          .sort(),
      ).toEqual([
        ['lifeContract', reason],
        ['lifeContractList', reason],
      ]);
      for (const marker of markers.filter((m) => m.source === 'life-connect'))
        expect(Math.abs(marker.ageSeconds - 660)).toBeLessThanOrEqual(30);

      offset += GRACE_MS;
      const expired = await overview(cached);
      expect(expired.me.lifeContracts).toBeNull();
      expect(expired.me.firstName).toBe(fresh.me.firstName);
      expect(
        expired.result.body.errors?.map((error) => [
          error.path,
          error.extensions?.['code'],
          error.extensions?.['backend'],
          error.extensions?.['retryable'],
        ]),
      ).toEqual([[['me', 'lifeContracts'], 'BACKEND_UNAVAILABLE', 'life-connect', true]]);
    });
  });

  it('says retrying will not help when Life Connect garbles its answer', async () => {
    system.backends.lifeConnect.setBehaviour({ malformedRate: 1 });
    const { result, me } = await overview('P00000010');
    expect(me.firstName).toBe('Jürgen');
    expect(me.lifeContracts).toBeNull();
    expect(result.body.errors).toEqual([
      expect.objectContaining({
        path: ['me', 'lifeContracts'],
        message: 'life-connect gave an answer we could not use.',
        extensions: expect.objectContaining({
          code: 'BACKEND_ERROR',
          backend: 'life-connect',
          reason: 'malformed',
          retryable: false,
        }),
      }),
    ]);
    // Neither Life Connect's fault text nor its address reaches the client.
    expect(JSON.stringify(result.body)).not.toMatch(/NullPointer|Nachtelijke|127\.0\.0\.1|LifeConnect\/services/);
  });
});
