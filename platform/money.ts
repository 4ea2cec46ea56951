/** Money as the graph sends it: a decimal string (never a float) and an ISO 4217 currency. */
export interface Money {
  amount: string;
  currency: string;
}

/** Whole cents (a legacy integer or digit string) to a decimal string with two decimals. */
export function centsToDecimal(cents: number | bigint | string): string {
  const value = BigInt(typeof cents === 'string' ? cents.trim() : cents);
  const negative = value < 0n;
  const abs = negative ? -value : value;
  const whole = abs / 100n;
  const fraction = (abs % 100n).toString().padStart(2, '0');
  return `${negative ? '-' : ''}${whole}.${fraction}`;
}

export function euros(cents: number | bigint | string): Money {
  return { amount: centsToDecimal(cents), currency: 'EUR' };
}
