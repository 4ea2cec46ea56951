import { createHash } from 'node:crypto';
import { LRUCache } from 'lru-cache';
import { z } from 'zod';
import { isValidBelgianMobile, isValidBelgianPostalCode, normaliseBelgianPhone } from '../../platform/belgium';
import type { Address } from '../shared/data/records';

/** The body of `PUT /parties/:id/contact`, in the customer master's field names. */
export const contactChangeSchema = z
  .object({
    EMAIL_ADDR: z
      .string()
      .trim()
      .max(254)
      .regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, 'must be an e-mail address')
      .optional(),
    GSM_NR: z.string().refine(isValidBelgianMobile, 'must be a Belgian mobile number').optional(),
    ADDR: z
      .object({
        STRAAT: z.string().trim().min(1).max(100),
        HUISNR: z.string().trim().min(1).max(10),
        BUS: z.string().trim().max(10).default(''),
        POSTCD: z.string().refine(isValidBelgianPostalCode, 'must be a Belgian postal code'),
        GEMEENTE: z.string().trim().min(1).max(100),
        LAND_CD: z.literal('BE').default('BE'),
      })
      .strict()
      .optional(),
  })
  .strict()
  .refine((body) => body.EMAIL_ADDR !== undefined || body.GSM_NR !== undefined || body.ADDR !== undefined, {
    message: 'nothing to change',
  });

export type ContactChangeBody = z.infer<typeof contactChangeSchema>;

/** What a change replaces in a person's record. */
export interface ContactChange {
  email?: string;
  mobile?: string;
  address?: Address;
}

export function toContactChange(body: ContactChangeBody): ContactChange {
  const change: ContactChange = {};
  if (body.EMAIL_ADDR !== undefined) change.email = body.EMAIL_ADDR;
  if (body.GSM_NR !== undefined) change.mobile = normaliseBelgianPhone(body.GSM_NR);
  if (body.ADDR) {
    const a = body.ADDR;
    change.address = {
      street: a.STRAAT,
      houseNumber: a.HUISNR,
      box: a.BUS || null,
      postalCode: a.POSTCD,
      municipality: a.GEMEENTE,
      country: a.LAND_CD,
    };
  }
  return change;
}

interface Applied {
  partyId: string;
  fingerprint: string;
  result: unknown;
}

export type IdempotentOutcome = { kind: 'apply' } | { kind: 'replay'; result: unknown } | { kind: 'conflict' };

/**
 * Remembers what each Idempotency-Key did, like the master's own request journal: the same key
 * with the same party and body answers the first result again without applying anything; the
 * same key with anything else is a conflict. Old keys are forgotten after `max` newer ones.
 */
export class IdempotencyJournal {
  private readonly applied: LRUCache<string, Applied>;

  constructor(max = 10_000) {
    this.applied = new LRUCache({ max });
  }

  static fingerprint(body: ContactChangeBody): string {
    return createHash('sha256').update(JSON.stringify(body)).digest('hex');
  }

  check(key: string, partyId: string, fingerprint: string): IdempotentOutcome {
    const previous = this.applied.get(key);
    if (!previous) return { kind: 'apply' };
    return previous.partyId === partyId && previous.fingerprint === fingerprint
      ? { kind: 'replay', result: previous.result }
      : { kind: 'conflict' };
  }

  record(key: string, partyId: string, fingerprint: string, result: unknown): void {
    this.applied.set(key, { partyId, fingerprint, result });
  }
}
