import { structuredCommunication } from '../../../platform/belgium';
import { hash } from './random';
import type { PremiumPayment } from './records';

/**
 * How a contract's premiums are paid, the one place the rule is written:
 * - a single premium is paid once, by transfer: there is nothing to debit again;
 * - a monthly premium is always debited (SEPA direct debit): Belgian insurers take twelve
 *   payments a year only by direct debit, not twelve transfers the customer must remember;
 * - any other frequency is debited for three contracts in four, paid by transfer otherwise.
 * A debit is taken from the payer's account (the policyholder's; an IPT's is its company's); a
 * transfer carries the contract's structured communication, so the insurer can match the payment.
 * The draw depends on the contract number alone, not on the contract's other random draws.
 */
export function premiumPayment(
  seed: string,
  contractNumber: string,
  /** Telebib2 A325: 1 yearly, 2 half-yearly, 3 quarterly, 4 monthly, 5 single. */
  frequency: string,
  payerIban: string,
): PremiumPayment {
  const debit = frequency === '4' || (frequency !== '5' && hash(seed, 'payment', contractNumber) % 4 !== 0);
  return debit
    ? { method: 'debit', iban: payerIban, structuredCommunication: null }
    : { method: 'transfer', iban: null, structuredCommunication: contractCommunication(contractNumber) };
}

/**
 * The structured communication of a contract: 1 for life (L…) or 2 for non-life (V…), then the
 * contract number's 9 digits, then the check digits, e.g. L000000010 → +++100/0000/01044+++.
 */
export function contractCommunication(contractNumber: string): string {
  const match = /^([LV])(\d{9})$/.exec(contractNumber);
  if (!match) throw new Error('not a contract number');
  return structuredCommunication(`${match[1] === 'L' ? '1' : '2'}${match[2]}`);
}
