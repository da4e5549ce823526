import { forComparison } from "../_lib/compare";
import { type CreditError, creditError } from "../errors";

/**
 * What to do with a factor whose score is missing (`null`):
 * `reallocate` drops it and renormalises the remaining weights, `zero` counts it as 0 (its weight stays
 * in the denominator), `error` refuses with `#N/A`.
 *
 * @example
 * const policy: MissingScorePolicy = "reallocate";
 */
export type MissingScorePolicy = "reallocate" | "zero" | "error";

/**
 * Weighted risk-factor score on 0–100: Σ score·weight / (maxPoints · Σ weight) × 100.
 *
 * A factor with weight 0 never matters, so its score may be missing under every policy. When several inputs
 * are wrong, an invalid value (`#VALUE!`) is reported before a missing one (`#N/A`), because fixing the
 * sheet comes before filling gaps.
 *
 * The score is rounded to 10 decimal places (see `forComparison`) so binary noise never shows in a cell.
 * Hot path (scorecards over whole customer lists): one pass, no allocation unless an error is returned.
 *
 * @param scores - Factor scores in [0, maxPoints]; `null` = not scored.
 * @param weights - Factor weights, each ≥ 0, sum > 0; any unit (percent, fractions, points).
 * @param maxPoints - Top of the scoring scale (default 5).
 * @param missing - Policy for missing scores (default `reallocate`).
 *
 * @example
 * weightedScore([4, 3, 5], [50, 30, 20]); // (4·50 + 3·30 + 5·20) / (5 · 100) × 100 = 78
 * weightedScore([4, null, 5], [50, 30, 20]); // (200 + 100) / (5 · 70) × 100 = 85.714…
 * weightedScore([4, null, 5], [50, 30, 20], 5, "zero"); // 300 / 500 × 100 = 60
 * weightedScore([4, null, 5], [50, 30, 20], 5, "error"); // CreditError #N/A scoreMissing { index: 2 }
 */
export function weightedScore(
  scores: readonly (number | null)[],
  weights: readonly number[],
  maxPoints = 5,
  missing: MissingScorePolicy = "reallocate",
): number | CreditError {
  if (!(maxPoints > 0 && maxPoints < Infinity)) {
    return creditError("#VALUE!", "notPositive", { arg: "maxPoints", value: maxPoints });
  }
  if (missing !== "reallocate" && missing !== "zero" && missing !== "error") {
    return creditError("#VALUE!", "missingPolicyInvalid", { value: String(missing) });
  }
  const n = scores.length;
  if (weights.length !== n) {
    return creditError("#VALUE!", "lengthMismatch", {
      first: "scores",
      firstLength: n,
      second: "weights",
      secondLength: weights.length,
    });
  }
  const reallocate = missing === "reallocate";
  let weighted = 0;
  let totalWeight = 0;
  let scoredWeight = 0;
  let firstMissing = 0;
  for (let i = 0; i < n; i++) {
    const weight = weights[i] as number;
    // Positive tests so NaN is refused as well.
    if (!(weight >= 0 && weight < Infinity)) {
      return creditError("#VALUE!", "weightInvalid", { index: i + 1, value: weight });
    }
    totalWeight += weight;
    const score = scores[i];
    if (score === null || score === undefined) {
      if (firstMissing === 0 && weight > 0) firstMissing = i + 1;
      continue;
    }
    if (!(score >= 0 && score <= maxPoints)) {
      return creditError("#VALUE!", "scoreOutOfRange", { index: i + 1, value: score, max: maxPoints });
    }
    weighted += score * weight;
    scoredWeight += weight;
  }
  if (!(totalWeight > 0)) return creditError("#VALUE!", "weightsSumZero");
  if (firstMissing > 0 && missing === "error") {
    return creditError("#N/A", "scoreMissing", { index: firstMissing });
  }
  const denominator = reallocate ? scoredWeight : totalWeight;
  if (!(denominator > 0)) return creditError("#N/A", "allScoresMissing");
  const score = (weighted / (maxPoints * denominator)) * 100;
  if (!Number.isFinite(score)) return creditError("#NUM!", "numberTooLarge");
  // Σ max·w and max·Σw can differ in the last bit: a perfect scorecard must read 100, not 99.99999999999999,
  // and one that is 85 on paper must read 85 in the cell as well as grade like 85.
  const rounded = forComparison(score);
  return rounded > 100 ? 100 : rounded;
}
