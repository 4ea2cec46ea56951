import { z } from 'zod';
import { badUserInput } from '../../platform/graphql/errors';
import type { DeliveryBasis, DeliveryChannel } from './generated/resolvers';
import type { PaperDeliveryRequest } from './model';

const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/;

/**
 * The consent to digital documents as the gateway hands it over from the identity subgraph
 * (`@requires`): a date-time, or null when the customer has no account. A caller sending
 * `_entities` straight to this subgraph writes the representation themselves; it is checked like
 * any input, and can only change what that caller is told about a customer they may see.
 */
const consentSchema = z
  .string()
  .regex(ISO_DATE_TIME)
  .refine((value) => !Number.isNaN(Date.parse(value)))
  .nullable();

export function consentFrom(value: unknown): string | null {
  const parsed = consentSchema.safeParse(value);
  if (!parsed.success)
    throw badUserInput(
      'The Customer representation must carry digitalDocumentsConsentedAt: a date-time or null.',
      'digitalDocumentsConsentedAt',
    );
  return parsed.data;
}

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
