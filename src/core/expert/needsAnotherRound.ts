import { below } from "../_lib/compare";
import { type CreditError, creditError } from "../errors";

/**
 * True when the panel has not reached consensus: the spread is above the limit (default 1 point on the
 * 5-point scale), so the experts should see the results and score again.
 *
 * A spread equal to the limit is consensus; the comparison ignores binary noise.
 *
 * @param spread - The interquartile range from {@link expertSpread}.
 * @param limit - Largest acceptable spread (default 1).
 * @returns `spread > limit`, or `#VALUE!` when either is negative or not a number.
 *
 * @example
 * needsAnotherRound(1.5); // true
 * needsAnotherRound(1); // false
 * needsAnotherRound(0.6, 0.5); // true
 */
export function needsAnotherRound(spread: number, limit = 1): boolean | CreditError {
  if (!Number.isFinite(spread)) return creditError("#VALUE!", "notANumber", { arg: "spread" });
  if (!Number.isFinite(limit)) return creditError("#VALUE!", "notANumber", { arg: "limit" });
  if (spread < 0) return creditError("#VALUE!", "negativeValue", { arg: "spread", value: spread });
  if (limit < 0) return creditError("#VALUE!", "negativeValue", { arg: "limit", value: limit });
  return below(limit, spread);
}
