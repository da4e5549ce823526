import { type CreditError, isCreditError } from "../errors";
import { collectionGrade } from "./collectionGrade";
import { combineGrades } from "./combineGrades";
import { latenessGrade } from "./latenessGrade";
import { loyaltyGrade } from "./loyaltyGrade";
import type { LoyaltyThresholds } from "./loyaltyThresholds";
import type { RatingGrade } from "./ratingGrade";

/**
 * The three indicator grades of a customer and their combined grade.
 *
 * @example
 * const rating: ThreeIndicatorRating = { collection: "A", lateness: "B", loyalty: "A", combined: "A" };
 */
export interface ThreeIndicatorRating {
  readonly collection: RatingGrade;
  readonly lateness: RatingGrade;
  readonly loyalty: RatingGrade;
  readonly combined: RatingGrade;
}

/**
 * Rates a customer on net collection rate, days late and loyalty, combined with the one-vote veto.
 *
 * @param rate - Net collection rate as a fraction (see {@link netCollectionRate}).
 * @param daysLate - Days paid after the due date.
 * @param share - Our share of the customer's category business, 0..1.
 * @param thresholds - Optional loyalty bounds (see {@link loyaltyGrade}).
 * @returns The four grades, or the first indicator's error.
 *
 * @example
 * threeIndicatorRating(1.02, 3, 0.7);
 * // { collection: "A", lateness: "B", loyalty: "B", combined: "B" }
 * threeIndicatorRating(1, 0, 0.3);
 * // { collection: "A", lateness: "A", loyalty: "D", combined: "D" } (veto)
 */
export function threeIndicatorRating(
  rate: number,
  daysLate: number,
  share: number,
  thresholds?: LoyaltyThresholds,
): ThreeIndicatorRating | CreditError {
  const collection = collectionGrade(rate);
  if (isCreditError(collection)) return collection;
  const lateness = latenessGrade(daysLate);
  if (isCreditError(lateness)) return lateness;
  const loyalty = loyaltyGrade(share, thresholds);
  if (isCreditError(loyalty)) return loyalty;
  const combined = combineGrades([collection, lateness, loyalty]);
  if (isCreditError(combined)) return combined;
  return { collection, lateness, loyalty, combined };
}
