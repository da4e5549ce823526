import { creditError, type CreditError } from "../../errors";

/** Thresholds are read to 9 decimal places and compared as billionths, exactly. */
const BILLION = 1_000_000_000n;

/**
 * A share threshold in (0, 1] as a whole number of billionths, so 0.7 is exactly 700,000,000 and not the
 * binary 0.6999999999999999556.
 *
 * @example
 * shareThreshold("threshold", 0.7); // 700000000n
 */
export function shareThreshold(arg: string, value: number): bigint | CreditError {
  const billionths = Math.round(value * 1e9);
  // A positive threshold below half a billionth would round to 0 and make nobody core.
  if (!(billionths >= 1 && value <= 1)) return creditError("#VALUE!", "shareThresholdOutOfRange", { arg });
  return BigInt(billionths);
}

/**
 * True when `before / total < billionths / 10^9`, decided on integers.
 *
 * @example
 * beforeThreshold(6999n, 10000n, 700000000n); // true
 * beforeThreshold(7000n, 10000n, 700000000n); // false
 */
export function beforeThreshold(before: bigint, total: bigint, billionths: bigint): boolean {
  return before * BILLION < billionths * total;
}
