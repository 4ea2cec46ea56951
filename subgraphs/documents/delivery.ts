import type { DeliveryBasis, DeliveryChannel } from './generated/resolvers';
import type { PaperDeliveryRequest } from './model';

export interface DocumentDelivery {
  channel: DeliveryChannel;
  basis: DeliveryBasis;
  digitalConsentAt: string | null;
  paperRequest: PaperDeliveryRequest | null;
}

/**
 * How documents reach the customer: an approved paper exception wins (docs/requirements.md §3.8); otherwise the
 * consent given at registration means digital (docs/requirements.md §3.4); without an account there is no consent,
 * so paper.
 */
export function documentDelivery(
  consentedAt: string | null,
  latestRequest: PaperDeliveryRequest | null,
): DocumentDelivery {
  const common = { digitalConsentAt: consentedAt, paperRequest: latestRequest };
  if (latestRequest?.status === 'APPROVED') return { channel: 'PAPER', basis: 'PAPER_EXCEPTION', ...common };
  if (consentedAt !== null) return { channel: 'DIGITAL', basis: 'DIGITAL_CONSENT', ...common };
  return { channel: 'PAPER', basis: 'NO_DIGITAL_CONSENT', ...common };
}
