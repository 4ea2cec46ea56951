import {
  behaviour,
  setBehaviour,
  silent,
  started,
  testUniverse,
  watchUnhandledRejections,
  type Running,
} from '../legacy/__tests__/support';
import type { Behaviour } from '../legacy/shared/behaviour';
import type { Universe } from '../legacy/shared/data/universe';
import type { LegacyService } from '../legacy/shared/service';
import type { Logger } from '../platform/logger';

export interface LegacyClientTest<S extends LegacyService, C> {
  /** The legacy data the backend serves (2,000 customers, the test seed). */
  universe: Universe;
  /** The backend on a free port (from beforeAll). */
  readonly service: Running<S>;
  /** The client under test, calling `service` (from beforeAll). */
  readonly client: C;
}

/**
 * The setup every legacy client's test shares, registered in the enclosing describe: the backend
 * started calm on a free port, the client made on its URL, the backend's faults switched off
 * before each test, and no unhandled rejection by the end.
 */
export function legacyClientTest<S extends LegacyService, C>(
  createService: (options: { universe: Universe; behaviour: Behaviour; log: Logger }) => S,
  createClient: (url: string) => C,
): LegacyClientTest<S, C> {
  const universe = testUniverse(2_000);
  let service: Running<S> | undefined;
  let client: C | undefined;
  const unhandled = watchUnhandledRejections();

  beforeAll(async () => {
    service = await started(createService({ universe, behaviour: behaviour(), log: silent }));
    client = createClient(service.url);
  });
  afterAll(async () => {
    await service?.stop();
    unhandled.stop();
    expect(unhandled.reasons).toEqual([]);
  });
  beforeEach(async () => {
    await setBehaviour(running().url, { errorRate: 0, hangRate: 0, malformedRate: 0, maintenance: false });
  });

  function running(): Running<S> {
    if (!service) throw new Error('The backend starts in beforeAll.');
    return service;
  }
  return {
    universe,
    get service() {
      return running();
    },
    get client() {
      if (client === undefined) throw new Error('The client is made in beforeAll.');
      return client;
    },
  };
}
