import { creditError, isCreditError, type CreditError } from "../errors";
import { scoreScaleParameters } from "./scoreScaleParameters";
import type { ScoreScaleInput } from "./types";

/**
 * Good:bad odds at a number of scorecard points: exp((points − offset) / factor). Points so far from the base
 * that the odds overflow or underflow a double are refused with `#NUM!`.
 *
 * @example
 * scoreToOdds(600); // 50
 * scoreToOdds(620); // 100
 */
export function scoreToOdds(points: number, scale?: ScoreScaleInput): number | CreditError {
  const parameters = scoreScaleParameters(scale);
  if (isCreditError(parameters)) return parameters;
  if (!Number.isFinite(points)) return creditError("#VALUE!", "numberNotFinite", { arg: "points" });
  const odds = Math.exp((points - parameters.offset) / parameters.factor);
  // 0 would be odds nobody can turn back into points; Infinity is no number at all.
  if (odds === 0 || !Number.isFinite(odds)) return creditError("#NUM!", "pointsOutOfRange", { points });
  return odds;
}
