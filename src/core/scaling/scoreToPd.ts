import { creditError, isCreditError, type CreditError } from "../errors";
import { scoreScaleParameters } from "./scoreScaleParameters";
import type { ScoreScaleInput } from "./types";

/**
 * Probability of default at a number of scorecard points: 1 / (1 + odds), odds being good:bad.
 *
 * @example
 * scoreToPd(600); // 1 / 51 = 0.019608 (50:1)
 * scoreToPd(620); // 1 / 101 = 0.009901
 */
export function scoreToPd(points: number, scale?: ScoreScaleInput): number | CreditError {
  const parameters = scoreScaleParameters(scale);
  if (isCreditError(parameters)) return parameters;
  if (!Number.isFinite(points)) return creditError("#VALUE!", "numberNotFinite", { arg: "points" });
  const logOdds = (points - parameters.offset) / parameters.factor;
  // Written as a logistic in whichever form cannot overflow, so extreme scores give a PD near 0 or 1, not NaN.
  if (logOdds > 0) {
    const badPerGood = Math.exp(-logOdds);
    return badPerGood / (1 + badPerGood);
  }
  return 1 / (1 + Math.exp(logOdds));
}
