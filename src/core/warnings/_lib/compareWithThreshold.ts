import { forComparison } from "../../_lib/compare";

export { atLeast } from "../../_lib/compare";

/**
 * `value > threshold`, after rounding away binary noise as every credit rule does (core/_lib/compare), so a
 * share of exactly 30 % computed as 0.30000000000000004 is not "more than 30 %".
 *
 * @example
 * above(0.1 + 0.2, 0.3); // false
 * above(0.3001, 0.3); // true
 */
export function above(value: number, threshold: number): boolean {
  return forComparison(value) > forComparison(threshold);
}
