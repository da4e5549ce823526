import { creditError, isCreditError, type CreditError } from "../errors";
import { scoreScaleParameters } from "./scoreScaleParameters";
import type { ScoreScaleInput } from "./types";

/**
 * Scorecard points for good:bad odds: offset + factor · ln(odds).
 *
 * @example
 * oddsToScore(50); // 600
 * oddsToScore(25); // 580  (half the odds, one PDO fewer)
 * oddsToScore(100); // 620
 */
export function oddsToScore(odds: number, scale?: ScoreScaleInput): number | CreditError {
  const parameters = scoreScaleParameters(scale);
  if (isCreditError(parameters)) return parameters;
  if (!Number.isFinite(odds)) return creditError("#VALUE!", "numberNotFinite", { arg: "odds" });
  if (odds <= 0) return creditError("#VALUE!", "numberNotPositive", { arg: "odds" });
  return parameters.offset + parameters.factor * Math.log(odds);
}
