import { createHmac, timingSafeEqual } from 'node:crypto';
import { serviceKey } from './auth/serviceCredential';
import type { Viewer } from './auth/viewer';

/** One contract of "I can't find my contract", as the life and non-life subgraphs both type it. */
export interface NotShownEntry {
  contractNumber: string;
  domain: string;
  productLabel: string;
  reason: string;
  explanation: string;
  expectedAvailability: string | null;
}

/**
 * The life subgraph's seal over the life part of `contractsNotShown` it hands the non-life
 * subgraph through the gateway (`@requires`): an HMAC with a key derived from the subgraphs' shared secret over
 * the entries, the customer and the caller they were resolved for. The non-life subgraph takes
 * a life part only with its seal, so a caller writing an `_entities` representation straight to
 * it cannot make it tell of life contracts the life subgraph never listed.
 */
export function sealLifeNotShown(
  secret: Buffer,
  customerId: string,
  viewer: Viewer,
  entries: readonly NotShownEntry[],
): string {
  // Fields in a fixed order: the two subgraphs build their objects with keys in different orders.
  const content = JSON.stringify([
    'customer-graph:life-contracts-not-shown:v1',
    customerId,
    viewer.role,
    viewer.role === 'anonymous' ? null : viewer.subject,
    viewer.role === 'broker' ? viewer.brokerId : null,
    entries.map((entry) => [
      entry.contractNumber,
      entry.domain,
      entry.productLabel,
      entry.reason,
      entry.explanation,
      entry.expectedAvailability,
    ]),
  ]);
  return createHmac('sha256', serviceKey(secret, 'life-contracts-not-shown-seal')).update(content).digest('base64url');
}

/** Whether `seal` is the life subgraph's for exactly these entries, this customer and this caller. */
export function isLifeNotShownSeal(
  secret: Buffer,
  customerId: string,
  viewer: Viewer,
  entries: readonly NotShownEntry[],
  seal: unknown,
): boolean {
  if (typeof seal !== 'string') return false;
  const expected = Buffer.from(sealLifeNotShown(secret, customerId, viewer, entries));
  const presented = Buffer.from(seal);
  return presented.length === expected.length && timingSafeEqual(presented, expected);
}
