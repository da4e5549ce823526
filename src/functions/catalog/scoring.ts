/** Scorecard, grade-scale and expert-panel functions (DESIGN §3.2–3.3) over Excel arguments. */
import { type CreditError, creditError, isCreditError } from "../../core/errors";
import { blendedScore, type ConsensusMethod, expertConsensus, expertSpread } from "../../core/expert";
import {
  bandPoints,
  gradeFromScore,
  type GradeScale,
  type GradeScaleName,
  type GradeScaleRow,
  type MissingScorePolicy,
  userGradeScale,
  weightedScore,
} from "../../core/scoring";
import {
  choiceArg,
  describeValue,
  isBlank,
  locatedNumbers,
  locatedPairs,
  locateError,
  numberMatrix,
  numbersKeepingBlanks,
  numbersSkippingBlanks,
  optionalNumber,
  readNumber,
  requiredNumber,
  unwrapSingle,
} from "../args";
import { type FunctionResult } from "../excel/values";

const MISSING_POLICIES: readonly MissingScorePolicy[] = ["reallocate", "zero", "error"];
const CONSENSUS_METHODS: readonly ConsensusMethod[] = ["median", "mean", "trimmed"];

/**
 * `CREDIT.SCORE(scores, weights, [max_points], [missing])`: weighted 0–100 score; blank scores are
 * missing factors, handled by `missing` ("reallocate" default, "zero", "error").
 *
 * @example
 * scoreFn([[5], [4], [3]], [[0.5], [0.3], [0.2]], null, null); // 86 = (2.5 + 1.2 + 0.6) / 5 × 100
 */
export function scoreFn(
  scores: unknown,
  weights: unknown,
  maxPoints: unknown,
  missing: unknown,
): FunctionResult {
  const s = numbersKeepingBlanks(scores, "scores");
  if (isCreditError(s)) return s;
  const w = numbersKeepingBlanks(weights, "weights");
  if (isCreditError(w)) return w;
  const blankWeight = w.indexOf(null);
  if (blankWeight >= 0)
    return creditError("#VALUE!", "weightBlank", { arg: "weights", index: blankWeight + 1 });
  const max = optionalNumber(maxPoints, "max_points", 5);
  if (isCreditError(max)) return max;
  const policy = choiceArg(missing, "missing", MISSING_POLICIES, "reallocate");
  if (isCreditError(policy)) return policy;
  return weightedScore(s, w as number[], max, policy);
}

/**
 * The grade scale of a `scale` argument: omitted → "ABCD", "ABCD" / "AAA", or a two-column range
 * of (lower bound, grade) rows in any order.
 *
 * @example
 * gradeScaleArg(null); // "ABCD"
 * gradeScaleArg([[90, "Gold"], [0, "Standard"]]); // a user GradeScale
 */
export function gradeScaleArg(value: unknown): GradeScaleName | GradeScale | CreditError {
  const single = unwrapSingle(value);
  if (isBlank(single)) return "ABCD";
  if (typeof single === "string") {
    const name = single.trim().toUpperCase();
    if (name === "ABCD" || name === "AAA") return name;
    if (name === "") return "ABCD";
    return creditError("#VALUE!", "gradeScaleUnknown", { arg: "scale", value: single });
  }
  if (!Array.isArray(single))
    return creditError("#VALUE!", "gradeScaleUnknown", { arg: "scale", value: describeValue(single) });
  const located = locatedPairs(single, "scale");
  if (isCreditError(located)) return located;
  const { pairs, rows: rowNumbers } = located;
  const rows: GradeScaleRow[] = [];
  for (let i = 0; i < pairs.length; i++) {
    const [bound, grade] = pairs[i] as [unknown, unknown];
    const b = readNumber(bound, "scale");
    if (isCreditError(b) || b === null) {
      return creditError("#VALUE!", "gradeScaleBound", {
        arg: "scale",
        row: rowNumbers[i] ?? i + 1,
        value: describeValue(bound ?? ""),
      });
    }
    rows.push([b, typeof grade === "string" ? grade.trim() : isBlank(grade) ? "" : describeValue(grade)]);
  }
  const scale = userGradeScale(rows);
  // The core counts rows of the scale it was given; the user counts rows of the range, blanks included.
  if (isCreditError(scale) && typeof scale.params.row === "number") {
    return creditError(scale.code, scale.id, {
      ...scale.params,
      row: rowNumbers[scale.params.row - 1] ?? scale.params.row,
    });
  }
  return scale;
}

/**
 * `CREDIT.GRADE(score, [scale])`.
 *
 * @example
 * gradeFn(72, null); // "B"
 * gradeFn(72, "AAA"); // "A"
 */
export function gradeFn(score: unknown, scale: unknown): FunctionResult {
  const s = requiredNumber(score, "score");
  if (isCreditError(s)) return s;
  if (scale === null || scale === undefined) return gradeFromScore(s, "ABCD");
  const sc = gradeScaleArg(scale);
  return isCreditError(sc) ? sc : gradeFromScore(s, sc);
}

/**
 * `CREDIT.POINTS(value, breakpoints, points)`: points of the lower-inclusive band `value` is in.
 *
 * @example
 * pointsFn(1.6, [[0, 1, 1.5, 2]], [[1, 3, 4, 5]]); // 4
 */
export function pointsFn(value: unknown, breakpoints: unknown, points: unknown): FunctionResult {
  const v = requiredNumber(value, "value");
  if (isCreditError(v)) return v;
  const b = locatedNumbers(breakpoints, "breakpoints");
  if (isCreditError(b)) return b;
  const p = numbersSkippingBlanks(points, "points");
  if (isCreditError(p)) return p;
  const result = bandPoints(v, b.values, p);
  return isCreditError(result) ? locateError(result, b.places, "breakpoints") : result;
}

/**
 * `CREDIT.EXPERTSCORE(ratings, [method])`: consensus of an experts × criteria grid of 1–5 ratings.
 *
 * @example
 * expertScoreFn([[4, 5], [3, 3], [5, 5]], null); // 4.5 — median of 4.5, 3, 5
 */
export function expertScoreFn(ratings: unknown, method: unknown): FunctionResult {
  const m = numberMatrix(ratings, "ratings");
  if (isCreditError(m)) return m;
  const how = choiceArg(method, "method", CONSENSUS_METHODS, "median");
  return isCreditError(how) ? how : expertConsensus(m, how);
}

/**
 * `CREDIT.EXPERTSPREAD(ratings)`: interquartile range of the experts' scores.
 *
 * @example
 * expertSpreadFn([[1], [2], [3], [4], [5]]); // 2
 */
export function expertSpreadFn(ratings: unknown): FunctionResult {
  const m = numberMatrix(ratings, "ratings");
  return isCreditError(m) ? m : expertSpread(m);
}

/**
 * `CREDIT.BLEND(model_score, expert_score, [model_weight])`.
 *
 * @example
 * blendFn(80, 70, null); // 77 = 0.7 × 80 + 0.3 × 70
 */
export function blendFn(modelScore: unknown, expertScore: unknown, modelWeight: unknown): FunctionResult {
  const m = requiredNumber(modelScore, "model_score");
  if (isCreditError(m)) return m;
  const e = requiredNumber(expertScore, "expert_score");
  if (isCreditError(e)) return e;
  const w = optionalNumber(modelWeight, "model_weight", 0.7);
  return isCreditError(w) ? w : blendedScore(m, e, w);
}
