import { randomUUID } from 'node:crypto';
import { GraphQLError } from 'graphql';
import { startTestAuditTrail, type TestAuditTrail } from '../../../test-support/auditTrail';
import type { Viewer } from '../../auth/viewer';
import { createLogger } from '../../logger';
import { withAuditedMutations } from '../auditedOperations';
import { RequestAudit } from '../RequestAudit';

const log = createLogger({ component: 'audit-test', level: 'silent' });
const BROKER: Viewer = { role: 'broker', subject: 'broker-user-B00001', brokerId: 'B00001' };
const SUPPORT: Viewer = { role: 'support', subject: 'S0001', staffId: 'S0001' };
const CUSTOMER: Viewer = { role: 'customer', subject: 'P00000001', customerId: 'P00000001' };

/** One request's recording, against a real store. */
describe('RequestAudit', () => {
  let trail: TestAuditTrail;

  beforeAll(async () => {
    trail = await startTestAuditTrail('request');
  });
  afterAll(async () => {
    await trail.stop();
  });

  const audit = (viewer: Viewer, requestId = `req-${randomUUID()}`) => ({
    requestId,
    audit: new RequestAudit({
      writer: trail.writer,
      viewer,
      authorization: undefined,
      requestId,
      callerRequestId: 'their-own-id',
      service: 'life',
      log,
    }),
  });

  it("records a broker's reads with the actor from the token and the client's operation name, each customer once", async () => {
    const { audit: recording, requestId } = audit(BROKER);
    recording.nameOperation('BrokerPortfolio__life__2');
    await Promise.all([
      recording.read('LifeContract', ['P00000001', 'P00000002']),
      recording.read('LifeContract', ['P00000001']),
      recording.read('LifeContract', []),
    ]);
    await recording.read('LifeContract', ['P00000002']);
    const records = await trail.store.ofRequest(requestId);
    expect(records.map((record) => record.customerId).sort()).toEqual(['P00000001', 'P00000002']);
    for (const record of records) {
      expect(record).toMatchObject({
        actorId: 'broker-user-B00001',
        actorRole: 'broker',
        brokerId: 'B00001',
        action: 'READ',
        resource: 'LifeContract',
        operationName: 'BrokerPortfolio',
        requestId,
        callerRequestId: 'their-own-id',
        service: 'life',
      });
    }
  });

  it("records staff reads; a customer's reads of their own data are not recorded", async () => {
    const staff = audit(SUPPORT);
    await staff.audit.read('Customer', ['P00000001']);
    expect(await trail.store.ofRequest(staff.requestId)).toEqual([
      expect.objectContaining({ actorId: 'S0001', actorRole: 'support', brokerId: null, customerId: 'P00000001' }),
    ]);
    const own = audit(CUSTOMER);
    await own.audit.read('LifeContract', ['P00000001']);
    expect(await trail.store.ofRequest(own.requestId)).toEqual([]);
  });

  it('records a mutation before its resolver runs, against the signed-in customer, or no customer for a caller without a token', async () => {
    const resolvers = withAuditedMutations({ Mutation: { signOut: () => 'ran' } }) as {
      Mutation: { signOut: (...args: unknown[]) => Promise<unknown> };
    };
    const mine = audit(CUSTOMER);
    mine.audit.nameOperation('SignOut');
    await expect(
      resolvers.Mutation.signOut({}, {}, { viewer: CUSTOMER, audit: mine.audit }, { fieldName: 'signOut' }),
    ).resolves.toBe('ran');
    expect(await trail.store.ofRequest(mine.requestId)).toEqual([
      expect.objectContaining({
        action: 'MUTATION',
        resource: 'Mutation.signOut',
        customerId: 'P00000001',
        actorRole: 'customer',
        operationName: 'SignOut',
      }),
    ]);
    const anonymous = audit({ role: 'anonymous' });
    await resolvers.Mutation.signOut(
      {},
      {},
      { viewer: { role: 'anonymous' }, audit: anonymous.audit },
      { fieldName: 'signOut' },
    );
    expect(await trail.store.ofRequest(anonymous.requestId)).toEqual([
      expect.objectContaining({ actorId: null, actorRole: 'anonymous', customerId: null, operationName: null }),
    ]);
  });

  it('refuses a Mutation resolver it cannot wrap, so no mutation escapes the trail', () => {
    expect(() => withAuditedMutations({ Mutation: { signOut: { resolve: () => 'ran' } } })).toThrow(
      'Mutation.signOut must be a resolver function',
    );
    const plain = { Query: { me: () => null } };
    expect(withAuditedMutations(plain)).toBe(plain);
  });

  it('fails closed: when the record cannot be written the read and the mutation are refused with AUDIT_UNAVAILABLE, and nothing runs', async () => {
    await trail.db.query('ALTER TABLE audit.records RENAME TO records_elsewhere');
    try {
      const { audit: recording } = audit(BROKER);
      const refusal = await recording.read('LifeContract', ['P00000001']).catch((error: unknown) => error);
      expect(refusal).toBeInstanceOf(GraphQLError);
      expect((refusal as GraphQLError).extensions).toEqual({ code: 'AUDIT_UNAVAILABLE', retryable: true });
      let ran = false;
      const resolvers = withAuditedMutations({ Mutation: { signOut: () => (ran = true) } }) as {
        Mutation: { signOut: (...args: unknown[]) => Promise<unknown> };
      };
      const mutation = audit(CUSTOMER);
      await expect(
        resolvers.Mutation.signOut({}, {}, { viewer: CUSTOMER, audit: mutation.audit }, { fieldName: 'signOut' }),
      ).rejects.toMatchObject({ extensions: { code: 'AUDIT_UNAVAILABLE' } });
      expect(ran).toBe(false);
    } finally {
      await trail.db.query('ALTER TABLE audit.records_elsewhere RENAME TO records');
    }
  });
});
