import { type CreditError, creditError } from "../errors";

/**
 * Blended assessment: w · model score + (1 − w) · expert score.
 *
 * Both scores must already be on the same scale (e.g. both 0–100, or both 1–5): the function does not
 * convert, because only the user knows how their model and panel scales correspond.
 *
 * @param modelScore - The scorecard (model) score.
 * @param expertScore - The expert panel's consensus score.
 * @param modelWeight - Weight w of the model score, in [0, 1] (default 0.7).
 * @returns The blend, or `#VALUE!` when w is outside [0, 1] or a score is not a number.
 *
 * @example
 * blendedScore(80, 70); // 0.7 · 80 + 0.3 · 70 = 77
 * blendedScore(80, 70, 0.5); // 75
 */
export function blendedScore(
  modelScore: number,
  expertScore: number,
  modelWeight = 0.7,
): number | CreditError {
  if (!Number.isFinite(modelScore)) return creditError("#VALUE!", "notANumber", { arg: "modelScore" });
  if (!Number.isFinite(expertScore)) return creditError("#VALUE!", "notANumber", { arg: "expertScore" });
  if (!(modelWeight >= 0 && modelWeight <= 1)) {
    return creditError("#VALUE!", "outOfRange", { arg: "modelWeight", value: modelWeight, min: 0, max: 1 });
  }
  const blend = modelWeight * modelScore + (1 - modelWeight) * expertScore;
  if (!Number.isFinite(blend)) return creditError("#NUM!", "numberTooLarge");
  return blend;
}
