import { atLeast } from "../_lib/compare";
import { type CreditError, creditError } from "../errors";
import type { RatingGrade } from "./ratingGrade";

/**
 * Grades a net collection rate: A ≥ 100 %, B ≥ 95 %, C ≥ 90 %, D below 90 % (veto).
 *
 * @param rate - Net collection rate as a fraction (0.95 = 95 %), e.g. from {@link netCollectionRate}.
 *
 * @example
 * collectionGrade(1); // "A"
 * collectionGrade(0.95); // "B"
 * collectionGrade(0.9499); // "C"
 * collectionGrade(0.8); // "D"
 */
export function collectionGrade(rate: number): RatingGrade | CreditError {
  if (!Number.isFinite(rate)) return creditError("#VALUE!", "notANumber", { arg: "rate" });
  if (atLeast(rate, 1)) return "A";
  if (atLeast(rate, 0.95)) return "B";
  if (atLeast(rate, 0.9)) return "C";
  return "D";
}
