import { entities } from '../../../test-support/authorizationMatrix';
import { answerOf } from '../../../test-support/contractProbes';
import { startSystem, type RunningSystem } from '../../../test-support/system';

/**
 * A contract's documents opened by reference (`_entities`, as a router sends it), while the
 * customer master, which says whose a contract is, is in maintenance: someone else's contract,
 * whose ownership is cached from its owner's read, gets exactly the answer of a number that does
 * not exist, with no stale marker; the owner is served from the cache and told so.
 */
const SOPHIES = 'L000000030';
const UNKNOWN = 'L099999990';
const SELECTION = 'id documents(first: 5) { totalCount }';

describe("a life contract's documents while the customer master is in maintenance", () => {
  let system: RunningSystem;
  let offset = 0;

  beforeAll(async () => {
    system = await startSystem({
      clock: () => Date.now() + offset,
      backendPolicy: { retries: 0, breakerThreshold: 1_000 },
    });
  });
  afterAll(async () => {
    await system.stop();
  });

  const ask = (token: string, id: string) => {
    const probe = entities('LifeContract', [{ id }], SELECTION);
    return system.query(probe.query, { token, variables: probe.variables ?? {}, url: system.subgraphUrls.documents });
  };
  const MAINTENANCE_ANSWER = {
    data: { _entities: [null] },
    errors: [
      {
        message: 'customer-master is temporarily unavailable; try again later.',
        path: ['_entities', 0],
        extensions: {
          code: 'BACKEND_UNAVAILABLE',
          backend: 'customer-master',
          reason: 'maintenance',
          retryable: true,
        },
      },
    ],
  };
  afterEach(() => {
    system.backends.customerMaster.setBehaviour({ maintenance: false });
  });

  it("answers another customer's contract whose ownership is cached fresh as an unknown number", async () => {
    const sophie = await system.token('customer', 'P00000003');
    const other = await system.token('customer', 'P00000005');
    expect((await ask(sophie, SOPHIES)).body.errors).toBeUndefined();

    // No time passes: the ownership is in the cache, fresh, when the outage begins.
    system.backends.customerMaster.setBehaviour({ maintenance: true });
    const notYours = await ask(other, SOPHIES);
    const unknown = await ask(other, UNKNOWN);
    expect(notYours.body).toEqual(unknown.body);
    expect(answerOf(notYours)).toEqual(MAINTENANCE_ANSWER);
  });

  it("answers another customer's contract as an unknown number, and its owner from the cache with the marker", async () => {
    offset += 2 * 60_000;
    const sophie = await system.token('customer', 'P00000003');
    const other = await system.token('customer', 'P00000005');
    const calm = await ask(sophie, SOPHIES);
    expect(calm.body.errors).toBeUndefined();

    // Past the ownership's minute of TTL, well within its grace.
    offset += 2 * 60_000;
    system.backends.customerMaster.setBehaviour({ maintenance: true });
    const notYours = await ask(other, SOPHIES);
    const unknown = await ask(other, UNKNOWN);
    expect(notYours.body).toEqual(unknown.body);
    expect(answerOf(notYours)).toEqual(MAINTENANCE_ANSWER);

    const hers = await ask(sophie, SOPHIES);
    expect(hers.body.data).toEqual(calm.body.data);
    expect(
      (hers.body.extensions?.['stale'] as Array<{ type: string; reason: string }>).map(({ type, reason }) => ({
        type,
        reason,
      })),
    ).toEqual([{ type: 'contractParties', reason: 'maintenance' }]);
  });
});
