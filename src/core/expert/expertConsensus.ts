import { type CreditError, creditError, isCreditError } from "../errors";
import type { RatingMatrix } from "./ratingMatrix";
import { mean } from "./_lib/mean";
import { quartileInc } from "./_lib/quartileInc";
import { sortedScores } from "./_lib/sortedScores";

/**
 * How the panel's expert scores are combined: `median` (default), `mean`, or `trimmed` (mean without the
 * single lowest and single highest score).
 *
 * @example
 * const method: ConsensusMethod = "trimmed";
 */
export type ConsensusMethod = "median" | "mean" | "trimmed";

/**
 * Consensus score of an expert panel (Delphi) from the expert scores (see {@link expertScores}).
 *
 * `trimmed` drops the single lowest and single highest expert score only when there are at least 3 experts;
 * with 1 or 2 experts there is nothing left to trim, so it is the plain mean.
 *
 * @param matrix - Ratings, rows = experts, columns = criteria (see {@link RatingMatrix}).
 * @param method - `median` (default), `mean` or `trimmed`.
 * @returns The consensus on the 1–5 scale; errors as {@link expertScores}, `#VALUE!` for an unknown method.
 *
 * @example
 * expertConsensus([[4], [2], [5], [4]]); // median of 2, 4, 4, 5 = (4 + 4) / 2 = 4
 * expertConsensus([[4], [2], [5], [4]], "mean"); // 15 / 4 = 3.75
 * expertConsensus([[4], [2], [5], [4]], "trimmed"); // (4 + 4) / 2 = 4
 */
export function expertConsensus(
  matrix: RatingMatrix,
  method: ConsensusMethod = "median",
): number | CreditError {
  if (method !== "median" && method !== "mean" && method !== "trimmed") {
    return creditError("#VALUE!", "consensusMethodInvalid", { value: String(method) });
  }
  const sorted = sortedScores(matrix);
  if (isCreditError(sorted)) return sorted;
  if (method === "median") return quartileInc(sorted, 0.5);
  if (method === "trimmed" && sorted.length >= 3) return mean(sorted, 1, sorted.length - 1);
  return mean(sorted);
}
