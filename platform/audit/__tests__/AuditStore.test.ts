import { randomUUID } from 'node:crypto';
import { startTestAuditTrail, type TestAuditTrail } from '../../../test-support/auditTrail';
import type { AuditEntry } from '../AuditEntry';
import { decodeCursor, encodeCursor } from '../cursor';

const BROKER = { actorId: 'broker-user-B00001', actorRole: 'broker', brokerId: 'B00001' } as const;
const read = (customerId: string | null, resource = 'LifeContract'): AuditEntry => ({
  id: randomUUID(),
  action: 'READ',
  resource,
  customerId,
});

/** The audit store on a PostgreSQL database of its own. */
describe('AuditStore', () => {
  let trail: TestAuditTrail;

  beforeAll(async () => {
    trail = await startTestAuditTrail('store');
  });
  afterAll(async () => {
    await trail.stop();
  });

  it('keeps who, whom, what kind of access, which operation and request, and when: no column for any payload', async () => {
    const { rows } = await trail.db.query<{ column_name: string }>(
      "SELECT column_name FROM information_schema.columns WHERE table_schema = 'audit' AND table_name = 'records' ORDER BY column_name",
    );
    expect(rows.map((row) => row.column_name)).toEqual([
      'action',
      'actor_id',
      'actor_role',
      'at',
      'broker_id',
      'caller_request_id',
      'customer_id',
      'id',
      'operation_name',
      'request_id',
      'resource',
      'seq',
      'service',
    ]);
  });

  it("lists a customer's records newest first, page by page, and nobody else's", async () => {
    const customer = `P${randomUUID().slice(0, 8)}`;
    const before = new Date(Date.now() - 1_000);
    // Twelve requests of two records each: positions run past 9 and 99, where a text order would break.
    for (let request = 1; request <= 12; request++) {
      await trail.store.append(
        BROKER,
        {
          requestId: `req-page-${request}-${customer}`,
          callerRequestId: `their-id-${request}`,
          operationName: `Op${request}`,
          service: 'life',
        },
        [read(customer), read('P99999999')],
      );
    }
    const first = await trail.store.page(customer, 5);
    expect(first.map((record) => record.operationName)).toEqual(['Op12', 'Op11', 'Op10', 'Op9', 'Op8']);
    const second = await trail.store.page(customer, 5, first[4]?.seq);
    expect(second.map((record) => record.operationName)).toEqual(['Op7', 'Op6', 'Op5', 'Op4', 'Op3']);
    const last = await trail.store.page(customer, 5, second[4]?.seq);
    expect(last.map((record) => record.operationName)).toEqual(['Op2', 'Op1']);
    expect(last[1]).toMatchObject({
      ...BROKER,
      customerId: customer,
      action: 'READ',
      resource: 'LifeContract',
      service: 'life',
      requestId: `req-page-1-${customer}`,
      callerRequestId: 'their-id-1',
    });
    expect(last[1]?.at.getTime()).toBeGreaterThanOrEqual(before.getTime());
  });

  it('stores a delivery that is sent twice (a retry) once', async () => {
    const requestId = `req-retry-${randomUUID()}`;
    const entries = [read('P00000001'), read('P00000002')];
    await trail.store.append(
      BROKER,
      { requestId, operationName: null, callerRequestId: null, service: 'life' },
      entries,
    );
    await trail.store.append(
      BROKER,
      { requestId, operationName: null, callerRequestId: null, service: 'life' },
      entries,
    );
    expect(await trail.store.ofRequest(requestId)).toHaveLength(2);
  });

  it('refuses to change or remove a record, whatever code asks', async () => {
    const requestId = `req-immutable-${randomUUID()}`;
    await trail.store.append(BROKER, { requestId, operationName: null, callerRequestId: null, service: 'identity' }, [
      read('P00000001', 'Customer'),
    ]);
    await expect(
      trail.db.query("UPDATE audit.records SET actor_id = 'someone-else' WHERE request_id = $1", [requestId]),
    ).rejects.toThrow('append-only');
    await expect(trail.db.query('DELETE FROM audit.records WHERE request_id = $1', [requestId])).rejects.toThrow(
      'append-only',
    );
    await expect(trail.db.query('TRUNCATE audit.records')).rejects.toThrow('append-only');
    expect(await trail.store.ofRequest(requestId)).toEqual([expect.objectContaining({ actorId: BROKER.actorId })]);
  });

  it('turns positions into opaque cursors and back, and refuses anything else', () => {
    expect(decodeCursor(encodeCursor('12345'))).toBe('12345');
    expect(encodeCursor('12345')).not.toContain('12345');
    for (const bad of [
      '',
      'abc',
      encodeCursor('0'),
      encodeCursor('-1'),
      encodeCursor('1; DROP TABLE'),
      Buffer.from('b1:5').toString('base64url'),
      'x'.repeat(100),
      'not base64!',
    ]) {
      expect(decodeCursor(bad)).toBeUndefined();
    }
  });
});
