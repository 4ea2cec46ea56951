/** @heavy waits out a hanging Life Connect's timeout */
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

/** Ages the cached entries: the subgraphs judge freshness by this clock. */
let offset = 0;

/** One system per file part: a hanging Life Connect gets a short timeout of its own (see below). */
function startedSystem(lifeConnectTimeoutMs?: number): () => RunningSystem {
  let system: RunningSystem;
  beforeAll(async () => {
    // No retries and a circuit that stays closed, so each case sees Life Connect's own failure. The
    // other backends keep the default 10 s timeout: they are expected to answer and must not be held
    // to a tight budget on a busy machine.
    system = await startSystem({
      clock: () => Date.now() + offset,
      backendPolicy: { retries: 0, breakerThreshold: 1_000 },
      ...(lifeConnectTimeoutMs === undefined ? {} : { lifeConnectTimeoutMs }),
    });
  });
  afterAll(async () => {
    await system.stop();
  });
  afterEach(() => {
    system.backends.lifeConnect.setBehaviour({ errorRate: 0, hangRate: 0, malformedRate: 0, maintenance: false });
  });
  return () => system;
}

async function overview(system: RunningSystem, customer: string): Promise<{ result: GraphQLResult; me: Me }> {
  const token = await system.token('customer', customer);
  const result = await system.query(OVERVIEW, { token });
  expect(result.status).toBe(200);
  return { result, me: result.body.data?.['me'] as Me };
}

/** The two cases every outage of Life Connect must meet, on `system`, with customers of their own. */
function outageCases(
  system: () => RunningSystem,
  fault: Partial<Behaviour>,
  reason: string,
  [cached, cold]: [string, string],
): void {
  it('answers the rest of the customer graph, with the life part null and an error saying it may help to retry later', async () => {
    system().backends.lifeConnect.setBehaviour(fault);
    const { result, me } = await overview(system(), cold);

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
    const fresh = await overview(system(), cached);
    expect(fresh.result.body.errors).toBeUndefined();
    expect(fresh.me.lifeContracts?.length).toBeGreaterThan(0);
    expect(fresh.result.body.extensions?.['stale']).toBeUndefined();

    offset += TTL_MS + 60_000;
    system().backends.lifeConnect.setBehaviour(fault);
    const stale = await overview(system(), cached);
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
    const expired = await overview(system(), cached);
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
}

describe('Life Connect outages through the gateway', () => {
  const system = startedSystem();

  describe('Life Connect failing (500 with a SOAP fault)', () => {
    outageCases(system, { errorRate: 1 }, 'unavailable', ['P00000001', 'P00000002']);
  });

  describe('Life Connect in its nightly batch window (503)', () => {
    outageCases(system, { maintenance: true }, 'maintenance', ['P00000007', 'P00000008']);
  });

  it('says retrying will not help when Life Connect garbles its answer', async () => {
    system().backends.lifeConnect.setBehaviour({ malformedRate: 1 });
    const { result, me } = await overview(system(), 'P00000010');
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

describe('a hanging Life Connect through the gateway', () => {
  // A Life Connect that never answers costs its whole timeout per call, two calls in a row for a
  // stale overview (the list, then the contracts): 4 s (LIFE_CONNECT_TIMEOUT_MS's production cap)
  // rather than the 10 s every backend gets in these tests.
  const system = startedSystem(4_000);

  describe('Life Connect hanging (never answers)', () => {
    outageCases(system, { hangRate: 1 }, 'timeout', ['P00000003', 'P00000004']);
  });
});
