import { type CreditError, isCreditError } from "../errors";
import type { RatingMatrix } from "./ratingMatrix";
import { quartileInc } from "./_lib/quartileInc";
import { sortedScores } from "./_lib/sortedScores";

/**
 * Spread of the expert scores: the interquartile range Q3 − Q1, quartiles as Excel's QUARTILE.INC
 * (linear interpolation at 0-based position (n − 1) · p). One expert has spread 0.
 *
 * @param matrix - Ratings, rows = experts, columns = criteria (see {@link RatingMatrix}).
 * @returns Q3 − Q1 on the 1–5 scale; errors as {@link expertScores}.
 *
 * @example
 * // scores 2, 3, 4, 5: Q1 at position 0.75 = 2.75, Q3 at position 2.25 = 4.25
 * expertSpread([[2], [3], [4], [5]]); // 1.5
 */
export function expertSpread(matrix: RatingMatrix): number | CreditError {
  const sorted = sortedScores(matrix);
  if (isCreditError(sorted)) return sorted;
  return quartileInc(sorted, 0.75) - quartileInc(sorted, 0.25);
}
