import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** What a webhook secret starts with, so it is recognised when it leaks (and told apart from a client secret). */
export const WEBHOOK_SECRET_PREFIX = 'whsec_';

/** A new signing secret: 256 random bits, shown once to the office that registers the webhook. */
export function newWebhookSecret(): string {
  return `${WEBHOOK_SECRET_PREFIX}${randomBytes(32).toString('base64url')}`;
}

/**
 * The signature of one delivery: `v1=` and the hex HMAC-SHA256 of `<timestamp>.<body>`, keyed
 * with the secret exactly as shown at registration (its UTF-8 bytes, prefix included). The
 * timestamp (unix seconds, as sent in X-Webhook-Timestamp) is signed with the body, so a
 * receiver that refuses old timestamps cannot be sent an old delivery again.
 */
export function signWebhook(secret: string, timestamp: number, body: string): string {
  return `v1=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

/** Whether a signature header carries a valid `v1=` signature of this delivery (the receiver's check, used by the tests). */
export function verifyWebhookSignature(secret: string, timestamp: string, body: string, header: string): boolean {
  if (!/^\d{1,12}$/.test(timestamp)) return false;
  const expected = Buffer.from(signWebhook(secret, Number(timestamp), body));
  return header.split(/[ ,]+/).some((candidate) => {
    const actual = Buffer.from(candidate);
    return actual.length === expected.length && timingSafeEqual(actual, expected);
  });
}

export interface WebhookHeaders {
  'content-type': 'application/json';
  'user-agent': string;
  'x-webhook-id': string;
  'x-webhook-timestamp': string;
  'x-webhook-signature': string;
}

/** The headers of one delivery (Standard Webhooks style): its id, when it was signed and the signature. */
export function webhookHeaders(secret: string, webhookId: string, timestamp: number, body: string): WebhookHeaders {
  return {
    'content-type': 'application/json',
    'user-agent': 'customer-graph-webhooks/1',
    'x-webhook-id': webhookId,
    'x-webhook-timestamp': String(timestamp),
    'x-webhook-signature': signWebhook(secret, timestamp, body),
  };
}
