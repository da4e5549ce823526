import { below, forComparison } from "../_lib/compare";
import { type CreditError, creditError } from "../errors";
import type { RatingGrade } from "./ratingGrade";

/**
 * Grades payment timeliness by days late (paid date − agreed due date): A ≤ 0, B < 5, C < 10, D ≥ 10 (veto).
 *
 * Fractional days compare as numbers, so 4.99 days is still B and 5 days is C.
 *
 * @param daysLate - Days paid after the due date; 0 or negative means on time or early.
 *
 * @example
 * latenessGrade(-3); // "A" (early)
 * latenessGrade(4.99); // "B"
 * latenessGrade(5); // "C"
 * latenessGrade(10); // "D"
 */
export function latenessGrade(daysLate: number): RatingGrade | CreditError {
  if (!Number.isFinite(daysLate)) return creditError("#VALUE!", "notANumber", { arg: "daysLate" });
  if (forComparison(daysLate) <= 0) return "A";
  if (below(daysLate, 5)) return "B";
  if (below(daysLate, 10)) return "C";
  return "D";
}
