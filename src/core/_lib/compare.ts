/**
 * Threshold comparisons for credit rules.
 *
 * A weighted score of exactly 85 can arrive as 84.99999999999999 after floating-point arithmetic,
 * and a finance user expects it to grade A. Every rule that compares a computed value with a
 * policy threshold first rounds the value to {@link COMPARISON_DECIMALS} decimal places, which is
 * far finer than any business threshold and far coarser than binary noise.
 */

/** Decimal places kept before a value is compared with a threshold. */
export const COMPARISON_DECIMALS = 10;

const SCALE = 10 ** COMPARISON_DECIMALS;

/**
 * Rounds `value` to {@link COMPARISON_DECIMALS} places for a threshold comparison.
 *
 * @example
 * forComparison(0.1 + 0.2) === 0.3; // true
 */
export function forComparison(value: number): number {
  if (!Number.isFinite(value)) return value;
  // Values too large to scale keep their own precision: noise there is far below 1e-10 relative.
  if (Math.abs(value) >= 1e5) return value;
  return Math.round(value * SCALE) / SCALE;
}

/**
 * `value >= threshold`, after rounding away binary noise.
 *
 * @example
 * atLeast(84.99999999999999, 85); // true
 */
export function atLeast(value: number, threshold: number): boolean {
  return forComparison(value) >= forComparison(threshold);
}

/**
 * `value < threshold`, after rounding away binary noise.
 *
 * @example
 * below(4.99, 5); // true
 */
export function below(value: number, threshold: number): boolean {
  return !atLeast(value, threshold);
}
