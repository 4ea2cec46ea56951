import { centsToDecimal } from '../../../platform/money';

/**
 * Exact decimal arithmetic for Life Connect's fund figures (units with six decimals, unit prices
 * in cents with four), on BigInt so no amount ever passes through a float.
 */

const DECIMAL = /^(\d+)(?:\.(\d+))?$/;

interface Scaled {
  /** The number's digits as an integer: 12.345 is 12345 at scale 3. */
  digits: bigint;
  scale: number;
}

function scaled(text: string): Scaled {
  const match = DECIMAL.exec(text);
  if (!match) throw new Error('not a non-negative decimal');
  const fraction = match[2] ?? '';
  return { digits: BigInt(`${match[1]}${fraction}`), scale: fraction.length };
}

function format({ digits, scale }: Scaled): string {
  const text = digits.toString().padStart(scale + 1, '0');
  return scale === 0 ? text : `${text.slice(0, -scale)}.${text.slice(-scale)}`;
}

/** Units × a unit price in cents, rounded half up to whole cents. */
export function unitsValueCents(units: string, unitPriceCents: string): bigint {
  const a = scaled(units);
  const b = scaled(unitPriceCents);
  const divisor = 10n ** BigInt(a.scale + b.scale);
  return (a.digits * b.digits + divisor / 2n) / divisor;
}

/** An amount in cents with decimals ("12345.6789") as euros with at least two decimals ("123.456789"). */
export function centsTextToEuros(cents: string): string {
  const { digits, scale } = scaled(cents);
  return format({ digits, scale: scale + 2 });
}

/** Hundredths of a percent (Life Connect's basis points: 225) as a percentage ("2.25"). */
export function percentFromBasisPoints(basisPoints: string | number | bigint): string {
  return centsToDecimal(basisPoints);
}

/**
 * Each value's share of their total as percentages with two decimals that add up to exactly
 * "100.00" (largest remainder), so a chart of the shares closes. All zero when the total is.
 */
export function sharesOfTotal(values: readonly bigint[]): string[] {
  const total = values.reduce((sum, value) => sum + value, 0n);
  if (total === 0n) return values.map(() => '0.00');
  const whole = 10_000n;
  const exact = values.map((value, index) => ({
    index,
    floor: (value * whole) / total,
    remainder: (value * whole) % total,
  }));
  let left = whole - exact.reduce((sum, share) => sum + share.floor, 0n);
  const byRemainder = [...exact].sort((a, b) =>
    a.remainder === b.remainder ? a.index - b.index : a.remainder > b.remainder ? -1 : 1,
  );
  const basisPoints = exact.map((share) => share.floor);
  for (const share of byRemainder) {
    if (left === 0n) break;
    basisPoints[share.index] = (basisPoints[share.index] as bigint) + 1n;
    left -= 1n;
  }
  return basisPoints.map((points) => centsToDecimal(points));
}
