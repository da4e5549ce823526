import { creditError, type CreditError } from "../errors";
import { DEFAULT_SCORE_SCALE, type ScoreScaleInput } from "./types";

/**
 * Factor and offset of the linear map points = offset + factor · ln(odds).
 *
 * @example
 * const { factor, offset }: ScoreScaleParameters = { factor: 28.8539, offset: 487.123 };
 */
export interface ScoreScaleParameters {
  readonly factor: number;
  readonly offset: number;
}

/**
 * Factor = PDO / ln 2 and offset = base points − factor · ln(base odds) of a scale; parts of `scale` left out
 * come from {@link DEFAULT_SCORE_SCALE}.
 *
 * @example
 * // Siddiqi, Credit Risk Scorecards (Wiley, 2006), scaling example: 600 points at 50:1, PDO 20
 * scoreScaleParameters(); // { factor: 28.8539…, offset: 487.1229… }
 */
export function scoreScaleParameters(scale?: ScoreScaleInput): ScoreScaleParameters | CreditError {
  const basePoints = scale?.basePoints ?? DEFAULT_SCORE_SCALE.basePoints;
  const baseOdds = scale?.baseOdds ?? DEFAULT_SCORE_SCALE.baseOdds;
  const pdo = scale?.pdo ?? DEFAULT_SCORE_SCALE.pdo;
  if (!Number.isFinite(basePoints)) return creditError("#VALUE!", "numberNotFinite", { arg: "basePoints" });
  const problem = positive("baseOdds", baseOdds) ?? positive("pdo", pdo);
  if (problem) return problem;
  const factor = pdo / Math.LN2;
  const offset = basePoints - factor * Math.log(baseOdds);
  if (!Number.isFinite(factor) || !Number.isFinite(offset)) return creditError("#NUM!", "numberTooLarge");
  return { factor, offset };
}

function positive(arg: string, value: number): CreditError | undefined {
  if (!Number.isFinite(value)) return creditError("#VALUE!", "numberNotFinite", { arg });
  return value > 0 ? undefined : creditError("#VALUE!", "numberNotPositive", { arg });
}
