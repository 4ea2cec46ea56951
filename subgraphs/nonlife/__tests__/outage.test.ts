/** @heavy waits out a hanging V-Connect's timeout */
import { startSystem, type RunningSystem } from '../../../test-support/system';
import { NOT_SHOWN_FIELDS, type NotShownJson } from './support';

/**
 * V-Connect failing, hanging or in maintenance, through the gateway: the rest of the customer
 * graph answers; the non-life part is served stale (with the marker) within its grace period,
 * then null with an error naming the backend and whether retrying may help.
 */
const PAGE = /* GraphQL */ `
  query {
    me {
      id
      firstName
      lifeContracts { contractNumber }
      nonLifeContracts { contractNumber premium { amount } guarantees { code label } }
      contractsNotShown { ${NOT_SHOWN_FIELDS} }
    }
  }
`;

interface Page {
  id: string;
  firstName: string;
  lifeContracts: unknown[] | null;
  nonLifeContracts: Array<{ contractNumber: string }> | null;
  contractsNotShown: NotShownJson[] | null;
}

const CALM = { maintenance: false, errorRate: 0, hangRate: 0, malformedRate: 0 };

describe('V-Connect outages through the gateway', () => {
  let system: RunningSystem;
  let offset = 0;
  beforeAll(async () => {
    system = await startSystem({
      clock: () => Date.now() + offset,
      // The default 10 s backend timeout, not a short one: it applies to every backend, and the ones
      // expected to answer must not be held to a tight budget on a busy machine.
      backendPolicy: { breakerThreshold: 1_000 },
    });
  });
  afterAll(async () => {
    await system.stop();
  });
  beforeEach(() => {
    system.backends.vConnect.setBehaviour(CALM);
    system.backends.lifeConnect.setBehaviour(CALM);
  });

  async function page(customerId: string) {
    const token = await system.token('customer', customerId);
    const { status, body } = await system.query(PAGE, { token });
    expect(status).toBe(200);
    return {
      me: body.data?.['me'] as Page,
      errors: body.errors ?? [],
      stale: body.extensions?.['stale'] as Array<Record<string, unknown>> | undefined,
    };
  }

  function vConnectErrors(errors: Awaited<ReturnType<typeof page>>['errors']) {
    return errors.filter((error) => error.extensions?.['backend'] === 'v-connect');
  }

  it('in maintenance: stale with the marker within the grace period, then null with BACKEND_UNAVAILABLE; the rest answers', async () => {
    const fresh = await page('P00000001');
    expect(fresh.errors).toEqual([]);
    expect(fresh.me.nonLifeContracts?.length).toBeGreaterThan(0);

    offset = 11 * 60 * 1000;
    system.backends.vConnect.setBehaviour({ maintenance: true });
    const stale = await page('P00000001');
    expect(stale.errors).toEqual([]);
    expect(stale.me).toEqual(fresh.me);
    expect(stale.stale).toEqual(
      expect.arrayContaining([
        { source: 'v-connect', type: 'nonLifeContractList', ageSeconds: expect.any(Number), reason: 'maintenance' },
        { source: 'v-connect', type: 'nonLifeContract', ageSeconds: expect.any(Number), reason: 'maintenance' },
      ]),
    );

    offset = 25 * 3600 * 1000;
    const gone = await page('P00000001');
    expect(gone.me).toMatchObject({
      id: 'P00000001',
      firstName: 'An',
      nonLifeContracts: null,
      contractsNotShown: null,
    });
    expect(gone.me.lifeContracts).toEqual(fresh.me.lifeContracts);
    const errors = vConnectErrors(gone.errors);
    expect(errors.map((error) => error.path)).toEqual(
      expect.arrayContaining([
        ['me', 'nonLifeContracts'],
        ['me', 'contractsNotShown'],
      ]),
    );
    for (const error of errors)
      expect(error.extensions).toMatchObject({
        code: 'BACKEND_UNAVAILABLE',
        backend: 'v-connect',
        reason: 'maintenance',
        retryable: true,
      });
    expect(gone.errors.length).toBe(errors.length);
  });

  it.each([
    [
      'failing (500)',
      { errorRate: 1 },
      'P00000004',
      { code: 'BACKEND_UNAVAILABLE', reason: 'unavailable', retryable: true },
    ],
    ['hanging', { hangRate: 1 }, 'P00000012', { code: 'BACKEND_UNAVAILABLE', reason: 'timeout', retryable: true }],
    [
      'answering garbage',
      { malformedRate: 1 },
      'P00000002',
      { code: 'BACKEND_ERROR', reason: 'malformed', retryable: false },
    ],
  ])(
    '%s with nothing cached: the non-life fields are null with an error saying whether retrying may help; the rest answers',
    async (_name, behaviour, customerId, expected) => {
      system.backends.vConnect.setBehaviour(behaviour);
      // A hanging V-Connect ends in the subgraph's own backend timeout (reason "timeout" below), not in
      // the gateway's wait for the subgraph, which would leave no V-Connect error at all.
      const { me, errors } = await page(customerId);
      expect(me.firstName).toEqual(expect.any(String));
      expect(me.lifeContracts?.length).toBeGreaterThan(0);
      expect(me.nonLifeContracts).toBeNull();
      expect(me.contractsNotShown).toBeNull();
      const failures = vConnectErrors(errors);
      expect(failures.length).toBeGreaterThan(0);
      for (const error of failures) {
        expect(error.extensions).toMatchObject({ backend: 'v-connect', ...expected });
        expect(error.message).not.toMatch(/127\.0\.0\.1|http|fout|TECHNISCHE/i);
      }
    },
  );

  it("Life Connect in maintenance: the list holds the non-life part and the response the life subgraph's error", async () => {
    system.backends.lifeConnect.setBehaviour({ maintenance: true });
    const { me, errors } = await page('P00000003');
    expect(me.contractsNotShown?.map((c) => [c.domain, c.productLabel])).toEqual([['NON_LIFE', 'Fietsverzekering']]);
    expect(me.nonLifeContracts?.length).toBeGreaterThan(0);
    expect(me.lifeContracts).toBeNull();
    expect(
      errors.some(
        (error) =>
          error.extensions?.['code'] === 'BACKEND_UNAVAILABLE' && error.extensions?.['backend'] === 'life-connect',
      ),
    ).toBe(true);
    expect(vConnectErrors(errors)).toEqual([]);
  });
});
