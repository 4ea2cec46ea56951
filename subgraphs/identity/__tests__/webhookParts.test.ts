import { randomBytes } from 'node:crypto';
import { retryCeilingMs, retryDelayMs } from '../feed/webhooks/backoff';
import { webhookBody } from '../feed/webhooks/payload';
import { WebhookSecretBox } from '../feed/webhooks/secretBox';
import { webhookUrlProblem } from '../feed/webhooks/url';

/** The pure parts of webhook delivery (docs/mybroker.md#webhooks): which addresses, which pauses, sealed secrets. */
describe('webhook addresses', () => {
  it.each([
    ['https://crm.makelaar.example/hooks', true],
    ['https://crm.makelaar.example:8443/hooks?office=B00001', true],
    ['https://localhost/hooks', false],
    ['https://127.0.0.1/hooks', false],
    ['https://10.1.2.3/hooks', false],
    ['https://192.168.0.10/hooks', false],
    ['https://169.254.169.254/latest/meta-data', false],
    ['https://[::1]/hooks', false],
    ['https://intranet/hooks', false],
    ['http://crm.makelaar.example/hooks', false],
    ['http://127.0.0.1:8080/hooks', false],
  ])('in production %s is %s', (url, accepted) => {
    expect(webhookUrlProblem(url, true) === undefined).toBe(accepted);
  });

  it.each([
    ['http://127.0.0.1:8080/hooks', true],
    ['http://localhost:8080/hooks', true],
    ['http://crm.makelaar.example/hooks', false],
    ['https://user:pw@crm.makelaar.example/hooks', false],
    ['https://crm.makelaar.example/hooks#x', false],
    ['mailto:hooks@makelaar.example', false],
  ])('outside production %s is %s', (url, accepted) => {
    expect(webhookUrlProblem(url, false) === undefined).toBe(accepted);
  });
});

describe('the pause after failed deliveries', () => {
  const schedule = { baseMs: 1000, capMs: 3_600_000 };

  it('has a ceiling doubling from 1 s up to 1 h', () => {
    expect([1, 2, 3, 4, 12, 13, 100].map((failures) => retryCeilingMs(failures, schedule))).toEqual([
      1000, 2000, 4000, 8000, 2_048_000, 3_600_000, 3_600_000,
    ]);
  });

  it('is random below the ceiling (full jitter)', () => {
    expect(retryDelayMs(3, schedule, () => 0)).toBe(0);
    expect(retryDelayMs(3, schedule, () => 0.5)).toBe(2000);
    expect(retryDelayMs(3, schedule, () => 0.999)).toBe(3996);
  });

  it('keeps retrying for more than 24 hours: the sum of the longest pauses over 40 failures', () => {
    let total = 0;
    for (let failures = 1; failures <= 40; failures++) total += retryCeilingMs(failures, schedule);
    expect(total).toBeGreaterThan(24 * 3600 * 1000);
  });
});

describe('sealed webhook secrets', () => {
  const box = new WebhookSecretBox(randomBytes(32));

  it('open for the office they were sealed for, and only under the same key', () => {
    const sealed = box.seal('whsec_abc', 'B00001');
    expect(sealed).not.toContain('whsec_abc');
    expect(box.open(sealed, 'B00001')).toBe('whsec_abc');
    expect(box.open(sealed, 'B00002')).toBeUndefined();
    expect(new WebhookSecretBox(randomBytes(32)).open(sealed, 'B00001')).toBeUndefined();
    expect(box.open('v1.garbage', 'B00001')).toBeUndefined();
  });
});

describe('a delivery body', () => {
  it('carries a paper-delivery decision as the GraphQL feed shows it, for the office it goes to', () => {
    const decision = {
      kind: 'paper-delivery-decided' as const,
      customerId: 'P00000001',
      position: 7,
      occurredAt: new Date('2026-12-06T10:00:00.000Z'),
      change: { outcome: 'refused' as const, decidedAt: '2026-12-06T09:59:59.000Z', requestedByOffice: 'B00001' },
    };
    const forB1 = JSON.parse(webhookBody('B00001', [{ ...decision, brokerId: 'B00001' }])) as Record<string, unknown>;
    expect(forB1).toEqual({
      type: 'broker.changes',
      brokerId: 'B00001',
      endCursor: 'eyJ2IjoxLCJmIjo3fQ',
      changes: [
        {
          cursor: 'eyJ2IjoxLCJmIjo3fQ',
          occurredAt: '2026-12-06T10:00:00.000Z',
          customerId: 'P00000001',
          change: {
            __typename: 'PaperDeliveryDecided',
            outcome: 'REFUSED',
            decidedAt: '2026-12-06T09:59:59.000Z',
            requestedByYourOffice: true,
          },
        },
      ],
    });
    const forB2 = JSON.parse(webhookBody('B00002', [{ ...decision, brokerId: 'B00002' }])) as {
      changes: Array<{ change: Record<string, unknown> }>;
    };
    expect(forB2.changes[0]?.change['requestedByYourOffice']).toBe(false);
  });
});
