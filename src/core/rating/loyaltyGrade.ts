import { atLeast, forComparison } from "../_lib/compare";
import { type CreditError, creditError } from "../errors";
import { DEFAULT_LOYALTY_THRESHOLDS, type LoyaltyThresholds } from "./loyaltyThresholds";
import type { RatingGrade } from "./ratingGrade";
import { loyaltyThresholdsError } from "./_lib/loyaltyThresholdsError";

/**
 * Grades loyalty, the share of the customer's business in the category that is ours:
 * A ≥ 100 %, B ≥ 60 %, C ≥ 40 %, D below 40 % (bounds overridable).
 *
 * @param share - Our share as a fraction in 0..1 (0.6 = 60 %).
 * @param thresholds - Lower bounds `{ a, b, c }`, strictly descending and each in (0, 1].
 * @returns The grade, or `#VALUE!` when the share is outside 0..1 or the thresholds are invalid.
 *
 * @example
 * loyaltyGrade(1); // "A"
 * loyaltyGrade(0.6); // "B"
 * loyaltyGrade(0.45); // "C"
 * loyaltyGrade(0.45, { a: 0.9, b: 0.7, c: 0.5 }); // "D"
 */
export function loyaltyGrade(
  share: number,
  thresholds: LoyaltyThresholds = DEFAULT_LOYALTY_THRESHOLDS,
): RatingGrade | CreditError {
  const invalid = loyaltyThresholdsError(thresholds);
  if (invalid !== null) return invalid;
  if (!Number.isFinite(share)) return creditError("#VALUE!", "notANumber", { arg: "share" });
  // A share computed as 1.0000000000000002 is 100 %, not an out-of-range input.
  const rounded = forComparison(share);
  if (rounded < 0 || rounded > 1) {
    return creditError("#VALUE!", "outOfRange", { arg: "share", value: share, min: 0, max: 1 });
  }
  if (atLeast(share, thresholds.a)) return "A";
  if (atLeast(share, thresholds.b)) return "B";
  if (atLeast(share, thresholds.c)) return "C";
  return "D";
}
