import { decimalDigits, roundedScaledDigits } from "./decimalDigits";
import { POWERS_OF_TEN } from "./decimals";

/**
 * Below 2^40 (11 billion at 2 decimals) `amount × 10^decimals` is within 2^-12 of the decimal the
 * user sees, so plain `Math.round` is right unless the value sits near a half: only those, and huge
 * amounts, take the slower decimal-string path. This keeps the hot loop free of allocation.
 */
const FAST_LIMIT = 2 ** 40;
const NEAR_HALF = 0.49;

/**
 * `amount` in whole minor units (half away from zero, decided on its decimal digits), or `null`
 * when the result is beyond `Number.MAX_SAFE_INTEGER`. `amount` must be finite and `decimals` valid.
 *
 * @example
 * scaleToMinor(123.45, 2); // 12345
 * scaleToMinor(1.005, 2); // 101 (1.005 × 100 is 100.49999999999999 in binary)
 */
export function scaleToMinor(amount: number, decimals: number): number | null {
  const scaled = amount * (POWERS_OF_TEN[decimals] ?? Number.NaN);
  const nearest = Math.round(scaled);
  if (Math.abs(scaled) < FAST_LIMIT && Math.abs(scaled - nearest) < NEAR_HALF) return nearest + 0;
  const parts = decimalDigits(amount);
  const digits = roundedScaledDigits(parts, decimals);
  if (digits.length > 16) return null;
  const magnitude = Number(digits);
  if (magnitude > Number.MAX_SAFE_INTEGER) return null;
  return parts.negative && magnitude !== 0 ? -magnitude : magnitude;
}
