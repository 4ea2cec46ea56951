import { Redis } from 'ioredis';
import { keysUnder, startSystem, TEST_REDIS_URL, type GraphQLResult, type RunningSystem } from './system';

/**
 * Probing contract numbers of one backend through the gateway, in development and production
 * mode (subgraphs/life and subgraphs/nonlife run it for their own contracts). An id of another
 * form than the backend's costs no cache entry and no backend call; "no such contract" is
 * believed for a minute and stored only twice per request; and while the backend is in
 * maintenance, someone else's contract and a number that does not exist get the same answer with
 * no stale marker, for customers and for brokers.
 */
export interface ProbedContracts {
  /** The root field that opens one contract by id. */
  field: 'lifeContract' | 'nonLifeContract';
  /** The subgraph that resolves it, as the gateway names it in errors (`extensions.serviceName`). */
  subgraph: 'life' | 'nonlife';
  backend: 'lifeConnect' | 'vConnect';
  /** The backend as errors and stale markers name it. */
  backendName: string;
  /** The record type of a contract in the cache and in stale markers. */
  recordType: string;
  /** `Customer`'s field that lists the customer's contracts. */
  listField: 'lifeContracts' | 'nonLifeContracts';
  /** A contract of Sophie Dubois (P00000003), shown in the portal and managed by B00001. */
  sophies: string;
  /** Well-formed numbers of a holder that does not exist (09999999). */
  unknown: readonly [string, ...string[]];
  /** Ten ids of another form than the backend's: the ten root fields of one attacking request. */
  malformed: readonly string[];
  /** The backend's calls for five unknown numbers in one request. */
  callsForFiveUnknown: Record<string, number>;
  /** The backend's calls for one unknown number. */
  callsForOneUnknown: Record<string, number>;
}

const TTL_MS = 10 * 60 * 1000;

/**
 * An answer as written out below: data, every error's message, path and extensions, the
 * extensions; without the stack traces development mode adds (the gateway's own, the same for
 * every refusal; the tests compare whole answers with each other too).
 */
export const answerOf = ({ body }: GraphQLResult) => ({
  data: body.data,
  errors: body.errors?.map(({ message, path, extensions }) => {
    const { stacktrace: _stacktrace, ...rest } = extensions ?? {};
    return { message, path, extensions: rest };
  }),
  ...(body.extensions ? { extensions: body.extensions } : {}),
});

const staleTypes = (result: GraphQLResult) =>
  ((result.body.extensions?.['stale'] ?? []) as Array<{ type: string; reason: string }>)
    .map(({ type, reason }) => ({ type, reason }))
    .sort((a, b) => a.type.localeCompare(b.type));

export function describeContractProbes(probed: ProbedContracts): void {
  const { field } = probed;
  const CONTRACT = `query Probe($id: ID!) { ${field}(id: $id) { id contractNumber } }`;
  const FORBIDDEN_ANSWER = {
    data: { [field]: null },
    errors: [
      {
        message: 'You do not have access to this.',
        path: [field],
        extensions: { code: 'FORBIDDEN', serviceName: probed.subgraph },
      },
    ],
  };
  const MAINTENANCE_ANSWER = {
    data: { [field]: null },
    errors: [
      {
        message: `${probed.backendName} is temporarily unavailable; try again later.`,
        path: [field],
        extensions: {
          code: 'BACKEND_UNAVAILABLE',
          backend: probed.backendName,
          reason: 'maintenance',
          retryable: true,
          serviceName: probed.subgraph,
        },
      },
    ],
  };
  const [UNKNOWN] = probed.unknown;

  describe.each([{ production: false }, { production: true }])(
    `probing ${field} through the gateway (production: $production)`,
    ({ production }) => {
      let system: RunningSystem;
      let offset = 0;
      const as = (role: 'customer' | 'broker', id: string): Promise<string> => system.token(role, id);
      const backend = () => system.backends[probed.backend];
      const contractKeys = async (): Promise<string[]> =>
        (await keysUnder(system.cachePrefix)).filter((key) => key.includes(`:${probed.recordType}:`));

      beforeAll(async () => {
        system = await startSystem({
          gateway: { production },
          clock: () => Date.now() + offset,
          backendPolicy: { retries: 0, breakerThreshold: 1_000 },
        });
      });
      afterAll(async () => {
        await system.stop();
      });
      afterEach(() => {
        backend().setBehaviour({ maintenance: false });
      });

      it('answers an id of another form exactly as an unknown one, leaving no cache entry and calling the backend not once', async () => {
        const broker = await as('broker', 'B00001');
        const customer = await as('customer', 'P00000001');
        // The answer to a number that does not exist; the customer's own list is cached by it.
        for (const token of [broker, customer])
          expect(answerOf(await system.query(CONTRACT, { token, variables: { id: UNKNOWN } }))).toEqual(
            FORBIDDEN_ANSWER,
          );
        const before = await contractKeys();
        system.resetCounters();

        const ids = probed.malformed;
        const batch = await system.query(
          `query Probes(${ids.map((_id, i) => `$p${i}: ID!`).join(', ')}) { ${ids.map((_id, i) => `p${i}: ${field}(id: $p${i}) { id }`).join(' ')} }`,
          { token: broker, variables: Object.fromEntries(ids.map((id, i) => [`p${i}`, id])) },
        );
        expect(batch.body.data).toEqual(Object.fromEntries(ids.map((_id, i) => [`p${i}`, null])));
        expect(batch.body.errors?.map((error) => error.extensions?.['code'])).toEqual(ids.map(() => 'FORBIDDEN'));
        for (const id of ids)
          for (const token of [broker, customer])
            expect(answerOf(await system.query(CONTRACT, { token, variables: { id } }))).toEqual(FORBIDDEN_ANSWER);

        expect(backend().counters.snapshot().total).toBe(0);
        expect(await contractKeys()).toEqual(before);
      });

      it('believes "no such contract" for a minute, and stores it for at most two numbers per request', async () => {
        const broker = await as('broker', 'B00001');
        const unknown = probed.unknown.slice(1, 6);
        system.resetCounters();
        const result = await system.query(
          `query Unknown { ${unknown.map((id, i) => `u${i}: ${field}(id: "${id}") { id }`).join(' ')} }`,
          { token: broker },
        );
        expect(result.body.errors?.map((error) => error.extensions?.['code'])).toEqual(unknown.map(() => 'FORBIDDEN'));
        expect(backend().counters.snapshot().calls).toEqual(probed.callsForFiveUnknown);

        const entries = (await contractKeys()).filter(
          (key) => unknown.some((id) => key.includes(id)) && !key.endsWith(':fill'),
        );
        expect(entries).toHaveLength(2);
        const redis = new Redis(TEST_REDIS_URL, { maxRetriesPerRequest: 1 });
        try {
          for (const key of entries) {
            const ttl = await redis.pttl(key);
            expect(ttl).toBeGreaterThan(0);
            expect(ttl).toBeLessThanOrEqual(60_000);
          }
        } finally {
          redis.disconnect();
        }

        // A minute later the backend is asked again.
        offset += 61_000;
        for (const id of unknown) {
          system.resetCounters();
          expect(answerOf(await system.query(CONTRACT, { token: broker, variables: { id } }))).toEqual(
            FORBIDDEN_ANSWER,
          );
          expect(backend().counters.snapshot().calls).toEqual(probed.callsForOneUnknown);
        }
      });

      describe('while the backend is in maintenance', () => {
        it("gives a customer asking for another customer's contract the answer of an unknown number, with no stale marker", async () => {
          const sophie = await as('customer', 'P00000003');
          // P00000005 and his partner hold no contract of Sophie's household.
          const other = await as('customer', 'P00000005');
          const mine = `query Mine { me { ${probed.listField} { contractNumber } } }`;
          for (const token of [sophie, other])
            expect((await system.query(mine, { token })).body.errors).toBeUndefined();

          offset += TTL_MS + 60_000;
          backend().setBehaviour({ maintenance: true });
          const notYours = await system.query(CONTRACT, { token: other, variables: { id: probed.sophies } });
          const unknown = await system.query(CONTRACT, { token: other, variables: { id: UNKNOWN } });
          expect(notYours.body).toEqual(unknown.body);
          expect(answerOf(notYours)).toEqual(FORBIDDEN_ANSWER);
        });

        it("gives a broker asking for another office's contract the answer of an unknown number, with no stale marker", async () => {
          const sophie = await as('customer', 'P00000003');
          const calm = await system.query(CONTRACT, { token: sophie, variables: { id: probed.sophies } });
          expect(answerOf(calm)).toEqual({
            data: { [field]: { id: probed.sophies, contractNumber: probed.sophies } },
          });

          offset += TTL_MS + 60_000;
          backend().setBehaviour({ maintenance: true });
          const otherOffice = await as('broker', 'B00002');
          const notYours = await system.query(CONTRACT, { token: otherOffice, variables: { id: probed.sophies } });
          const unknown = await system.query(CONTRACT, { token: otherOffice, variables: { id: UNKNOWN } });
          expect(notYours.body).toEqual(unknown.body);
          expect(answerOf(notYours)).toEqual(MAINTENANCE_ANSWER);

          // Sophie herself is served her contract as cached, and told it is.
          const hers = await system.query(CONTRACT, { token: sophie, variables: { id: probed.sophies } });
          expect(hers.body.data).toEqual(calm.body.data);
          expect(staleTypes(hers)).toEqual([{ type: probed.recordType, reason: 'maintenance' }]);
        });

        it("gives a broker asking for another office's contract still cached fresh the answer of an unknown number", async () => {
          offset += TTL_MS + 60_000;
          const sophie = await as('customer', 'P00000003');
          const calm = await system.query(CONTRACT, { token: sophie, variables: { id: probed.sophies } });
          expect(answerOf(calm)).toEqual({
            data: { [field]: { id: probed.sophies, contractNumber: probed.sophies } },
          });

          // No time passes: the contract is in the cache, fresh, when the outage begins.
          backend().setBehaviour({ maintenance: true });
          const otherOffice = await as('broker', 'B00002');
          const notYours = await system.query(CONTRACT, { token: otherOffice, variables: { id: probed.sophies } });
          const unknown = await system.query(CONTRACT, { token: otherOffice, variables: { id: UNKNOWN } });
          expect(notYours.body).toEqual(unknown.body);
          expect(answerOf(notYours)).toEqual(MAINTENANCE_ANSWER);

          // Sophie herself is served it fresh, with no marker.
          const hers = await system.query(CONTRACT, { token: sophie, variables: { id: probed.sophies } });
          expect(answerOf(hers)).toEqual(answerOf(calm));
        });
      });
    },
  );
}

/**
 * A broker of another office reading a shared customer's contracts of this backend while it is
 * in maintenance, where none of them is that office's: none, and no stale marker; her own
 * broker's office is served them as cached, with the markers.
 */
export function describeSharedCustomerDuringMaintenance(
  probed: Pick<ProbedContracts, 'backend' | 'listField' | 'recordType'>,
  customer: { id: string; contracts: readonly string[]; ownOffice: string; otherOffice: string },
): void {
  const LIST = `query CustomerContracts($id: ID!) { customer(id: $id) { id ${probed.listField} { contractNumber } } }`;

  describe.each([{ production: false }, { production: true }])(
    `a shared customer's ${probed.listField} during maintenance (production: $production)`,
    ({ production }) => {
      let system: RunningSystem;
      let offset = 0;

      beforeAll(async () => {
        system = await startSystem({
          gateway: { production },
          clock: () => Date.now() + offset,
          backendPolicy: { retries: 0, breakerThreshold: 1_000 },
        });
      });
      afterAll(async () => {
        await system.stop();
      });

      it('shows the other office none of them and no stale marker', async () => {
        const ownOffice = await system.token('broker', customer.ownOffice);
        const otherOffice = await system.token('broker', customer.otherOffice);
        const shown = {
          customer: {
            id: customer.id,
            [probed.listField]: customer.contracts.map((contractNumber) => ({ contractNumber })),
          },
        };
        expect(answerOf(await system.query(LIST, { token: ownOffice, variables: { id: customer.id } }))).toEqual({
          data: shown,
        });

        offset += TTL_MS + 60_000;
        system.backends[probed.backend].setBehaviour({ maintenance: true });
        const other = await system.query(LIST, { token: otherOffice, variables: { id: customer.id } });
        expect(answerOf(other)).toEqual({ data: { customer: { id: customer.id, [probed.listField]: [] } } });

        const own = await system.query(LIST, { token: ownOffice, variables: { id: customer.id } });
        expect(own.body.data).toEqual(shown);
        expect(staleTypes(own)).toEqual([
          { type: probed.recordType, reason: 'maintenance' },
          { type: `${probed.recordType}List`, reason: 'maintenance' },
        ]);
      });
    },
  );
}
