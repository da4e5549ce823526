/** Three-indicator rating functions (DESIGN §3.1) over Excel arguments. */
import { creditError, isCreditError } from "../../core/errors";
import {
  collectionGrade,
  combineGrades,
  DEFAULT_LOYALTY_THRESHOLDS,
  latenessGrade,
  loyaltyGrade,
  netCollectionRate,
  threeIndicatorRating,
  type LoyaltyThresholds,
} from "../../core/rating";
import { locatedTexts, locateError, numbersSkippingBlanks, optionalNumber, requiredNumber } from "../args";
import { type FunctionResult } from "../excel/values";

/**
 * `CREDIT.COLLECTIONRATE(collected, due, [claims])`.
 *
 * @example
 * collectionRateFn(95000, 100000, null); // 0.95
 */
export function collectionRateFn(collected: unknown, due: unknown, claims: unknown): FunctionResult {
  const c = requiredNumber(collected, "collected");
  if (isCreditError(c)) return c;
  const d = requiredNumber(due, "due");
  if (isCreditError(d)) return d;
  const k = optionalNumber(claims, "claims", 0);
  if (isCreditError(k)) return k;
  return netCollectionRate(c, d, k);
}

/**
 * `CREDIT.COLLECTIONGRADE(rate)`.
 *
 * @example
 * collectionGradeFn(0.95); // "B"
 */
export function collectionGradeFn(rate: unknown): FunctionResult {
  const r = requiredNumber(rate, "rate");
  return isCreditError(r) ? r : collectionGrade(r);
}

/**
 * `CREDIT.LATENESSGRADE(days_late)`.
 *
 * @example
 * latenessGradeFn(4.99); // "B"
 */
export function latenessGradeFn(daysLate: unknown): FunctionResult {
  const d = requiredNumber(daysLate, "days_late");
  return isCreditError(d) ? d : latenessGrade(d);
}

function loyaltyThresholdsArg(value: unknown): LoyaltyThresholds | ReturnType<typeof creditError> {
  const list = numbersSkippingBlanks(value, "thresholds");
  if (isCreditError(list)) return list;
  if (list.length === 0) return DEFAULT_LOYALTY_THRESHOLDS;
  const [a, b, c] = list;
  if (list.length !== 3 || a === undefined || b === undefined || c === undefined) {
    return creditError("#VALUE!", "loyaltyThresholdsShape", { arg: "thresholds", count: list.length });
  }
  return { a, b, c };
}

/**
 * `CREDIT.LOYALTYGRADE(our_share, [thresholds])`; thresholds are the lower bounds of A, B and C.
 *
 * @example
 * loyaltyGradeFn(0.6, null); // "B"
 */
export function loyaltyGradeFn(ourShare: unknown, thresholds: unknown): FunctionResult {
  const s = requiredNumber(ourShare, "our_share");
  if (isCreditError(s)) return s;
  const t = loyaltyThresholdsArg(thresholds);
  return isCreditError(t) ? t : loyaltyGrade(s, t);
}

/**
 * `CREDIT.COMBINEGRADES(grades…)`: any number of cells or ranges of A–D grades.
 *
 * @example
 * combineGradesFn([[["A", "A", "B"]]]); // "A"
 */
export function combineGradesFn(grades: readonly unknown[]): FunctionResult {
  const list = locatedTexts(grades, "grades");
  if (isCreditError(list)) return list;
  const combined = combineGrades(list.values);
  return isCreditError(combined) ? locateError(combined, list.places) : combined;
}

/**
 * `CREDIT.RATING(collection_rate, days_late, our_share)`: the combined three-indicator rating.
 *
 * @example
 * ratingFn(1.0, 3, 0.7); // "B" — A, B, B
 */
export function ratingFn(collectionRate: unknown, daysLate: unknown, ourShare: unknown): FunctionResult {
  const r = requiredNumber(collectionRate, "collection_rate");
  if (isCreditError(r)) return r;
  const d = requiredNumber(daysLate, "days_late");
  if (isCreditError(d)) return d;
  const s = requiredNumber(ourShare, "our_share");
  if (isCreditError(s)) return s;
  const rating = threeIndicatorRating(r, d, s);
  return isCreditError(rating) ? rating : rating.combined;
}
