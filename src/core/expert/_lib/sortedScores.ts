import { type CreditError, isCreditError } from "../../errors";
import { expertScores } from "../expertScores";
import type { RatingMatrix } from "../ratingMatrix";

/** Expert scores in ascending order, for the order statistics (median, quartiles, trimming). */
export function sortedScores(matrix: RatingMatrix): number[] | CreditError {
  const scores = expertScores(matrix);
  return isCreditError(scores) ? scores : scores.sort((x, y) => x - y);
}
