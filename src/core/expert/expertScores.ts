import { type CreditError, creditError } from "../errors";
import type { RatingMatrix } from "./ratingMatrix";

/**
 * Each expert's score: the mean of their non-missing ratings, in row order; experts with no rating are left out.
 *
 * A 1×n matrix is read as n experts with one rating each (see {@link RatingMatrix}).
 *
 * @returns The scores; `#VALUE!` naming the 1-based row and column of a rating outside 1–5;
 *   `#N/A` when no expert has a rating.
 *
 * @example
 * expertScores([[4, 5, null], [null, null, null], [3, 4, 2]]); // [4.5, 3]
 * expertScores([[4, 3.5, 5]]); // [4, 3.5, 5] (one row = one rating per expert)
 */
export function expertScores(matrix: RatingMatrix): number[] | CreditError {
  const scores: number[] = [];
  const singleRow = matrix.length === 1;
  for (let r = 0; r < matrix.length; r++) {
    const row = matrix[r] as readonly (number | null)[];
    let sum = 0;
    let count = 0;
    for (let c = 0; c < row.length; c++) {
      const rating = row[c];
      if (rating === null || rating === undefined) continue;
      // Positive test so NaN is refused as well.
      if (!(rating >= 1 && rating <= 5)) {
        return creditError("#VALUE!", "ratingOutOfRange", { row: r + 1, column: c + 1, value: rating });
      }
      if (singleRow) {
        scores.push(rating);
      } else {
        sum += rating;
        count++;
      }
    }
    if (count > 0) scores.push(sum / count);
  }
  if (scores.length === 0) return creditError("#N/A", "noExpertScores");
  return scores;
}
