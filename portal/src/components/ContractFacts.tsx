import type { ReactNode } from 'react';
import { contracts, type ContractText } from '../i18n/messages/contracts';
import type { useT } from '../i18n/i18n';

export type ContractT = ReturnType<typeof useT<ContractText>>;

/** An enum value from the graph in the page's language (`status_RUNNING`…); never shown raw unless unknown. */
export function enumText(t: ContractT, prefix: string, value: string | null | undefined): string {
  if (!value) return '–';
  const key = `${prefix}_${value}`;
  return key in contracts.en ? t(key as ContractText) : value;
}

/** A definition list of facts, leaving out those the contract does not have. */
export function Facts({ rows }: { rows: [string, ReactNode | null | undefined][] }) {
  const shown = rows.filter(([, value]) => value !== null && value !== undefined && value !== '');
  return (
    <dl className="facts">
      {shown.map(([label, value]) => (
        <div key={label} className="fact">
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/**
 * How a premium is paid, as the customer needs it: the account debited (only its last four
 * digits, as the graph sends it) or the structured communication to put on their transfer.
 */
export function paymentText(
  t: ContractT,
  payment: { method: string; debitedAccount?: string | null; structuredCommunication?: string | null },
): string {
  if (payment.method === 'DIRECT_DEBIT' && payment.debitedAccount)
    return t('paymentDirectDebit', { account: payment.debitedAccount });
  if (payment.method === 'TRANSFER' && payment.structuredCommunication)
    return t('paymentTransfer', { communication: payment.structuredCommunication });
  return enumText(t, 'paymentMethod', payment.method);
}
