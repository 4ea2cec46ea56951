import { formatStructuredCommunication, isValidIban, maskIban } from '../belgium';

/** How a premium is paid, as the schema's PaymentMethod. */
export type PaymentMethod = 'DIRECT_DEBIT' | 'TRANSFER';

/**
 * How a contract's premiums are paid, as the life and non-life subgraphs cache it: the account
 * already masked, so the full IBAN never leaves the mapper (not into the cache, a log or an answer).
 */
export interface PremiumPaymentRecord {
  method: PaymentMethod;
  /** "BE** **** **** 7034" for a direct debit, null for a transfer. */
  debitedAccount: string | null;
  /** "+++090/9337/55493+++" for a transfer, null for a direct debit. */
  structuredCommunication: string | null;
}

/**
 * A legacy system's payment fields, already decoded from its own codes, as the graph shows them.
 * Throws (the contract is then unreadable, like any record a mapper cannot map faithfully) on a
 * direct debit without a valid IBAN or a transfer without a valid structured communication: a
 * wrong reference on a transfer would leave the premium unmatched. The messages quote neither.
 */
export function premiumPaymentOf(
  method: PaymentMethod,
  iban: string | null,
  communication: string | null,
): PremiumPaymentRecord {
  if (method === 'DIRECT_DEBIT') {
    if (!iban || !isValidIban(iban)) throw new Error('a direct debit without a valid account');
    return { method, debitedAccount: maskIban(iban), structuredCommunication: null };
  }
  if (!communication) throw new Error('a transfer without a structured communication');
  let structuredCommunication: string;
  try {
    structuredCommunication = formatStructuredCommunication(communication);
  } catch {
    throw new Error('a transfer with an invalid structured communication');
  }
  return { method, debitedAccount: null, structuredCommunication };
}
