import { startSystem, type RunningSystem } from '../../test-support/system';
import { operation } from '../../test-support/callers';

/** The portal's home page, as registered in operations/: profile, contracts and documents in one request. */
const OVERVIEW = operation('CustomerOverview');

describe('one federated customer query through the gateway', () => {
  let system: RunningSystem;

  beforeAll(async () => {
    system = await startSystem();
  });
  afterAll(async () => {
    await system.stop();
  });

  it('answers with data from all four subgraphs, each from its own legacy backend', async () => {
    system.resetCounters();
    const token = await system.token('customer', 'P00000001');
    const { status, body } = await system.query(OVERVIEW, { token, headers: { 'accept-language': 'fr-BE,fr;q=0.9' } });

    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    const me = body.data?.['me'] as Record<string, unknown> & {
      lifeContracts: unknown[];
      nonLifeContracts: unknown[];
      documents: { nodes: unknown[] };
    };
    expect(me).toMatchObject({ id: 'P00000001', firstName: 'An', lastName: 'Peeters' });
    // An Peeters holds three life contracts the portal shows (pension savings, investment, universal life).
    expect(me.lifeContracts).toHaveLength(3);
    expect(me.lifeContracts).toContainEqual(
      expect.objectContaining({ product: { kind: 'PENSION', label: 'Épargne-pension' }, status: 'RUNNING' }),
    );
    // Motor, fire, family liability and legal assistance; not the hunting-liability contract.
    expect((me.nonLifeContracts as Array<{ product: { kind: string } }>).map((c) => c.product.kind).sort()).toEqual([
      'FAMILY_LIABILITY',
      'FIRE',
      'LEGAL_ASSISTANCE',
      'MOTOR',
    ]);
    expect(me.documents.nodes.length).toBeGreaterThan(0);
    expect(me.documents.nodes).toContainEqual(
      expect.objectContaining({ type: 'TAX_CERTIFICATE', title: expect.stringMatching(/^Attestation fiscale \d{4}$/) }),
    );

    for (const backend of Object.values(system.backends)) expect(backend.counters.snapshot().total).toBeGreaterThan(0);
  });

  it('gives the request an id of its own, forwards it to every legacy backend it calls, and hands it back', async () => {
    system.resetCounters();
    // A customer the first test did not ask for, so nothing of theirs is cached and every backend is called.
    const token = await system.token('customer', 'P00000002');
    const { body, headers } = await system.query(OVERVIEW, {
      token,
      headers: { 'x-request-id': 'test-request-0001' },
    });
    expect(body.errors).toBeUndefined();
    // Not the caller's: any caller may send any id (the audit trail keeps the caller's beside it).
    const own = headers.get('x-request-id');
    expect(own).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    // Read where the backends received it, through the subgraphs: not the gateway's echo of its own header.
    expect(
      Object.fromEntries(
        Object.entries(system.backends).map(([name, backend]) => [name, backend.counters.snapshot().requestIds]),
      ),
    ).toEqual({ customerMaster: [own], lifeConnect: [own], vConnect: [own], documentArchive: [own] });
  });

  it('refuses an anonymous caller with UNAUTHENTICATED', async () => {
    const { body } = await system.query('{ me { id } }');
    expect(body.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
    expect(body.data?.['me'] ?? null).toBeNull();
  });

  it("gives FORBIDDEN for another customer's data, the same as for an unknown id", async () => {
    const token = await system.token('customer', 'P00000001');
    const other = await system.query('{ customer(id: "P00000003") { id firstName } }', { token });
    const unknown = await system.query('{ customer(id: "P99999999") { id firstName } }', { token });
    expect(other.body.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    expect(unknown.body.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    expect(other.body.errors?.[0]?.message).toBe(unknown.body.errors?.[0]?.message);
    expect(JSON.stringify(other.body)).not.toContain('Sophie');
  });
});
